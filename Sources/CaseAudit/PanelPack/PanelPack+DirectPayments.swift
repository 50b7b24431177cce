import CaseLedger

// issue 15: direct payments and capacity
extension PanelPack {
    /// Who holds the money and on what footing: the direct payments in force with whom they pay,
    /// the agreement in force (the person, a nominated or an authorised person, and the capacity
    /// assessment it relies on), every reg 3 necessity decision with its reasons, the capacity
    /// assessments, and direct payments refused or ended. Nil when the case has none of these
    /// (so packs of cases without them read as they did).
    static func directPayments(_ state: CaseState, on date: CalendarDate?) -> ReportSection? {
        let delivery = date.flatMap { state.delivery.value(on: $0) } ?? state.delivery.current
        let agreement = date.map { state.directPaymentAgreement(on: $0)?.value } ?? state.directPaymentAgreements.current
        let dps = delivery?.arrangements.filter { $0.mechanism == .directPayment } ?? []
        let named = dps.contains { $0.payeeRelationship != nil }
        guard named || !state.directPaymentAgreements.entries.isEmpty || !state.directPaymentNecessityDecisions.isEmpty
            || !state.capacityAssessments.isEmpty || !state.directPaymentRefusals.isEmpty || !state.directPaymentTerminations.isEmpty
        else { return nil }
        var blocks: [ReportBlock] = []
        if let delivery, !dps.isEmpty {
            blocks.append(.table(ReportTable(
                caption: "Direct payments in force, from \(Words.date(delivery.metadata.effectiveDate))",
                headers: ["Lines", "Weekly amount", "Held by", "Pays", "Relationship", "Same household"],
                rows: dps.map { a in
                    [a.lineIds.joined(separator: ", "), Words.weekly(a.weeklyAmount), mark(delivery.metadata, "arrangements", a.heldBy),
                     a.payee.map { mark(delivery.metadata, "arrangements", $0) } ?? "not stated",
                     a.payeeRelationship?.words ?? "not stated",
                     a.payeeLivesInHousehold.map { $0 ? "yes" : "no" } ?? "not stated"]
                })))
        }
        if let a = agreement {
            var facts = [
                Fact("Agreement", "\(a.agreementId), from \(Words.date(a.metadata.effectiveDate)): \(Words.weekly(a.weeklyAmount))"),
                Fact("Paid to", "\(mark(a.metadata, "recipientName", a.recipientName)), \(a.recipient.words)"),
                Fact("Monitoring", a.monitoring),
                Fact("Review", a.reviewArrangements),
            ]
            if let id = a.capacityAssessmentId {
                let found = state.capacityAssessments[id].map { "\(id) of \(Words.date($0.effectiveDate))" } ?? id
                facts.append(Fact("Relies on capacity assessment", found))
            }
            blocks.append(.facts(facts))
        } else if !dps.isEmpty {
            blocks.append(.callout("No direct payment agreement is recorded for the direct payment in force (Care Act 2014 s31-33)."))
        }
        let necessity = state.directPaymentNecessityDecisions.values.sorted { ($0.effectiveDate, $0.seq) < ($1.effectiveDate, $1.seq) }
        if !necessity.isEmpty {
            blocks.append(.table(ReportTable(
                caption: "The council's decisions that paying a close relative in the household is necessary (Direct Payments Regulations 2014 reg 3)",
                headers: ["Decision", "Takes effect", "Pays", "Relationship", "Necessary for", "Reasons"],
                rows: necessity.compactMap { d in
                    d.value.map { n in
                        let purposes = [n.necessaryToMeetNeeds ? "meeting needs" : nil, n.necessaryForAdministration ? "administration" : nil].compactMap { $0 }
                        return [n.decisionId, Words.date(d.effectiveDate), mark(n.metadata, "payee", n.payee), n.relationship.words,
                                purposes.joined(separator: " and "), n.metadata.reasons.joined(separator: "; ")]
                    }
                })))
        }
        let capacity = state.capacityAssessments.values.sorted { ($0.effectiveDate, $0.seq) < ($1.effectiveDate, $1.seq) }
        if !capacity.isEmpty {
            blocks.append(.table(ReportTable(
                caption: "Capacity assessments (Mental Capacity Act 2005 ss2-3)",
                headers: ["Assessment", "Takes effect", "The decision", "Finding", "Assessed by"],
                rows: capacity.compactMap { d in
                    d.value.map { c in
                        [c.assessmentId, Words.date(d.effectiveDate), c.matter,
                         c.lacksCapacity ? "lacks capacity (cannot \(c.inabilities.joined(separator: ", ")))" : "has capacity",
                         mark(c.metadata, "assessedBy", c.assessedBy)]
                    }
                })))
        }
        let ended = state.directPaymentRefusals.compactMap { d in
            d.value.map { "Refused on \(Words.date(d.effectiveDate)): \($0.metadata.reasons.joined(separator: "; "))" }
        } + state.directPaymentTerminations.compactMap { d in
            d.value.map { "Ended from \(Words.date(d.effectiveDate)): \($0.metadata.reasons.joined(separator: "; "))" }
        }
        if !ended.isEmpty { blocks.append(.list(label: "Direct payments refused or ended", items: ended)) }
        return ReportSection(heading: "Direct payments and capacity", anchor: "direct-payments", blocks: blocks)
    }
}
