extension CaseDecider {
    /// Only for a person found to lack capacity for that decision, with a new id; relying, when
    /// it names one, on the capacity assessment in force for that decision finding a lack of
    /// capacity (`CaseState.capacityBreach(of:customer:)`).
    func makeBestInterestsDecision(_ p: BestInterestsDecisionMade) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.decisionId, in: state.bestInterestsDecisions.keys, "best-interests decision")
        guard p.lacksCapacityForDecision else {
            throw Rejection(.bestInterestsRequiresLackOfCapacity,
                "a best-interests decision on \"\(p.matter)\" is made only when the person lacks capacity for it; capacity is assumed unless assessed otherwise")
        }
        if let breach = state.capacityBreach(of: p, customer: customerName) { throw breach }
        return [.bestInterestsDecisionMade(p)]
    }

    // issue 15: direct payments and capacity
    /// A capacity assessment with a new id, naming who assessed and the decision, whose finding
    /// follows its functional test (`CapacityRules.breach(of:)`).
    func assessCapacity(_ p: CapacityAssessed) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.assessmentId, in: state.capacityAssessments.keys, "capacity assessment")
        if p.assessedBy.isBlank || p.matter.isBlank {
            throw Rejection(.capacityAssessmentIncomplete,
                "capacity assessment \(p.assessmentId) must name who assessed (assessedBy) and the decision it is about (matter): capacity is decision-specific", source: "Mental Capacity Act 2005 s2(1)")
        }
        if let breach = CapacityRules.breach(of: p) { throw breach }
        return [.capacityAssessed(p)]
    }

    /// The customer's name from the referral, for messages.
    var customerName: String { state.referral?.customerName ?? caseName }

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
        // issue 15: carers
        case .carerLinked:
            throw Rejection(.correctionTargetNotCorrectable,
                "event \(p.supersedes) is a carer link, recorded on both linked cases; record the link again (linkCarer) to change the relationship or the consent to share")
        default: break
        }
        guard target.event.typeName == p.corrected.typeName else {
            throw Rejection(.correctionTypeMismatch,
                "event \(p.supersedes) is a \(target.event.typeName); its correction must be one too, not a \(p.corrected.typeName)")
        }
        let correctedDate = p.corrected.effectiveDate
        if !EffectiveDateWindow.contains(correctedDate, decidedOn: today) {
            throw Rejection(.effectiveDateOutOfRange,
                "the corrected \(p.corrected.typeName) cannot take effect on \(correctedDate): a decision corrected on \(today) takes effect between \(EffectiveDateWindow.earliest) and \(EffectiveDateWindow.latest(decidedOn: today)) (back-dating is allowed; more than a year ahead is not)")
        }
        try checkCorrectionAuthority(p)
        try checkCorrectedContent(p.corrected)
        try checkCorrectedDecision(p)
        return [.eventCorrected(p)]
    }

    // issue 14: corrections
    /// The correction is held to the rules of the decision it corrects, on its effective date,
    /// and its maker to the money authority it needs (`CorrectionRules.breach`).
    func checkCorrectedDecision(_ p: EventCorrected) throws(Rejection) {
        if let breach = CorrectionRules.breach(
            of: p, by: context.actor, on: today, history: state.history, staff: context.staff, configuration: config)
        {
            throw breach
        }
    }

    /// A corrected fact still keeps the rules its payload alone can show: a personal budget
    /// adds up, an exemption charges nothing, a sign-off stays within the budget. (The signer's
    /// limit is the staff register's, never the payload's: `checkCorrectedDecision`.)
    func checkCorrectedContent(_ event: CaseEvent) throws(Rejection) {
        try checkCorrectedAmounts(event)
        switch event {
        case .personalBudgetSet(let b) where !b.splitAddsUp:
            throw Rejection(.budgetSplitMismatch,
                "the corrected personal budget of \(b.weeklyTotal) a week is not the council's \(b.weeklyCouncilContribution) plus the customer's \(b.weeklyCustomerContribution)")
        case .financialAssessmentCompleted(let f) where f.chargesContribution:
            if let first = state.exemptions(assessed: f.exemptions, carersServicesFree: config.carersServicesFree).first {
                throw Rejection(.contributionExempt,
                    "the corrected financial assessment \(f.financialAssessmentId) charges a contribution although \(first.words)")
            }
        case .planSignedOff(let s) where !BudgetCover.covers(s.personalBudgetWeeklyTotal, s.weeklyCost):
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

    /// A corrected payload's money is never negative (`amount-invalid`) and a corrected plan's
    /// lines keep their rules (`plan-lines-invalid`), as when the event was first decided.
    func checkCorrectedAmounts(_ event: CaseEvent) throws(Rejection) {
        let amounts: [(Money, String)]
        switch event {
        case .financialAssessmentCompleted(let f):
            amounts = [
                (f.capital, "capital"), (f.weeklyIncome, "weekly income"),
                (f.weeklyMinimumIncomeGuarantee, "weekly Minimum Income Guarantee"),
                (f.weeklyDisabilityRelatedExpenditure, "weekly disability-related expenditure"),
                (f.weeklyHousingCosts, "weekly housing costs"), (f.weeklyTariffIncome, "weekly tariff income"),
                (f.weeklyContribution, "weekly contribution"),
            ]
        case .indicativeBudgetCalculated(let i):
            amounts = [(i.weeklyAmount, "indicative budget")]
        case .supportPlanDrafted(let p):
            try checkLines(p.plan)
            amounts = []
        case .supportPlanRevised(let p):
            try checkLines(p.plan)
            amounts = []
        case .personalBudgetSet(let b):
            amounts = [
                (b.weeklyTotal, "personal budget"), (b.weeklyCustomerContribution, "customer's contribution"),
                (b.weeklyCouncilContribution, "council's contribution"),
            ] + (b.indicativeWeeklyAmount.map { [($0, "indicative budget")] } ?? [])
                + (b.oneOffTotal.map { [($0, "one-off amounts")] } ?? [])
        case .planSignedOff(let s):
            amounts = [
                (s.weeklyCost, "weekly cost"), (s.annualCost, "annual cost"),
                (s.personalBudgetWeeklyTotal, "personal budget"), (s.signerWeeklyLimit, "sign-off limit"),
            ] + (s.oneOffCost.map { [($0, "one-off costs")] } ?? [])
        case .deliveryArranged(let d):
            amounts = d.arrangements.flatMap { a -> [(Money, String)] in
                [
                    (a.weeklyAmount, "weekly amount of a \(a.mechanism.rawValue) arrangement"),
                    (a.paymentAmount, "payment amount of a \(a.mechanism.rawValue) arrangement"),
                ]
            }
        default:
            amounts = []
        }
        for (amount, what) in amounts { try checkAmount(amount, "the corrected \(what)") }
    }
}
