/// Whose case it is: an adult with needs for care and support, or a carer (Care Act s9, s10).
/// Decides which eligibility test applies and whether carers' services are free.
public enum CaseKind: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<CaseKind>()

    /// An adult with needs for care and support (s9; eligibility reg 2).
    case adult
    /// A carer (s10; eligibility reg 3).
    case carer
}
