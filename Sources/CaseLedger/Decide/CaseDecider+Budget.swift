extension CaseDecider {
    /// The indicative budget needs eligible needs and a non-negative amount.
    func calculateIndicativeBudget(_ p: IndicativeBudgetCalculated) throws(Rejection) -> [CaseEvent] {
        try requireEligible("an indicative budget")
        try checkAmount(p.weeklyAmount, "the indicative budget")
        return [.indicativeBudgetCalculated(p)]
    }

    /// A personal budget is the council's plus the customer's contribution exactly; the
    /// customer's part is their assessed contribution (nothing where an exemption applies, within
    /// free reablement, or before a financial assessment); above the indicative budget it needs
    /// sign-off authority covering it.
    func setPersonalBudget(_ p: SetPersonalBudget) throws(Rejection) -> [CaseEvent] {
        let date = p.metadata.effectiveDate
        try requireEligible("a personal budget")
        try checkAmount(p.weeklyTotal, "the personal budget")
        try checkAmount(p.weeklyCustomerContribution, "the customer's contribution")
        try checkAmount(p.weeklyCouncilContribution, "the council's contribution")
        if let once = p.oneOffTotal { try checkAmount(once, "the one-off amounts") }
        if let planId = p.planId, state.plans[planId] == nil {
            throw Rejection(.planUnknown, "\(caseName) has no support plan \(planId)")
        }
        if let version = p.planVersion {
            guard let planId = p.planId else {
                throw Rejection(.planUnknown, "a personal budget for plan version \(version) must name the plan (planId)")
            }
            let current = state.plans[planId]!.currentVersion
            guard version == current else {
                throw Rejection(.planVersionNotCurrent,
                    "a personal budget is set for the current version of plan \(planId) (version \(current)), not version \(version)")
            }
        }
        guard PersonalBudgetSet.splitAddsUp(
            total: p.weeklyTotal, council: p.weeklyCouncilContribution, customer: p.weeklyCustomerContribution)
        else {
            throw Rejection(.budgetSplitMismatch,
                "a personal budget of \(p.weeklyTotal) a week must be the council's contribution plus the customer's exactly; \(p.weeklyCouncilContribution) + \(p.weeklyCustomerContribution) = \(p.weeklyCouncilContribution + p.weeklyCustomerContribution)")
        }
        try checkCustomerContribution(p, on: date)
        guard let indicative = state.indicativeBudget else {
            throw Rejection(.indicativeBudgetMissing,
                "calculate the indicative budget before setting the personal budget on \(caseName)")
        }
        let above = p.weeklyTotal > indicative.weeklyAmount
        if above {
            let authority = context.staff.signOffAuthority(of: context.actor, on: today, over: p.weeklyTotal)
            if !authority.covers {
                let limit = authority.limit
                throw Rejection(.budgetAboveIndicativeUnauthorised,
                    "a personal budget of \(p.weeklyTotal) a week is above the indicative budget of \(indicative.weeklyAmount) a week and needs authorisation: \(actorName) holds \(limit.map { "sign-off authority up to \($0) a week" } ?? "no sign-off authority") on \(today.words)")
            }
        }
        return [.personalBudgetSet(PersonalBudgetSet(
            metadata: p.metadata, planId: p.planId, planVersion: p.planVersion, weeklyTotal: p.weeklyTotal,
            weeklyCustomerContribution: p.weeklyCustomerContribution,
            weeklyCouncilContribution: p.weeklyCouncilContribution,
            indicativeWeeklyAmount: indicative.weeklyAmount, aboveIndicative: above,
            oneOffTotal: p.oneOffTotal.flatMap { $0 > .zero ? $0 : nil }))]
    }

    /// The customer's part must be what the financial assessment in force allows.
    private func checkCustomerContribution(_ p: SetPersonalBudget, on date: CalendarDate) throws(Rejection) {
        let charged = p.weeklyCustomerContribution
        let exempt = state.exemptions(on: date, carersServicesFree: config.carersServicesFree)
        if charged > .zero, let first = exempt.first {
            throw Rejection(.contributionExempt,
                "no contribution may be charged to \(caseName) from \(date.words): \(first.words); \(charged) a week was given")
        }
        if charged > .zero, let free = state.freeReablement(on: date) {
            throw Rejection(.contributionInFreeReablement,
                "no contribution may be charged to \(caseName) on \(date.words): reablement \(free.started.reablementId) is free until \(free.started.freeUntil.words); \(charged) a week was given")
        }
        guard let fa = state.contributions.value(on: date) else {
            if charged > .zero {
                throw Rejection(.contributionNotAssessed,
                    "no financial assessment is in force on \(date.words) for \(caseName), so no contribution may be charged; \(charged) a week was given")
            }
            return
        }
        // issue 15: charging — the contribution applies only to the chargeable part: never to
        // the plan's free lines (community equipment, minor adaptations...) or one-off amounts.
        let chargeable = state.chargeableWeekly(of: p.weeklyTotal, planId: p.planId, version: p.planVersion)
        let expected = fa.paysFullCost ? chargeable : min(fa.weeklyContribution, chargeable)
        if charged != expected {
            var free = ""
            if chargeable < p.weeklyTotal, let planId = p.planId, let record = state.plans[planId] {
                let version = p.planVersion ?? record.currentVersion
                let lines = record.versions[version - 1].freeLines.map { "\($0.lineId) (\($0.description): \($0.exemption!.words))" }
                free = "; only \(chargeable) a week of the \(p.weeklyTotal) a week is chargeable: plan \(planId) line\(lines.count == 1 ? "" : "s") \(lines.joined(separator: ", ")) — Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 3"
            }
            throw Rejection(.budgetContributionMismatch,
                "the customer's contribution must be \(expected) a week (financial assessment \(fa.financialAssessmentId)\(fa.paysFullCost ? ": pays the full cost" : ": \(fa.weeklyContribution) a week assessed")\(free)); \(charged) a week was given")
        }
    }
}
