import CaseLedger

extension Explainer {
    /// The weekly contribution: every financial assessment in order, then the one in force and
    /// its arithmetic.
    mutating func contribution() {
        for e in entriesWithNotices(["financialAssessmentCompleted", "reablementStarted", "withdrawalDecided"]) { step(e) }
        let dated = date.map { state.contributions.entry(on: $0) } ?? state.contributions.latest
        guard let dated else {
            answer = "No financial assessment is in force \(when), so no contribution is charged."
            return
        }
        guard let fa = dated.value else {
            answer = "No contribution is charged \(when): it ended on \(Words.date(dated.effectiveDate)) when services were withdrawn."
            return
        }
        let src = source(dated).map { "ref. \($0.seq)" } ?? "ref. \(dated.seq)"
        if fa.paysFullCost {
            answer = "The person pays the full cost \(when), from \(Words.date(dated.effectiveDate)) (\(src))."
            reason("Result: the full cost, because \(fa.basis == .declinedToDisclose ? "the person chose not to share their finances" : "their capital is above the upper capital limit").")
            return
        }
        answer = "Weekly contribution \(when): \(Words.weekly(fa.weeklyContribution)), in force from \(Words.date(dated.effectiveDate)) (\(src))."
        if !fa.exemptions.isEmpty {
            reason("Result: \(fa.weeklyContribution), because \(fa.exemptions.map(\.words).joined(separator: "; ")).")
            return
        }
        let income = "\(fa.weeklyIncome) weekly income + \(fa.weeklyTariffIncome) tariff income from capital"
        let less = "− \(fa.weeklyMinimumIncomeGuarantee) Minimum Income Guarantee − \(fa.weeklyDisabilityRelatedExpenditure) disability-related expenditure − \(fa.weeklyHousingCosts) housing costs"
        let left = fa.weeklyIncome + fa.weeklyTariffIncome - fa.weeklyMinimumIncomeGuarantee
            - fa.weeklyDisabilityRelatedExpenditure - fa.weeklyHousingCosts
        var lines = ["\(income) \(less) = \(left)."]
        if left < .zero { lines.append("A contribution is never less than £0.00, so it is £0.00.") }
        if let id = fa.rateTableId { lines.append("Figures from the charging rate table \(id)\(fa.rateTableValidFrom.map { ", in force from \(Words.date($0))" } ?? "").") }
        // issue 15: charging — the contribution is charged on the chargeable part only.
        if let b = (date.map { state.personalBudget.value(on: $0) } ?? state.personalBudget.current),
           let planId = b.planId, let record = state.plans[planId] {
            let content = record.versions[min(max(b.planVersion ?? record.currentVersion, 1), record.versions.count) - 1]
            if !content.freeLines.isEmpty {
                let free = content.freeLines.map { "\($0.lineId) (\($0.description): \($0.exemption!.words))" }.joined(separator: ", ")
                let chargeable = state.chargeableWeekly(of: b.weeklyTotal, planId: planId, version: b.planVersion)
                lines.append("It is charged only on the chargeable part of the personal budget, \(Words.weekly(chargeable)): plan \(planId) line\(content.freeLines.count == 1 ? "" : "s") \(free) — no contribution applies to \(content.freeLines.count == 1 ? "it" : "them") (Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 3).")
            }
        }
        let hidden = source(dated).map { !$0.withheld.isEmpty } ?? false
        reason("Result (\(src)): \(Words.weekly(fa.weeklyContribution)).", hidden ? [WithheldItem.placeholder + " (some figures of this calculation)"] : lines)
    }

    /// The personal budget: indicative budget, plan, budget set, sign-off, and the split.
    mutating func budget() {
        let types: Set<String> = [
            "indicativeBudgetCalculated", "supportPlanDrafted", "supportPlanRevised", "financialAssessmentCompleted",
            "personalBudgetSet", "planSignedOff", "planSignOffRefused", "withdrawalDecided",
        ]
        for e in entriesWithNotices(types) { step(e, withWhat: e.eventType != "supportPlanDrafted" && e.eventType != "supportPlanRevised") }
        let dated = date.map { state.personalBudget.entry(on: $0) } ?? state.personalBudget.latest
        guard let dated else {
            answer = "No personal budget is set \(when)."
            return
        }
        guard let b = dated.value else {
            answer = "No personal budget is in force \(when): it ended on \(Words.date(dated.effectiveDate)) when services were withdrawn."
            return
        }
        let src = source(dated).map { "ref. \($0.seq)" } ?? "ref. \(dated.seq)"
        answer = "Personal budget \(when): \(Words.weekly(b.weeklyTotal)) from \(Words.date(dated.effectiveDate)) (\(src)): "
            + "the person pays \(b.weeklyCustomerContribution) and the council \(b.weeklyCouncilContribution) a week."
        var lines = ["\(b.weeklyCustomerContribution) (the person's contribution) + \(b.weeklyCouncilContribution) (the council) = \(b.weeklyTotal) a week."]
        if let ind = b.indicativeWeeklyAmount {
            lines.append(b.aboveIndicative
                ? "It is above the indicative budget of \(Words.weekly(ind)), so it needed authorisation under the scheme of delegation."
                : "It is within the indicative budget of \(Words.weekly(ind)).")
        }
        if let once = b.oneOffTotal {
            lines.append("It also funds one-off amounts of \(once), paid once by the council: never counted by the week.")
        }
        if let signed = (date.map { state.planInForce.entry(on: $0) } ?? state.planInForce.latest)?.value {
            lines.append(signed.oneOffCost.map {
                "The signed-off plan \(signed.planId) version \(signed.version) costs \(Words.weekly(signed.weeklyCost)) and \($0) once (one-off, never ×52): \(signed.annualCost) for its first year."
            } ?? "The signed-off plan \(signed.planId) version \(signed.version) costs \(Words.weekly(signed.weeklyCost)) (\(signed.annualCost) a year).")
        }
        // issue 15: charging — which lines are free, and the part the contribution applies to.
        if let planId = b.planId, let record = state.plans[planId] {
            let content = record.versions[min(max((b.planVersion ?? record.currentVersion), 1), record.versions.count) - 1]
            for line in content.freeLines {
                lines.append("Line \(line.lineId) (\(line.description), \(Words.lineCost(line))): no contribution applies to it (Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 3).")
            }
            if !content.freeLines.isEmpty {
                let chargeable = state.chargeableWeekly(of: b.weeklyTotal, planId: planId, version: b.planVersion)
                lines.append("The chargeable part is \(Words.weekly(chargeable)); the person's contribution of \(Words.weekly(b.weeklyCustomerContribution)) applies to it alone.")
            }
        }
        reason("Result (\(src)): \(Words.weekly(b.weeklyTotal)).", lines)
    }
}
