/// The 3-part eligibility test of the Care and Support (Eligibility Criteria) Regulations 2015,
/// applied to an assessment. Pure: the same assessment always gives the same result.
public enum EligibilityTest {
    /// Adults must be unable to achieve at least this many outcomes (reg 2(2)(b)).
    public static let adultMinimumOutcomes = 2
    /// Carers must be unable to achieve at least this many outcomes, unless their health is at
    /// risk (reg 3(2)(b)).
    public static let carerMinimumOutcomes = 1
    /// The regulation relied on for adults.
    public static let adultReference = "Care and Support (Eligibility Criteria) Regulations 2015 reg 2"
    /// The regulation relied on for carers.
    public static let carerReference = "Care and Support (Eligibility Criteria) Regulations 2015 reg 3"

    /// The test applied to an adult's needs assessment.
    public static func evaluate(_ a: NeedsAssessed) -> EligibilityTestResult {
        let notAchieved = a.outcomes.filter { !$0.achieved }.map(\.outcome)
        return EligibilityTestResult(
            caseKind: .adult, conditionMet: a.needsArisingFromImpairment,
            outcomesNotAchieved: notAchieved.map(\.rawValue),
            outcomeWords: notAchieved.map(\.words), healthAtRisk: false,
            outcomesPartMet: outcomesPartMet(a), significantWellbeingImpact: a.wellbeingImpact.significant,
            eligible: isEligible(a))
    }

    /// `evaluate(a).eligible`, without listing the outcomes in words.
    public static func isEligible(_ a: NeedsAssessed) -> Bool {
        a.needsArisingFromImpairment && outcomesPartMet(a) && a.wellbeingImpact.significant
    }

    /// Part (b) for an adult: enough outcomes not achieved.
    private static func outcomesPartMet(_ a: NeedsAssessed) -> Bool {
        a.outcomes.count(where: { !$0.achieved }) >= adultMinimumOutcomes
    }

    /// The test applied to a carer's assessment.
    public static func evaluate(_ a: CarersAssessed) -> EligibilityTestResult {
        let notAchieved = a.outcomes.filter { !$0.achieved }.map(\.outcome)
        return EligibilityTestResult(
            caseKind: .carer, conditionMet: a.needsArisingFromCaring,
            outcomesNotAchieved: notAchieved.map(\.rawValue),
            outcomeWords: notAchieved.map(\.words), healthAtRisk: a.healthAtRisk,
            outcomesPartMet: outcomesPartMet(a), significantWellbeingImpact: a.wellbeingImpact.significant,
            eligible: isEligible(a))
    }

    /// `evaluate(a).eligible`, without listing the outcomes in words.
    public static func isEligible(_ a: CarersAssessed) -> Bool {
        a.needsArisingFromCaring && outcomesPartMet(a) && a.wellbeingImpact.significant
    }

    /// Part (b) for a carer: health at risk, or enough outcomes not achieved.
    private static func outcomesPartMet(_ a: CarersAssessed) -> Bool {
        a.healthAtRisk || a.outcomes.count(where: { !$0.achieved }) >= carerMinimumOutcomes
    }
}

/// The result of the 3-part test, part by part, with an explanation in words.
public struct EligibilityTestResult: Hashable, Sendable {
    /// Adult or carer test.
    public var caseKind: CaseKind
    /// Part (a): needs arise from impairment or illness (adult), or from caring (carer).
    public var conditionMet: Bool
    /// The outcomes not achieved (raw names).
    public var outcomesNotAchieved: [String]
    /// The outcomes not achieved, in the regulation's words.
    public var outcomeWords: [String]
    /// For carers: health at risk.
    public var healthAtRisk: Bool
    /// Part (b) met.
    public var outcomesPartMet: Bool
    /// Part (c): significant impact on wellbeing.
    public var significantWellbeingImpact: Bool
    /// All three parts met.
    public var eligible: Bool

    /// Each part in words, e.g. "(b) unable to achieve 1 of the outcomes (managing and
    /// maintaining nutrition); the test needs 2 or more".
    public var explanation: String {
        let a = caseKind == .adult
            ? "(a) needs \(conditionMet ? "arise" : "do not arise") from a physical or mental impairment or illness"
            : "(a) needs \(conditionMet ? "arise" : "do not arise") from providing necessary care"
        let listed = outcomeWords.isEmpty ? "" : " (\(outcomeWords.joined(separator: "; ")))"
        let b: String
        if caseKind == .adult {
            b = "(b) unable to achieve \(outcomesNotAchieved.count) of the outcomes\(listed); the test needs \(EligibilityTest.adultMinimumOutcomes) or more"
        } else {
            b = "(b) health \(healthAtRisk ? "is" : "is not") at risk and unable to achieve \(outcomesNotAchieved.count) of the outcomes\(listed); the test needs health at risk or \(EligibilityTest.carerMinimumOutcomes) or more"
        }
        let c = "(c) \(significantWellbeingImpact ? "a" : "no") significant impact on wellbeing"
        return "\(a); \(b); \(c)"
    }

    /// The regulation relied on.
    public var reference: String {
        caseKind == .adult ? EligibilityTest.adultReference : EligibilityTest.carerReference
    }
}
