/// The five stages of the personalisation process (Cheshire East, Wiltshire), and closed.
public enum Stage: String, PayloadEnum {
    case contact
    case assessment
    case supportPlanning
    case delivery
    case review
    case closed
}
