import CaseLedger

/// Plain words for vocabulary shown to people in text output.
public enum DisplayWords {
    /// "supportPlanning" → "support planning": a lower camel case word split into lower case
    /// words. The one definition: the audit's phrasing (`Words.uncamel`) uses it too.
    public static func spaced(_ word: String) -> String {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return spacedCharacters(word) }
        var out: [UInt8] = []
        out.reserveCapacity(word.utf8.count + 8)
        for byte in word.utf8 {
            if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) {
                out.append(UInt8(ascii: " "))
                out.append(byte + 0x20)  // the lower-case letter
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `spaced` for a word that is not ASCII, character by character.
    private static func spacedCharacters(_ word: String) -> String {
        var out = ""
        for ch in word {
            if ch.isUppercase {
                out.append(" ")
                out.append(contentsOf: ch.lowercased())
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// The stage in words.
    static func stage(_ stage: Stage) -> String { spaced(stage.rawValue) }

    /// Why a review is due, in words.
    static func reviewReason(_ reason: ReviewDue.Reason) -> String {
        switch reason {
        case .newOrChangedPlan: "first review of a new or changed plan"
        case .newDirectPayment: "first review of a new direct payment"
        case .routine: "yearly review of the plan"
        case .contribution: "yearly review of the contribution"
        }
    }

    /// A delivery mechanism in the domain's words.
    static func mechanism(_ m: DeliveryMechanism) -> String {
        switch m {
        case .directPayment: "direct payment"
        case .managedAccount: "council-managed budget"
        case .individualServiceFund: "individual service fund"
        case .thirdPartyOrTrust: "third party or trust"
        case .broker: "broker"
        }
    }
}
