import CaseLedger

extension Phraser {
    /// Challenges, the Risk Enablement Panel, complaints, disputes and corrections.
    func phraseChallenges(_ event: CaseEvent, _ g: inout Disclosure) -> EventPhrase {
        switch event {
        case .challengeRaised(let e):
            var what = [
                "Raised by \(g.field("raisedBy", e.raisedBy)) about \(e.subject.words).",
                "In their words: \(g.field("details", "\u{201C}\(e.details)\u{201D}")).",
            ]
            if !e.challengedEventIds.isEmpty {
                what.append("Decisions challenged: \(e.challengedEventIds.map(reference).joined(separator: "; ")).")
            }
            what.append("A challenge starts with the allocated worker and may go to the line manager, the Risk Enablement Panel and the complaints procedure.")
            return EventPhrase(title: "Challenge \(e.challengeId) raised: \(e.subject.words)", what: what)
        case .challengeEscalated(let e):
            return EventPhrase(title: "Challenge \(e.challengeId) taken to \(Words.level(e.toLevel))", what: [
                "The challenge moved from \(Words.level(e.fromLevel)) to \(Words.level(e.toLevel)).",
            ])
        case .challengeResolved(let e):
            return EventPhrase(title: "Challenge \(e.challengeId) resolved: \(Words.outcome(e.outcome))", what: [
                "Resolved by \(Words.level(e.level)): \(Words.outcome(e.outcome)).",
                "Actions: \(e.actions.isEmpty ? "none" : e.actions.joined(separator: "; ")).",
            ])
        case .riskEnablementPanelDecided(let e):
            var what = [
                "Decision: \(e.decision).",
                "Rationale: \(e.rationale).",
                "Options considered: \(e.optionsConsidered.joined(separator: "; ")).",
            ]
            for r in e.risks {
                what.append("Risk: \(g.field("risks", "\(r.risk) — managed by: \(r.howManaged); owner: \(staffOrName(r.owner))")).")
            }
            what.append("Action owner: \(staffOrName(e.actionOwner)); the decision will be reviewed on \(Words.date(e.reviewDate)).")
            what.append("The panel advises; the allocated worker keeps responsibility for the decision.")
            if let c = e.challengeId { what.append("Considered as part of challenge \(c).") }
            return EventPhrase(title: "Risk Enablement Panel decision \(e.panelDecisionId)", what: what,
                evidence: ["Panel members: \(g.field("attendees", e.attendees.joined(separator: ", ")))."])
        case .complaintReceived(let e):
            return EventPhrase(title: "Complaint \(e.complaintId) received", what: [
                "Made by \(g.field("complainant", e.complainant)). What it is about: \(g.field("about", e.about)).",
                "About a matter of \(Words.date(e.matterDate)); made within the 12-month time limit: \(yesNo(e.withinTimeLimit)).",
                "To be acknowledged by \(Words.date(e.acknowledgeBy)) and answered by \(Words.date(e.respondBy)).",
            ] + (e.challengeId.map { ["Follows challenge \($0)."] } ?? []))
        case .complaintAcknowledged(let e):
            return EventPhrase(title: "Complaint \(e.complaintId) acknowledged", what: [
                "Acknowledged within 3 working days: \(yesNo(e.withinTimeLimit)).",
                "The written response is due by \(Words.date(e.respondBy)).",
            ])
        case .complaintResponded(let e):
            return EventPhrase(title: "Complaint \(e.complaintId) answered: \(Words.finding(e.finding))", what: [
                "Finding: \(Words.finding(e.finding)).",
                "Conclusions: \(g.field("conclusions", e.conclusions)).",
                "Remedial action: \(e.remedialActions.isEmpty ? "none" : e.remedialActions.joined(separator: "; ")).",
                "Signed by \(e.signedBy); the right to go to the Local Government and Social Care Ombudsman explained: \(yesNo(e.ombudsmanRightsExplained)).",
                "Answered within the time limit: \(yesNo(e.withinTimeLimit)).",
            ])
        case .opinionDisputed(let e):
            return EventPhrase(title: "Opinion disputed in \(reference(e.targetEventId))", what: [
                "\(g.field("disputedBy", e.disputedBy)) disputes \(g.field("disputedStatement", e.disputedStatement)).",
                "Their account: \(g.field("customerAccount", "\u{201C}\(e.customerAccount)\u{201D}")).",
                "The opinion stays in the record, marked as disputed, with this account beside it.",
            ])
        case .eventCorrected(let e):
            var inner = Disclosure(copy: copy, event: e.corrected)
            let corrected = phrase(e.corrected, &inner)
            g.absorb(inner.finish())
            return EventPhrase(title: "Correction of \(reference(e.supersedes))", what: [
                "The original entry stays in the record; from now on this correction is used in its place.",
                "Corrected: \(corrected.title).",
            ] + corrected.what, correctedTitle: corrected.title)
        default:
            return EventPhrase(title: Words.uncamel(event.typeName))
        }
    }

    /// A staff member's name when `id` is on the register, otherwise the text as recorded.
    func staffOrName(_ id: String) -> String {
        register.member(id) != nil ? staffName(id) : id
    }
}
