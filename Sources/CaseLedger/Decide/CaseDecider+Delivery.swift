extension CaseDecider {
    /// Delivery of the plan's signed-off current version: every arrangement pays for lines of
    /// it; no direct payment for the configured excluded services (permanent residential or
    /// nursing care, NHS services, council-provided services); together within the personal
    /// budget in force on the effective date.
    func arrangeDelivery(_ p: ArrangeDelivery) throws(Rejection) -> [CaseEvent] {
        let record = try plan(p.planId)
        guard record.currentIsSignedOff else {
            throw Rejection(.planNotSignedOff,
                "delivery cannot be arranged on \(caseName): \(record.words(version: record.currentVersion)) is not signed off")
        }
        let lines = Dictionary(record.current.lines.map { ($0.lineId, $0) }, uniquingKeysWith: { a, _ in a })
        for a in p.arrangements {
            try checkAmount(a.weeklyAmount, "the weekly amount of a \(a.mechanism.rawValue) arrangement")
            try checkAmount(a.paymentAmount, "the payment amount of a \(a.mechanism.rawValue) arrangement")
            for id in a.lineIds {
                guard let line = lines[id] else {
                    throw Rejection(.deliveryLineUnknown,
                        "plan \(p.planId) version \(record.currentVersion) has no line \(id)")
                }
                if a.mechanism == .directPayment, config.directPaymentMayNotPay(for: line.kind) {
                    throw Rejection(.directPaymentExcludedService,
                        "a direct payment to \(state.referral?.customerName ?? caseName) cannot pay for line \(id) (\(line.description): \(line.kind.rawValue)); direct payments cannot be used for permanent residential or nursing care, NHS services or services the council provides")
                }
            }
        }
        let date = p.metadata.effectiveDate
        guard let budget = state.personalBudget.value(on: date) else {
            throw Rejection(.personalBudgetMissing, "no personal budget is in force on \(date.words) to deliver on \(caseName)")
        }
        let total = p.arrangements.map(\.weeklyAmount).total()
        try checkWithinLimit(total, "the arrangements' weekly total")
        if total > budget.weeklyTotal {
            throw Rejection(.deliveryExceedsBudget,
                "the arrangements come to \(total) a week, more than the personal budget of \(budget.weeklyTotal) a week")
        }
        return [.deliveryArranged(DeliveryArranged(
            metadata: p.metadata, planId: p.planId, planVersion: record.currentVersion,
            arrangements: p.arrangements))]
    }
}
