extension CaseDecider {
    /// Only for a person found to lack capacity for that decision, with a new id.
    func makeBestInterestsDecision(_ p: BestInterestsDecisionMade) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.decisionId, in: state.bestInterestsDecisions.keys, "best-interests decision")
        guard p.lacksCapacityForDecision else {
            throw Rejection(.bestInterestsRequiresLackOfCapacity,
                "a best-interests decision on \"\(p.matter)\" is made only when the person lacks capacity for it; capacity is assumed unless assessed otherwise (Mental Capacity Act 2005 s1(2))")
        }
        return [.bestInterestsDecisionMade(p)]
    }

    /// A correction references an existing original event of this case and is of its type.
    func correctEvent(_ p: EventCorrected) throws(Rejection) -> [CaseEvent] {
        guard let target = state.event(withId: p.supersedes), target.stream == state.caseId else {
            throw Rejection(.correctionTargetUnknown,
                "event \(p.supersedes) is not part of \(caseName); a correction references an event of the same case")
        }
        switch target.event {
        case .eventCorrected, .opinionDisputed:
            throw Rejection(.correctionTargetNotCorrectable,
                "event \(p.supersedes) is a \(target.event.typeName); correct the original event instead")
        default: break
        }
        guard target.event.typeName == p.corrected.typeName else {
            throw Rejection(.correctionTypeMismatch,
                "event \(p.supersedes) is a \(target.event.typeName); its correction must be one too, not a \(p.corrected.typeName)")
        }
        try checkCorrectedContent(p.corrected)
        return [.eventCorrected(p)]
    }

    /// A corrected fact still keeps the rules its payload alone can show: a personal budget
    /// adds up, an exemption charges nothing, a sign-off stays within the signer's limit and the
    /// budget.
    func checkCorrectedContent(_ event: CaseEvent) throws(Rejection) {
        switch event {
        case .personalBudgetSet(let b) where b.weeklyCouncilContribution + b.weeklyCustomerContribution != b.weeklyTotal:
            throw Rejection(.budgetSplitMismatch,
                "the corrected personal budget of \(b.weeklyTotal) a week is not the council's \(b.weeklyCouncilContribution) plus the customer's \(b.weeklyCustomerContribution)")
        case .financialAssessmentCompleted(let f) where !f.exemptions.isEmpty && (f.weeklyContribution > .zero || f.paysFullCost):
            throw Rejection(.contributionExempt,
                "the corrected financial assessment \(f.financialAssessmentId) charges a contribution although \(f.exemptions[0].words)")
        case .planSignedOff(let s) where s.weeklyCost > s.signerWeeklyLimit:
            throw Rejection(.signOffLimitExceeded,
                "the corrected sign-off of plan \(s.planId) costs \(s.weeklyCost) a week, above the signer's limit of \(s.signerWeeklyLimit) a week")
        case .planSignedOff(let s) where s.weeklyCost > s.personalBudgetWeeklyTotal:
            throw Rejection(.planCostExceedsBudget,
                "the corrected sign-off of plan \(s.planId) costs \(s.weeklyCost) a week, more than the personal budget of \(s.personalBudgetWeeklyTotal) a week")
        default:
            break
        }
    }

    /// A dispute marker references an existing event of this case.
    func disputeOpinion(_ p: OpinionDisputed) throws(Rejection) -> [CaseEvent] {
        guard state.event(withId: p.targetEventId) != nil else {
            throw Rejection(.disputeTargetUnknown,
                "event \(p.targetEventId) is not part of \(caseName); a dispute marker references an event of the same case")
        }
        return [.opinionDisputed(p)]
    }
}
