/// Who asked for a review: anyone involved may, on a change of circumstances (s27).
public enum ReviewRequester: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ReviewRequester>()

    /// The customer.
    case customer
    /// A carer.
    case carer
    /// The customer's representative.
    case representative
    /// A provider.
    case provider
    /// The allocated worker.
    case allocatedWorker
    /// Another professional.
    case otherProfessional
    /// Nobody: the review was scheduled.
    case scheduled
}
