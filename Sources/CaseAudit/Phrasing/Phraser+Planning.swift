import CaseLedger

extension Phraser {
    /// Finances and support planning: financial assessment, reablement, indicative and personal
    /// budgets, plans, sign-off, delivery.
    func phrasePlanning(_ event: CaseEvent, _ g: inout Disclosure) -> EventPhrase {
        switch event {
        case .financialAssessmentCompleted(let e):
            let result = e.paysFullCost ? "pays the full cost" : "contribution \(Words.weekly(e.weeklyContribution))"
            var what = ["Basis: \(Words.basis(e.basis))."]
            if !e.exemptions.isEmpty { what.append("Exemption: \(e.exemptions.map(\.words).joined(separator: "; ")).") }
            if e.basis == .fullAssessment {
                what.append("Capital: \(g.field("capital", "\(e.capital)")); tariff income from capital: \(g.field("weeklyTariffIncome", Words.weekly(e.weeklyTariffIncome))).")
                what.append("Weekly income: \(g.field("weeklyIncome", "\(e.weeklyIncome)")); Minimum Income Guarantee kept: \(Words.weekly(e.weeklyMinimumIncomeGuarantee))"
                    + "\(e.incomeCategory.map { " (\(Words.uncamel($0).replacingHyphens))" } ?? "").")
                what.append("Disability-related expenditure allowed: \(g.field("weeklyDisabilityRelatedExpenditure", Words.weekly(e.weeklyDisabilityRelatedExpenditure))); housing costs allowed: \(g.field("weeklyHousingCosts", Words.weekly(e.weeklyHousingCosts))).")
                if let id = e.rateTableId {
                    what.append("Charging rates used: table \(id)\(e.rateTableValidFrom.map { ", in force from \(Words.date($0))" } ?? "").")
                }
            }
            what.append(e.paysFullCost
                ? "The person pays the full cost of their support from \(Words.date(e.metadata.effectiveDate))."
                : "Weekly contribution: \(e.weeklyContribution) from \(Words.date(e.metadata.effectiveDate)).")
            return EventPhrase(title: "Financial assessment \(e.financialAssessmentId): \(result)", what: what)
        case .reablementStarted(let e):
            return EventPhrase(title: "Reablement started, free until \(Words.date(e.freeUntil))", what: [
                "Provider: \(e.provider).",
                "Goals: \(e.goals.joined(separator: "; ")).",
                "Reablement is free of charge until \(Words.date(e.freeUntil)).",
            ])
        case .reablementEnded(let e):
            return EventPhrase(title: "Reablement ended: \(Words.uncamel(e.outcome.rawValue))", what: [
                "Reablement \(e.reablementId) ended on \(Words.date(e.metadata.effectiveDate)); outcome: \(Words.uncamel(e.outcome.rawValue)).",
            ])
        case .indicativeBudgetCalculated(let e):
            let scores = e.inputs.map { "\($0.question) \($0.score)" }.joined(separator: "; ")
            return EventPhrase(title: "Indicative budget: \(Words.weekly(e.weeklyAmount))", what: [
                "The Resource Allocation System (\(e.rasVersion)) gave an indicative budget of \(Words.weekly(e.weeklyAmount)) before support planning.",
                "Scores: \(scores.isEmpty ? "none recorded" : scores).",
            ])
        case .supportPlanDrafted(let e):
            return EventPhrase(
                title: "Support plan \(e.plan.planId) drafted (version \(e.version)): \(Words.weekly(e.plan.weeklyCost))",
                what: planLines(e.plan, &g))
        case .supportPlanRevised(let e):
            return EventPhrase(
                title: "Support plan \(e.plan.planId) revised (version \(e.version)): \(Words.weekly(e.plan.weeklyCost))",
                what: ["What changed: \(g.field("changeSummary", e.changeSummary))."] + planLines(e.plan, &g))
        case .personalBudgetSet(let e):
            var what = [
                "Personal budget: \(Words.weekly(e.weeklyTotal))\(e.planId.map { " for support plan \($0)" } ?? "").",
                "Paid by the person (their contribution): \(Words.weekly(e.weeklyCustomerContribution)); paid by the council: \(Words.weekly(e.weeklyCouncilContribution)).",
            ]
            if let once = e.oneOffTotal {
                what.append("One-off amounts (paid once, not weekly, by the council): \(once).")
            }
            if let ind = e.indicativeWeeklyAmount {
                what.append(e.aboveIndicative
                    ? "This is above the indicative budget of \(Words.weekly(ind)), so it needed authorisation."
                    : "The indicative budget was \(Words.weekly(ind)).")
            }
            return EventPhrase(title: "Personal budget set: \(Words.weekly(e.weeklyTotal))", what: what)
        case .planSignedOff(let e):
            return EventPhrase(title: "Support plan \(e.planId) version \(e.version) signed off", what: [
                e.oneOffCost.map {
                    "The plan costs \(Words.weekly(e.weeklyCost)) and \($0) once (one-off, never weekly): \(e.annualCost) for its first year, within the personal budget of \(Words.weekly(e.personalBudgetWeeklyTotal)) and its one-off amounts."
                } ?? "The plan costs \(Words.weekly(e.weeklyCost)) (\(e.annualCost) a year), within the personal budget of \(Words.weekly(e.personalBudgetWeeklyTotal)).",
                "The signer's sign-off limit on the day: \(Words.weekly(e.signerWeeklyLimit)).",
            ])
        case .planSignOffRefused(let e):
            return EventPhrase(title: "Sign-off of support plan \(e.planId) version \(e.version) refused", what: [
                "The plan was not signed off; the reasons are below.",
            ])
        case .deliveryArranged(let e):
            var what = ["How support plan \(e.planId) version \(e.planVersion) is delivered:"]
            for a in e.arrangements {
                what.append("\(Words.mechanism(a.mechanism)): \(Words.weekly(a.weeklyAmount)), paid as \(a.paymentAmount) \(frequency(a.frequency)), "
                    + "for plan lines \(a.lineIds.joined(separator: ", ")), held by \(g.field("arrangements", a.heldBy))\(payeeWords(a, &g)).")
            }
            return EventPhrase(title: "Delivery arranged: \(e.arrangements.map { Words.mechanism($0.mechanism).beforeParenthesis }.joined(separator: " and "))", what: what)
        default:
            return EventPhrase(title: Words.uncamel(event.typeName))
        }
    }

    /// A plan's costed lines, needs and risks.
    func planLines(_ plan: SupportPlanContent, _ g: inout Disclosure) -> [String] {
        var out = ["Written by: \(Words.uncamel(plan.author.rawValue)). \(Words.planCost(plan))"]
        for line in plan.lines {
            let provider = line.provider.map { ", from \($0)" } ?? ""
            out.append("Line \(line.lineId): \(line.description) (\(Words.service(line.kind))\(provider)): \(Words.lineCost(line)).")
        }
        if !plan.freeLines.isEmpty {
            out.append("The person's contribution applies only to the chargeable part: \(Words.weekly(plan.chargeableWeeklyCost)) of the weekly cost.")
        }
        for need in plan.needs {
            out.append("Need: \(need.need) — eligible: \(yesNo(need.eligible)); the council will meet it: \(yesNo(need.councilWillMeet)); how: \(need.howMet).")
        }
        for risk in plan.risks {
            out.append("Risk: \(g.field("risks", "\(risk.risk) — managed by: \(risk.howManaged); owner: \(risk.owner)")).")
        }
        out += planComponents(plan, &g)
        let missing = plan.components.missing
        if !missing.isEmpty {
            out.append("Missing essential parts: \(missing.map { "\($0.number). \($0.words)" }.joined(separator: "; ")).")
        }
        return out
    }

    // issue 15: voice — the plan in the person's words.
    /// The plan's essential components present, each in the words written in the plan, in
    /// component order: "1. What is important to the person: …" (support planning training deck,
    /// the 7 essential components). Withheld from the customer's copy when the plan is restricted.
    func planComponents(_ plan: SupportPlanContent, _ g: inout Disclosure) -> [String] {
        PlanComponent.allCases.compactMap { c in
            guard let text = plan.components[c], !plan.components.missing.contains(c) else { return nil }
            return "\(c.number). \(c.words.capitalisingFirst): \(g.field("plan", text))"
        }
    }

    /// "every four weeks".
    func frequency(_ f: PaymentFrequency) -> String {
        switch f {
        case .weekly: "every week"
        case .fourWeekly: "every four weeks"
        case .monthly: "every month"
        case .oneOff: "once"
        }
    }
}

extension String {
    /// The text with its first letter upper case: "what is important" → "What is important".
    var capitalisingFirst: String { prefix(1).uppercased() + dropFirst() }
    /// Hyphens as spaces: "single-pension-age" → "single pension age".
    var replacingHyphens: String { String(map { $0 == "-" ? " " : $0 }) }
    /// The text before any parenthesis, without trailing spaces.
    var beforeParenthesis: String { split(separator: "(", maxSplits: 1).first.map { String($0).trimmingTrailingSpace } ?? self }
    /// The string without trailing spaces.
    var trimmingTrailingSpace: String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
