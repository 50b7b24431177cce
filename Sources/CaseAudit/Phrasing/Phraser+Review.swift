import CaseLedger

extension Phraser {
    /// Review, withdrawal, closure and reopening.
    func phraseReview(_ event: CaseEvent, _ g: inout Disclosure) -> EventPhrase {
        switch event {
        case .reviewRequested(let e):
            let who = e.requesterName.map { g.field("requesterName", $0) } ?? Words.requester(e.requestedBy)
            let title = e.requestedBy == .scheduled && e.requesterName == nil
                ? "Review \(e.reviewId) due as planned" : "Review \(e.reviewId) requested by \(who)"
            return EventPhrase(title: title, what: [
                "Reason: \(Words.reviewReason(e.reason)).",
                "Change of circumstances: \(g.field("changeOfCircumstances", e.changeOfCircumstances)).",
            ])
        case .reviewCompleted(let e):
            return EventPhrase(title: "Review \(e.reviewId) completed: \(Words.reviewOutcome(e.outcome))", what: [
                "Outcome: \(Words.reviewOutcome(e.outcome)).",
                "Needs still eligible: \(yesNo(e.needsStillEligible)).",
                "The person was invited to take part: \(yesNo(e.customerInvited)).",
                "Findings: \(g.field("findings", e.findings)).",
            ], evidence: ["Who took part: \(g.field("participants", participants(e.participants)))."])
        case .withdrawalDecided(let e):
            return EventPhrase(title: "Services withdrawn from \(Words.date(e.metadata.effectiveDate))", what: [
                "Services are withdrawn from \(Words.date(e.metadata.effectiveDate)), following review \(e.reviewId), which found the needs no longer eligible.",
                "The personal budget, the signed-off plan, its delivery and the contribution end on that date.",
            ])
        case .withdrawalNoticeSent(let e):
            return EventPhrase(title: "Written notice of the withdrawal of services sent", what: [
                "Sent to \(g.field("sentTo", e.sentTo)) as \(Words.format(e.format)) on \(Words.date(e.metadata.effectiveDate)).",
                Words.rightsStated(e.rightsStated),
            ])
        case .caseClosed(let e):
            var what = ["The case was closed on \(Words.date(e.metadata.effectiveDate)) because \(Words.closure(e.reason))."]
            if let council = e.receivingCouncil {
                what.append("Responsibility for the person's care passed to \(g.field("receivingCouncil", council)).")
            }
            return EventPhrase(title: "Case closed: \(Words.closure(e.reason))", what: what)
        case .caseReopened(let e):
            return EventPhrase(title: "Case reopened", what: [
                "The case was reopened on \(Words.date(e.metadata.effectiveDate)); route of access: \(Words.route(e.routeOfAccess)).",
            ])
        default:
            return EventPhrase(title: Words.uncamel(event.typeName))
        }
    }
}
