/// A review was completed: its outcome, whether the needs are still eligible, and who took part
/// (the customer is always invited).
///
/// Stored as event type `reviewCompleted`, schema 1.
public struct ReviewCompleted: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "reviewCompleted"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The review's id (the request's id when one was made).
    public var reviewId: String
    /// No change, plan revised, reassessment, or withdrawal recommended.
    public var outcome: ReviewOutcome
    /// False when the allocated worker is satisfied the needs are no longer eligible.
    public var needsStillEligible: Bool
    /// True when the customer was invited to take part.
    public var customerInvited: Bool
    /// Who took part.
    public var participants: [Participant]
    /// What the review found.
    public var findings: String

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        reviewId: String,
        outcome: ReviewOutcome,
        needsStillEligible: Bool,
        customerInvited: Bool,
        participants: [Participant] = [],
        findings: String
    ) {
        self.metadata = metadata
        self.reviewId = reviewId
        self.outcome = outcome
        self.needsStillEligible = needsStillEligible
        self.customerInvited = customerInvited
        self.participants = participants
        self.findings = findings
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        reviewId = try r("reviewId")
        outcome = try r("outcome")
        needsStillEligible = try r("needsStillEligible")
        customerInvited = try r("customerInvited")
        participants = try r("participants")
        findings = try r("findings")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("reviewId", reviewId)
        w.set("outcome", outcome)
        w.set("needsStillEligible", needsStillEligible)
        w.set("customerInvited", customerInvited)
        w.set("participants", participants)
        w.set("findings", findings)
    }
}
