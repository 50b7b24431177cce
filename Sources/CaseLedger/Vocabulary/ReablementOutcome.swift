/// How a period of reablement ended.
public enum ReablementOutcome: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ReablementOutcome>()

    /// No ongoing support needed.
    case independent
    /// Ongoing needs remain; assessment continues.
    case ongoingNeeds
    /// The person was admitted to hospital.
    case admittedToHospital
    /// The person declined further reablement.
    case declinedFurtherReablement
}
