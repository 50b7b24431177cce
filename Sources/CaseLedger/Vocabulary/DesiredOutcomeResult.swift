/// Whether an outcome the person wanted from a safeguarding enquiry was met (Making Safeguarding
/// Personal; Care and Support statutory guidance para 14.15).
public enum DesiredOutcomeResult: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<DesiredOutcomeResult>()

    /// Fully met.
    case met
    /// Partly met.
    case partlyMet
    /// Not met.
    case notMet
}
