import CaseLedger

// issue 15: direct payments and capacity
extension Phraser {
    /// Capacity assessments and the direct payment decisions (agreement, reg 3 necessity,
    /// refusal, termination).
    func phraseDirectPayments(_ event: CaseEvent, _ g: inout Disclosure) -> EventPhrase {
        switch event {
        case .capacityAssessed(let e):
            let finding = e.lacksCapacity
                ? "the person lacks capacity to make this decision at this time"
                : "the person has capacity to make this decision"
            return EventPhrase(title: "Capacity assessed: \(e.matter)", what: [
                "Assessed by: \(g.field("assessedBy", e.assessedBy)).",
                "The decision: \(e.matter)\(e.concernsDirectPayment ? " (whether to request or manage a direct payment)" : "").",
                "An impairment of, or disturbance in the functioning of, the mind or brain: \(yesNo(e.impairmentOfMindOrBrain)).",
                "Can understand the information: \(yesNo(e.canUnderstand)); retain it: \(yesNo(e.canRetain)); use or weigh it: \(yesNo(e.canUseOrWeigh)); communicate the decision: \(yesNo(e.canCommunicate)).",
                "Finding: \(finding) (Mental Capacity Act 2005 ss2-3).",
            ])
        case .directPaymentAgreed(let e):
            var what = [
                "Who receives the payment: \(g.field("recipientName", e.recipientName)), \(e.recipient.words).",
                "Amount: \(Words.weekly(e.weeklyAmount)).",
                "How its use is monitored: \(e.monitoring).",
                "How it is reviewed: \(e.reviewArrangements).",
            ]
            if let id = e.capacityAssessmentId {
                what.append("Relies on capacity assessment \(id)\(capacityReference(id)).")
            }
            return EventPhrase(title: "Direct payment agreed: \(Words.weekly(e.weeklyAmount)), paid to \(g.field("recipientName", e.recipientName))", what: what)
        case .directPaymentNecessityDecided(let e):
            var purposes: [String] = []
            if e.necessaryToMeetNeeds { purposes.append("to meet the person's needs") }
            if e.necessaryForAdministration { purposes.append("to administer the direct payment") }
            return EventPhrase(title: "Direct payment to a relative in the household decided necessary: \(g.field("payee", e.payee))", what: [
                "Who is paid: \(g.field("payee", e.payee)), the person's \(e.relationship.words), living in the same household.",
                "The council decided that paying them is necessary \(purposes.joined(separator: " and ")) (Care and Support (Direct Payments) Regulations 2014 reg 3).",
            ])
        case .directPaymentRefused(let e):
            return EventPhrase(title: "Direct payment refused", what: [
                "Asked for by \(g.field("requestedBy", e.requestedBy)) on \(Words.date(e.requestedOn)); refused with the written reasons below (Care and Support (Direct Payments) Regulations 2014).",
            ])
        case .directPaymentTerminated(let e):
            return EventPhrase(title: "Direct payments ended", what: [
                "Direct payments stop from \(Words.date(e.metadata.effectiveDate)), with the written reasons below (Care and Support (Direct Payments) Regulations 2014); the direct payment agreement ends with them.",
                "How the needs will be met from now on: \(e.alternativeArrangements).",
            ])
        default:
            return EventPhrase(title: Words.uncamel(event.typeName))
        }
    }

    /// ": ref. 12 (Capacity assessed: …)" for a capacity assessment of this case, or "".
    func capacityReference(_ assessmentId: String) -> String {
        guard let eventId = capacityAssessmentEvents[assessmentId] else { return "" }
        return ": \(reference(eventId))"
    }

    /// The payee of a direct payment arrangement and their relationship, in words, or "".
    func payeeWords(_ a: DeliveryArrangement, _ g: inout Disclosure) -> String {
        guard let payee = a.payee, payee.contains(where: { !$0.isWhitespace }) else { return "" }
        var words = "; pays \(g.field("arrangements", payee))"
        if let r = a.payeeRelationship { words += " (\(r.words)" + (a.payeeLivesInHousehold == true ? ", living in the same household)" : ")") }
        return words
    }
}
