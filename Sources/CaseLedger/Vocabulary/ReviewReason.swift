/// Why a review happened: the Client Level Data `Review_Reason` list.
public enum ReviewReason: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ReviewReason>()

    /// A planned (scheduled) review.
    case planned
    /// Unplanned: hospital.
    case unplannedHospital
    /// Unplanned: carer related.
    case unplannedCarerRelated
    /// Unplanned: safeguarding.
    case unplannedSafeguarding
    /// Unplanned: provider failure.
    case unplannedProviderFailure
    /// Unplanned: change in commissioning.
    case unplannedChangeInCommissioning
    /// Unplanned: other.
    case unplannedOther
}
