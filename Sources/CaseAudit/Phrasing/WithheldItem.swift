import CaseLedger

/// Something the customer's copy leaves out because it was marked restricted when recorded
/// (third-party information), with where it was and why it is withheld.
public struct WithheldItem: Hashable, Sendable {
    /// What kind of item: a field of the decision, or a note.
    public var what: String
    /// Why it is withheld.
    public var reason: String

    /// An item.
    public init(what: String, reason: String = WithheldItem.thirdPartyReason) {
        self.what = what
        self.reason = reason
    }

    /// The reason given for third-party information.
    public static let thirdPartyReason = CustomerCopyRules.Reason.thirdParty.text

    /// What the customer's copy shows in place of a withheld item.
    public static let placeholder = "[withheld: third-party information]"
}
