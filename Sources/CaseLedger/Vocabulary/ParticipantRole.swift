/// The part a person played in an assessment, review or best-interests decision.
public enum ParticipantRole: String, PayloadEnum {
    case customer
    case carer
    case family
    case friend
    case advocate
    case representative
    case professional
    case provider
}
