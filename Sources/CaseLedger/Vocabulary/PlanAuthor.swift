/// Who wrote the support plan (Wiltshire, Support planning).
public enum PlanAuthor: String, PayloadEnum {
    case customer
    case chosenPerson
    case planningProvider
    case allocatedWorker
}
