/// How often an arrangement pays out.
public enum PaymentFrequency: String, PayloadEnum {
    case weekly
    case fourWeekly
    case monthly
    case oneOff
}
