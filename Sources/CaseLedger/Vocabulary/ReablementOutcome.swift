/// How a period of reablement ended.
public enum ReablementOutcome: String, PayloadEnum {
    case independent
    case ongoingNeeds
    case admittedToHospital
    case declinedFurtherReablement
}
