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
        try checkReg3(p)
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

// issue 15: direct payments and capacity
extension CaseDecider {
    /// A direct payment arrangement naming a close relationship says who is paid and whether they
    /// live in the same household; one paying a spouse, civil partner, partner or close family
    /// member in the household needs the council's necessity decision in force (reg 3).
    func checkReg3(_ p: ArrangeDelivery) throws(Rejection) {
        let date = p.metadata.effectiveDate
        for a in p.arrangements where a.mechanism == .directPayment {
            guard let relationship = a.payeeRelationship, relationship.isSpouseOrCloseFamily else { continue }
            if (a.payee ?? "").isBlank || a.payeeLivesInHousehold == nil {
                throw Rejection(.directPaymentPayeeUnstated,
                    "the direct payment for \(customerName) pays their \(relationship.words): give the payee's name (payee) and whether they live in the same household (payeeLivesInHousehold)", source: "Care and Support (Direct Payments) Regulations 2014 reg 3")
            }
        }
        if let breach = state.reg3Breach(p.arrangements, on: date) {
            let who = breach.arrangement.payeeRelationship?.words ?? "relative"
            throw Rejection(.directPaymentCloseFamilyInHousehold,
                "the direct payment for \(customerName) cannot pay \(breach.payee), their \(who) living in the same household, from \(date.words): no council decision that it is necessary (to meet needs or for administration) is recorded for \(breach.payee); record it with its reasons first (decideDirectPaymentNecessity)", source: "Care and Support (Direct Payments) Regulations 2014 reg 3")
        }
    }

    /// An agreement with a new id: who receives the payment (the person and a nominated person
    /// need capacity; an authorised person needs the finding that the person lacks it), an amount
    /// within the limits, and the monitoring and review arrangements stated.
    func agreeDirectPayment(_ p: DirectPaymentAgreed) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.agreementId, in: state.directPaymentAgreements.entries.compactMap { $0.value?.agreementId }, "direct payment agreement")
        try checkAmount(p.weeklyAmount, "the weekly amount of direct payment agreement \(p.agreementId)")
        if p.recipientName.isBlank || p.monitoring.isBlank || p.reviewArrangements.isBlank {
            throw Rejection(.directPaymentAgreementIncomplete,
                "direct payment agreement \(p.agreementId) for \(customerName) states who receives the payment (recipientName), how its use is monitored (monitoring) and how it is reviewed (reviewArrangements)", source: "Care and Support (Direct Payments) Regulations 2014 reg 7")
        }
        if let breach = state.recipientBreach(of: p, customer: customerName) { throw breach }
        return [.directPaymentAgreed(p)]
    }

    /// The council's reg 3 decision: a new id, the payee named, and what it is necessary for.
    func decideDirectPaymentNecessity(_ p: DirectPaymentNecessityDecided) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.decisionId, in: state.directPaymentNecessityDecisions.keys, "direct payment necessity decision")
        if p.payee.isBlank || !(p.necessaryToMeetNeeds || p.necessaryForAdministration) {
            throw Rejection(.directPaymentNecessityUnstated,
                "necessity decision \(p.decisionId) for \(customerName) names who is paid (payee) and says whether paying them is necessary to meet needs (necessaryToMeetNeeds) or to administer the payment (necessaryForAdministration)", source: "Care and Support (Direct Payments) Regulations 2014 reg 3")
        }
        return [.directPaymentNecessityDecided(p)]
    }

    /// A refusal with written reasons (checked with every command that must give reasons).
    func refuseDirectPayment(_ p: DirectPaymentRefused) throws(Rejection) -> [CaseEvent] {
        [.directPaymentRefused(p)]
    }

    /// A termination with written reasons, where a direct payment is in force on its date.
    func terminateDirectPayment(_ p: DirectPaymentTerminated) throws(Rejection) -> [CaseEvent] {
        let date = p.metadata.effectiveDate
        guard state.delivery.value(on: date)?.includesDirectPayment ?? false else {
            throw Rejection(.directPaymentNotInForce,
                "no direct payment for \(customerName) is in force on \(date.words) to terminate", source: "Care and Support (Direct Payments) Regulations 2014")
        }
        return [.directPaymentTerminated(p)]
    }
}
