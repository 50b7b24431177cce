/// The four grounds on which a person is "unable to achieve" an outcome (Eligibility
/// Regulations 2015, reg 2(3)).
public enum InabilityGround: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<InabilityGround>()

    /// (a) unable to achieve it without assistance.
    case cannotWithoutAssistance
    /// (b) able, but doing so causes significant pain, distress or anxiety.
    case significantPainDistressOrAnxiety
    /// (c) able, but doing so endangers or is likely to endanger the health or safety of the
    /// adult or others.
    case endangersHealthOrSafety
    /// (d) able, but takes significantly longer than would normally be expected.
    case takesSignificantlyLonger

    /// The ground in the regulation's words.
    public var words: String {
        switch self {
        case .cannotWithoutAssistance: "unable to achieve it without assistance"
        case .significantPainDistressOrAnxiety: "able to, but with significant pain, distress or anxiety"
        case .endangersHealthOrSafety: "able to, but it endangers the health or safety of the person or others"
        case .takesSignificantlyLonger: "able to, but it takes significantly longer than would normally be expected"
        }
    }
}
