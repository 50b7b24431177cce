/// The eligibility determination on an assessment: each part of the 3-part test, the result, and
/// the eligible needs.
///
/// Stored as event type `eligibilityDetermined`, schema 1.
public struct EligibilityDetermined: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "eligibilityDetermined"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The assessment the determination rests on.
    public var assessmentId: String
    /// Which test applied: adult (reg 2) or carer (reg 3).
    public var caseKind: CaseKind
    /// True when the needs meet the eligibility criteria.
    public var eligible: Bool
    /// Part (a): needs arise from impairment or illness (adult) or from caring (carer).
    public var conditionMet: Bool
    /// Part (b): the outcomes the person is unable to achieve.
    public var outcomesNotAchieved: [String]
    /// For a carer, part (b) is also met when their health is at risk.
    public var healthAtRisk: Bool
    /// Part (c): a significant impact on wellbeing.
    public var significantWellbeingImpact: Bool
    /// The needs found eligible (the outcomes not achieved, when eligible).
    public var eligibleNeeds: [String]

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        assessmentId: String,
        caseKind: CaseKind,
        eligible: Bool,
        conditionMet: Bool,
        outcomesNotAchieved: [String] = [],
        healthAtRisk: Bool,
        significantWellbeingImpact: Bool,
        eligibleNeeds: [String] = []
    ) {
        self.metadata = metadata
        self.assessmentId = assessmentId
        self.caseKind = caseKind
        self.eligible = eligible
        self.conditionMet = conditionMet
        self.outcomesNotAchieved = outcomesNotAchieved
        self.healthAtRisk = healthAtRisk
        self.significantWellbeingImpact = significantWellbeingImpact
        self.eligibleNeeds = eligibleNeeds
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        assessmentId = try r("assessmentId")
        caseKind = try r("caseKind")
        eligible = try r("eligible")
        conditionMet = try r("conditionMet")
        outcomesNotAchieved = try r("outcomesNotAchieved")
        healthAtRisk = try r("healthAtRisk")
        significantWellbeingImpact = try r("significantWellbeingImpact")
        eligibleNeeds = try r("eligibleNeeds")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("assessmentId", assessmentId)
        w.set("caseKind", caseKind)
        w.set("eligible", eligible)
        w.set("conditionMet", conditionMet)
        w.set("outcomesNotAchieved", outcomesNotAchieved)
        w.set("healthAtRisk", healthAtRisk)
        w.set("significantWellbeingImpact", significantWellbeingImpact)
        w.set("eligibleNeeds", eligibleNeeds)
    }
}
