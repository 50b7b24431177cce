// issue 14: corrections
/// Whose money authority a correction of a money decision (a sign-off, a personal budget above
/// the indicative budget) needs, as the council's scheme of delegation says. Configured as
/// `correctionAuthority`; absent means `coversAmount`, what every correction needed before the
/// member existed.
public enum CorrectionAuthority: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<CorrectionAuthority>()

    /// The authority the decision itself needed: the corrector's sign-off limit on the day covers
    /// the corrected weekly amount.
    case coversAmount
    /// One above it: the corrector's limit also covers the amount and is higher than the limit
    /// the original decision's maker held on the corrected effective date (someone above them in
    /// the scheme of delegation; never the maker themselves).
    case aboveDecisionMaker
}
