/// What a completed review concluded.
public enum ReviewOutcome: String, PayloadEnum {
    case noChange
    case planRevised
    case reassessment
    /// The allocated worker is satisfied the needs are no longer eligible.
    case withdrawalRecommended
}
