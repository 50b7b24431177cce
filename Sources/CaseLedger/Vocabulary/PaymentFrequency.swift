/// How often an arrangement pays out.
public enum PaymentFrequency: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<PaymentFrequency>()

    /// Every week.
    case weekly
    /// Every four weeks.
    case fourWeekly
    /// Every calendar month.
    case monthly
    /// Once.
    case oneOff
}
