/// Why a review happened: the Client Level Data `Review_Reason` list.
public enum ReviewReason: String, PayloadEnum {
    case planned
    case unplannedHospital
    case unplannedCarerRelated
    case unplannedSafeguarding
    case unplannedProviderFailure
    case unplannedChangeInCommissioning
    case unplannedOther
}
