/// How often an arrangement pays out.
public enum PaymentFrequency: String, PayloadEnum {
    /// Every week.
    case weekly
    /// Every four weeks.
    case fourWeekly
    /// Every calendar month.
    case monthly
    /// Once.
    case oneOff
}
