/// A carer's assessment was completed (Care Act s10): whether the needs arise from caring, whether
/// the carer's health is at risk, each carer outcome, and the impact on wellbeing.
///
/// Stored as event type `carersAssessed`, schema 1.
public struct CarersAssessed: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "carersAssessed"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The assessment's id, e.g. "CA-1".
    public var assessmentId: String
    /// The person the carer cares for.
    public var caredForPerson: String
    /// The needs arise from providing necessary care.
    public var needsArisingFromCaring: Bool
    /// As a result the carer's physical or mental health is, or is at risk of, deteriorating.
    public var healthAtRisk: Bool
    /// One finding for each carer outcome.
    public var outcomes: [CarerOutcomeFinding]
    /// The impact on the carer's wellbeing.
    public var wellbeingImpact: WellbeingImpact
    /// Who took part.
    public var participants: [Participant]
    /// Whether an advocate was considered and took part.
    public var advocacy: AdvocacyConsideration
    /// Whether the carer is able and willing to continue caring.
    public var willingToContinueCaring: Bool

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        assessmentId: String,
        caredForPerson: String,
        needsArisingFromCaring: Bool,
        healthAtRisk: Bool,
        outcomes: [CarerOutcomeFinding] = [],
        wellbeingImpact: WellbeingImpact,
        participants: [Participant] = [],
        advocacy: AdvocacyConsideration,
        willingToContinueCaring: Bool
    ) {
        self.metadata = metadata
        self.assessmentId = assessmentId
        self.caredForPerson = caredForPerson
        self.needsArisingFromCaring = needsArisingFromCaring
        self.healthAtRisk = healthAtRisk
        self.outcomes = outcomes
        self.wellbeingImpact = wellbeingImpact
        self.participants = participants
        self.advocacy = advocacy
        self.willingToContinueCaring = willingToContinueCaring
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        assessmentId = try r("assessmentId")
        caredForPerson = try r("caredForPerson")
        needsArisingFromCaring = try r("needsArisingFromCaring")
        healthAtRisk = try r("healthAtRisk")
        outcomes = try r("outcomes")
        wellbeingImpact = try r("wellbeingImpact")
        participants = try r("participants")
        advocacy = try r("advocacy")
        willingToContinueCaring = try r("willingToContinueCaring")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("assessmentId", assessmentId)
        w.set("caredForPerson", caredForPerson)
        w.set("needsArisingFromCaring", needsArisingFromCaring)
        w.set("healthAtRisk", healthAtRisk)
        w.set("outcomes", outcomes)
        w.set("wellbeingImpact", wellbeingImpact)
        w.set("participants", participants)
        w.set("advocacy", advocacy)
        w.set("willingToContinueCaring", willingToContinueCaring)
    }
}
