extension CaseDecider {
    /// A new plan needs eligible needs, an indicative budget first, a new id and valid lines.
    func draftSupportPlan(_ p: DraftSupportPlan) throws(Rejection) -> [CaseEvent] {
        try requireEligible("a support plan")
        guard state.indicativeBudget != nil else {
            throw Rejection(.indicativeBudgetMissing,
                "calculate the indicative budget before support planning starts on \(caseName)")
        }
        try checkUnused(p.plan.planId, in: state.plans.keys, "support plan")
        try checkLines(p.plan)
        return [.supportPlanDrafted(SupportPlanDrafted(metadata: p.metadata, plan: p.plan, version: 1))]
    }

    /// A revision is of an existing plan, needs eligible needs and valid lines; it becomes the
    /// next version.
    func reviseSupportPlan(_ p: ReviseSupportPlan) throws(Rejection) -> [CaseEvent] {
        let record = try plan(p.plan.planId)
        try requireEligible("a support plan revision")
        try checkLines(p.plan)
        return [.supportPlanRevised(SupportPlanRevised(
            metadata: p.metadata, plan: p.plan, version: record.currentVersion + 1,
            changeSummary: p.changeSummary))]
    }

    /// Sign-off of the current version, once: all 7 components present; the needs it meets
    /// specified, the eligible ones among them (`CaseState.needsGap`); its lines within the
    /// limits (`checkLines`); the personal budget in force on the effective date set for this
    /// plan version and covering its cost; the signer holding sign-off authority covering the
    /// cost on the decision date.
    func signOffPlan(_ p: SignOffPlan) throws(Rejection) -> [CaseEvent] {
        let record = try currentVersion(p.planId, p.version)
        let content = record.current
        // issue 15: voice — the plan by its effective date, on the person's case.
        let planName = "\(record.words(version: p.version)) on \(caseName)"
        let missing = content.components.missing
        if !missing.isEmpty {
            let listed = missing.map { "\($0.number) (\($0.words))" }
            let joined = listed.count == 1
                ? "component \(listed[0]) is missing"
                : "components \(listed.spokenList) are missing"
            throw Rejection(.planComponentsMissing,
                "\(planName) cannot be signed off: \(joined)")
        }
        let date = p.metadata.effectiveDate
        if let gap = state.needsGap(of: content, on: date) {
            throw Rejection(.planNeedsMissing, "\(planName) cannot be signed off: \(gap.words)")
        }
        // A plan recorded before the limits (or imported) is held to them here.
        try checkLines(content)
        let cost = content.weeklyCost
        let oneOff = content.oneOffCost
        let budget: PersonalBudgetSet
        switch state.personalBudgetCover(of: cost, oneOff: oneOff, for: p.planId, version: p.version, on: date) {
        case .noBudget:
            throw Rejection(.personalBudgetMissing,
                "\(planName) cannot be signed off: no personal budget is in force on \(date.words)")
        case .otherPlan(let entry):
            throw Rejection(.personalBudgetForOtherPlan,
                "\(planName) cannot be signed off: the personal budget in force on \(date.words) (\(entry.value!.weeklyTotal) a week, the budget of \(entry.effectiveDate.words)) is for \(entry.value!.fundedPlanWords); set the personal budget for plan \(p.planId) version \(p.version) first")
        case .exceeded(let entry):
            let b = entry.value!
            if cost <= b.weeklyTotal {
                throw Rejection(.planCostExceedsBudget,
                    "\(planName) cannot be signed off: its one-off costs come to \(oneOff), more than the \(b.oneOffTotal ?? .zero) in one-off amounts the personal budget of \(b.weeklyTotal) a week (the budget of \(entry.effectiveDate.words)) agreed; set the personal budget with the one-off amounts (oneOffTotal)", source: "Care Act 2014 s26")
            }
            throw Rejection(.planCostExceedsBudget,
                "\(planName) cannot be signed off: it costs \(cost) a week, more than the agreed personal budget of \(b.weeklyTotal) a week (the budget of \(entry.effectiveDate.words))")
        case .covered(let entry):
            budget = entry.value!
        }
        let limit: Money
        let authorised = content.weeklyCostForAuthority
        switch context.staff.signOffAuthority(of: context.actor, on: today, over: authorised) {
        case .none:
            throw Rejection(.signOffAuthorityMissing,
                "\(planName) cannot be signed off by \(actorName): they hold no sign-off authority on \(today.words)")
        case .below(let held):
            let spread = oneOff > .zero ? " (\(content.costWords): the one-off costs spread over the first year, \(authorised) a week)" : ""
            throw Rejection(.signOffLimitExceeded,
                "\(planName) cannot be signed off by \(actorName): they hold sign-off authority up to \(held) a week on \(today.words), and the plan costs \(cost) a week\(spread); ask someone whose limit covers it")
        case .covers(let held):
            limit = held
        }
        return [.planSignedOff(PlanSignedOff(
            metadata: p.metadata, planId: p.planId, version: p.version, weeklyCost: cost,
            annualCost: content.firstYearCost, personalBudgetWeeklyTotal: budget.weeklyTotal,
            signerWeeklyLimit: limit, oneOffCost: oneOff > .zero ? oneOff : nil))]
    }

    /// Refusal of the current version, not yet signed off, by someone with sign-off authority,
    /// with reasons.
    func refuseSignOff(_ p: PlanSignOffRefused) throws(Rejection) -> [CaseEvent] {
        let record = try currentVersion(p.planId, p.version)
        guard context.staff.signOffLimit(of: context.actor, on: today) != nil else {
            throw Rejection(.signOffAuthorityMissing,
                "sign-off of \(record.words(version: p.version)) on \(caseName) can only be refused by someone holding sign-off authority; \(actorName) holds none on \(today.words)")
        }
        return [.planSignOffRefused(p)]
    }

    /// The plan, or `plan-unknown`.
    func plan(_ id: String) throws(Rejection) -> SupportPlanRecord {
        guard let record = state.plans[id] else {
            throw Rejection(.planUnknown, "\(caseName) has no support plan \(id)")
        }
        return record
    }

    /// The plan, when `version` is its current version and not yet signed off.
    func currentVersion(_ id: String, _ version: Int) throws(Rejection) -> SupportPlanRecord {
        let record = try plan(id)
        guard version == record.currentVersion else {
            throw Rejection(.planVersionNotCurrent,
                "\(record.words(version: version)) is not the current version of the plan on \(caseName): that is \(record.words(version: record.currentVersion))")
        }
        if let s = record.signOffs[version] {
            throw Rejection(.planAlreadySignedOff,
                "\(record.words(version: version)) was already signed off by \(context.staff.nameOf(s.signer)): the sign-off of \(s.signedOff.metadata.effectiveDate.words)")
        }
        return record
    }

    /// At most `AmountLimits.mostPlanLines` lines, with unique ids and non-negative costs, each
    /// and the weekly cost within `AmountLimits.largestAmount` (the one check drafting, revising
    /// and correcting a plan share).
    func checkLines(_ plan: SupportPlanContent) throws(Rejection) {
        if plan.lines.count > AmountLimits.mostPlanLines {
            throw Rejection(.planTooManyLines,
                "plan \(plan.planId) has \(plan.lines.count) lines; a support plan has at most \(AmountLimits.mostPlanLines) (a plan the person can read and a review can check line by line; it also keeps every total exact): combine lines of the same kind")
        }
        var seen: Set<String> = []
        for line in plan.lines {
            if !seen.insert(line.lineId).inserted {
                throw Rejection(.planLinesInvalid, "plan \(plan.planId) has two lines \(line.lineId)")
            }
            if line.weeklyCost.pence < 0 {
                throw Rejection(.planLinesInvalid,
                    "plan \(plan.planId) line \(line.lineId) has a negative weekly cost (\(line.weeklyCost))")
            }
            try checkWithinLimit(line.weeklyCost, "plan \(plan.planId) line \(line.lineId)'s weekly cost")
            // issue 15: charging — a one-off cost, and a line marked free.
            if let once = line.oneOffCost {
                if once.pence < 0 {
                    throw Rejection(.planLinesInvalid,
                        "plan \(plan.planId) line \(line.lineId) has a negative one-off cost (\(once))")
                }
                if line.weeklyCost > .zero {
                    throw Rejection(.planLinesInvalid,
                        "plan \(plan.planId) line \(line.lineId) gives both a weekly cost (\(line.weeklyCost)) and a one-off cost (\(once)); a line costs one or the other: give the weekly part and the one-off part as two lines")
                }
                try checkWithinLimit(once, "plan \(plan.planId) line \(line.lineId)'s one-off cost")
            }
            if let problem = config.lineExemptionProblem(line, caseKind: state.kind) {
                throw Rejection(.planLineExemptionInvalid, "plan \(plan.planId) on \(caseName): \(problem.words)", source: problem.source)
            }
        }
        try checkWithinLimit(plan.weeklyCost, "plan \(plan.planId)'s weekly cost")
        try checkWithinLimit(plan.oneOffCost, "plan \(plan.planId)'s one-off costs")
    }
}
