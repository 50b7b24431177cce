/// How a period of reablement ended.
public enum ReablementOutcome: String, PayloadEnum {
    /// No ongoing support needed.
    case independent
    /// Ongoing needs remain; assessment continues.
    case ongoingNeeds
    /// The person was admitted to hospital.
    case admittedToHospital
    /// The person declined further reablement.
    case declinedFurtherReablement
}
