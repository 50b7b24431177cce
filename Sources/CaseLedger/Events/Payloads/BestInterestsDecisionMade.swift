/// A decision was made in the best interests of a person who lacks capacity to make it (Mental
/// Capacity Act 2005 s4), with the least restrictive option considered.
///
/// Stored as event type `bestInterestsDecisionMade`, schema 1.
public struct BestInterestsDecisionMade: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "bestInterestsDecisionMade"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The decision's id, e.g. "BI-1".
    public var decisionId: String
    /// The decision to be made, e.g. "where to live".
    public var matter: String
    /// True when a capacity assessment found the person lacks capacity for this decision.
    public var lacksCapacityForDecision: Bool
    /// How capacity was assessed and by whom.
    public var capacityAssessment: String
    /// The person's wishes, feelings, beliefs and values.
    public var personsWishes: String
    /// Who was consulted.
    public var consulted: [Participant]
    /// The options considered.
    public var optionsConsidered: [String]
    /// The decision.
    public var decision: String
    /// True when the decision is the least restrictive option that meets the need.
    public var leastRestrictiveOption: Bool

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        decisionId: String,
        matter: String,
        lacksCapacityForDecision: Bool,
        capacityAssessment: String,
        personsWishes: String,
        consulted: [Participant] = [],
        optionsConsidered: [String] = [],
        decision: String,
        leastRestrictiveOption: Bool
    ) {
        self.metadata = metadata
        self.decisionId = decisionId
        self.matter = matter
        self.lacksCapacityForDecision = lacksCapacityForDecision
        self.capacityAssessment = capacityAssessment
        self.personsWishes = personsWishes
        self.consulted = consulted
        self.optionsConsidered = optionsConsidered
        self.decision = decision
        self.leastRestrictiveOption = leastRestrictiveOption
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        decisionId = try r("decisionId")
        matter = try r("matter")
        lacksCapacityForDecision = try r("lacksCapacityForDecision")
        capacityAssessment = try r("capacityAssessment")
        personsWishes = try r("personsWishes")
        consulted = try r("consulted")
        optionsConsidered = try r("optionsConsidered")
        decision = try r("decision")
        leastRestrictiveOption = try r("leastRestrictiveOption")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("decisionId", decisionId)
        w.set("matter", matter)
        w.set("lacksCapacityForDecision", lacksCapacityForDecision)
        w.set("capacityAssessment", capacityAssessment)
        w.set("personsWishes", personsWishes)
        w.set("consulted", consulted)
        w.set("optionsConsidered", optionsConsidered)
        w.set("decision", decision)
        w.set("leastRestrictiveOption", leastRestrictiveOption)
    }
}
