/// What a completed review concluded.
public enum ReviewOutcome: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ReviewOutcome>()

    /// The plan continues unchanged.
    case noChange
    /// The plan is to be revised.
    case planRevised
    /// The needs are to be reassessed.
    case reassessment
    /// The allocated worker is satisfied the needs are no longer eligible.
    case withdrawalRecommended
}
