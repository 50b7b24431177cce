extension CaseDecider {
    /// Works out the contribution from the charging rate table in force on the effective date.
    /// Any exemption (carers' services are added for a carer's case when configured free) makes
    /// it zero; declining to disclose means paying the full cost; a contribution cannot start
    /// within free reablement.
    func completeFinancialAssessment(_ p: CompleteFinancialAssessment) throws(Rejection) -> [CaseEvent] {
        let date = p.metadata.effectiveDate
        try checkUnused(p.financialAssessmentId, in: state.financialAssessmentIds, "financial assessment")
        try checkAmount(p.capital, "capital")
        try checkAmount(p.weeklyIncome, "weekly income")
        try checkAmount(p.weeklyDisabilityRelatedExpenditure, "weekly disability-related expenditure")
        try checkAmount(p.weeklyHousingCosts, "weekly housing costs")
        let exemptions = state.exemptions(assessed: p.exemptions, carersServicesFree: config.carersServicesFree)
        if p.basis == .exempt, exemptions.isEmpty {
            throw Rejection(.exemptionUnnamed,
                "financial assessment \(p.financialAssessmentId) is on the basis \"exempt\" but names no exemption (carer's services, s117 aftercare, reablement, CJD)")
        }
        var e = FinancialAssessmentCompleted(
            metadata: p.metadata, financialAssessmentId: p.financialAssessmentId, basis: p.basis,
            exemptions: exemptions, rateTableId: nil, rateTableValidFrom: nil, capital: p.capital,
            weeklyIncome: p.weeklyIncome, incomeCategory: p.incomeCategory,
            weeklyMinimumIncomeGuarantee: .zero,
            weeklyDisabilityRelatedExpenditure: p.weeklyDisabilityRelatedExpenditure,
            weeklyHousingCosts: p.weeklyHousingCosts, weeklyTariffIncome: .zero,
            paysFullCost: false, weeklyContribution: .zero)
        if exemptions.isEmpty, p.basis == .declinedToDisclose {
            e.paysFullCost = true
        } else if exemptions.isEmpty {
            guard let table = config.rateTable(on: date) else {
                throw Rejection(.rateTableMissing, "no charging rate table is in force on \(date.words)")
            }
            guard let category = p.incomeCategory, let mig = table.weeklyMinimumIncomeGuarantee[category] else {
                let known = table.weeklyMinimumIncomeGuarantee.keys.sorted().joined(separator: ", ")
                throw Rejection(.rateTableMissing,
                    "the \(table.id) rate table has no Minimum Income Guarantee for income category \"\(p.incomeCategory ?? "")\" (categories: \(known))")
            }
            e.rateTableId = table.id
            e.rateTableValidFrom = table.validFrom
            e.weeklyMinimumIncomeGuarantee = mig
            if p.capital > table.upperCapitalLimit {
                e.paysFullCost = true
            } else {
                e.weeklyTariffIncome = table.weeklyTariffIncome(capital: p.capital)
                let left = p.weeklyIncome + e.weeklyTariffIncome - mig
                    - p.weeklyDisabilityRelatedExpenditure - p.weeklyHousingCosts
                e.weeklyContribution = max(left, .zero)
                // Worked out from the rate table's figures: held to the same limit as any amount.
                try checkWithinLimit(e.weeklyTariffIncome, "the weekly tariff income worked out")
                try checkWithinLimit(e.weeklyContribution, "the weekly contribution worked out")
            }
        }
        if e.chargesContribution, let free = state.freeReablement(on: date) {
            throw Rejection(.contributionInFreeReablement,
                "a contribution of \(e.paysFullCost ? "the full cost" : "\(e.weeklyContribution) a week") cannot take effect on \(date.words) for \(caseName): reablement \(free.started.reablementId) is free until \(free.started.freeUntil.words); make it effective from \(free.started.freeUntil.adding(days: 1).words) at the earliest")
        }
        return [.financialAssessmentCompleted(e)]
    }

    /// Only one period of reablement at a time; its free period comes from the configuration.
    func startReablement(_ p: StartReablement) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.reablementId, in: state.reablements.keys, "reablement")
        if let running = state.reablements.values.first(where: \.isActive) {
            throw Rejection(.reablementAlreadyActive,
                "reablement \(running.started.reablementId) is still running; end it before starting another")
        }
        let start = p.metadata.effectiveDate
        return [.reablementStarted(ReablementStarted(
            metadata: p.metadata, reablementId: p.reablementId, provider: p.provider, goals: p.goals,
            freeUntil: config.reablementFreeUntil(start: start)))]
    }

    /// Only a running period ends.
    func endReablement(_ p: ReablementEnded) throws(Rejection) -> [CaseEvent] {
        guard let period = state.reablements[p.reablementId], period.isActive else {
            throw Rejection(.reablementNotActive, "reablement \(p.reablementId) is not running on \(caseName)")
        }
        return [.reablementEnded(p)]
    }
}
