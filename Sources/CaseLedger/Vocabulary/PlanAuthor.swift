/// Who wrote the support plan (Wiltshire, Support planning).
public enum PlanAuthor: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<PlanAuthor>()

    /// The customer.
    case customer
    /// Someone the customer chose (family, a nominated carer).
    case chosenPerson
    /// An independent support planning provider.
    case planningProvider
    /// The allocated worker.
    case allocatedWorker
}
