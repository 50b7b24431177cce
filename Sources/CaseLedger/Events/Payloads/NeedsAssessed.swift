/// A needs assessment was completed: each of the 10 outcomes achieved or not and on which grounds,
/// the impact on wellbeing, who took part, and whether advocacy was considered.
///
/// Stored as event type `needsAssessed`, schema 1.
public struct NeedsAssessed: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "needsAssessed"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The assessment's id, e.g. "A-1".
    public var assessmentId: String
    /// Part (a): the needs arise from a physical or mental impairment or illness.
    public var needsArisingFromImpairment: Bool
    /// The impairment or illness, in words.
    public var impairmentOrIllness: String
    /// Part (b): one finding for each of the 10 outcomes.
    public var outcomes: [AdultOutcomeFinding]
    /// Part (c): the impact on wellbeing.
    public var wellbeingImpact: WellbeingImpact
    /// Who took part (the customer and, with consent, carers and others).
    public var participants: [Participant]
    /// Whether an advocate was considered and took part.
    public var advocacy: AdvocacyConsideration

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        assessmentId: String,
        needsArisingFromImpairment: Bool,
        impairmentOrIllness: String,
        outcomes: [AdultOutcomeFinding] = [],
        wellbeingImpact: WellbeingImpact,
        participants: [Participant] = [],
        advocacy: AdvocacyConsideration
    ) {
        self.metadata = metadata
        self.assessmentId = assessmentId
        self.needsArisingFromImpairment = needsArisingFromImpairment
        self.impairmentOrIllness = impairmentOrIllness
        self.outcomes = outcomes
        self.wellbeingImpact = wellbeingImpact
        self.participants = participants
        self.advocacy = advocacy
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        assessmentId = try r("assessmentId")
        needsArisingFromImpairment = try r("needsArisingFromImpairment")
        impairmentOrIllness = try r("impairmentOrIllness")
        outcomes = try r("outcomes")
        wellbeingImpact = try r("wellbeingImpact")
        participants = try r("participants")
        advocacy = try r("advocacy")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("assessmentId", assessmentId)
        w.set("needsArisingFromImpairment", needsArisingFromImpairment)
        w.set("impairmentOrIllness", impairmentOrIllness)
        w.set("outcomes", outcomes)
        w.set("wellbeingImpact", wellbeingImpact)
        w.set("participants", participants)
        w.set("advocacy", advocacy)
    }
}
