/// Who asked for a review: anyone involved may, on a change of circumstances (s27).
public enum ReviewRequester: String, PayloadEnum {
    case customer
    case carer
    case representative
    case provider
    case allocatedWorker
    case otherProfessional
    case scheduled
}
