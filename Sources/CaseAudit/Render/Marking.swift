/// The one home of the marks a copy puts on third-party information: the staff copy (and every
/// staff document) prefixes a restricted item with `[restricted]`; the customer's copy shows
/// `[withheld: third-party information]` where an item was left out. Every format writes these
/// words; HTML finds them and draws the same labelled box around the item that holds them.
public enum Marking {
    /// The word before a restricted item.
    public static let restricted = "[restricted]"
    /// What the customer's copy shows in place of a withheld item.
    public static let withheld = WithheldItem.placeholder

    /// `text` marked as restricted.
    public static func restricted(_ text: String) -> String { restricted + " " + text }
}
