/// Whether the case's needs are eligible, from an eligibility determination or from a review
/// that found the needs no longer eligible.
public struct EligibilityFinding: Hashable, Sendable {
    /// True when needs are eligible.
    public var eligible: Bool
    /// The assessment determined on; nil when the finding came from a review.
    public var assessmentId: String?
    /// The review that found the needs no longer eligible; nil for a determination.
    public var reviewId: String?
    /// The eligible needs.
    public var eligibleNeeds: [String]

    /// A finding.
    public init(eligible: Bool, assessmentId: String?, reviewId: String?, eligibleNeeds: [String]) {
        self.eligible = eligible
        self.assessmentId = assessmentId
        self.reviewId = reviewId
        self.eligibleNeeds = eligibleNeeds
    }
}
