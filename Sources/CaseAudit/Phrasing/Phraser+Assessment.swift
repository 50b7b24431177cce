import CaseLedger

extension Phraser {
    /// Contact and assessment: referral, advice, allocation, assessments, eligibility, notices,
    /// best-interests decisions.
    func phraseAssessment(_ event: CaseEvent, _ g: inout Disclosure) -> EventPhrase {
        switch event {
        case .referralReceived(let e):
            let who = e.caseKind == .carer
                ? "a carer, caring for \(g.field("caredForPerson", e.caredForPerson ?? "someone not named"))"
                : "an adult who may need care and support"
            let referrer = e.referrerName.map { " (\(g.field("referrerName", $0)))" } ?? ""
            return EventPhrase(title: "Referral received: the case was opened", what: [
                "Referral for \(g.field("customerName", e.customerName)), \(who).",
                "Referred by \(Words.source(e.source))\(referrer); route of access: \(Words.route(e.routeOfAccess)).",
                "Presenting need: \(g.field("presentingNeed", e.presentingNeed)).",
            ])
        case .informationAndAdviceGiven(let e):
            return EventPhrase(title: "Information and advice given", what: [
                "Topics: \(g.field("topics", e.topics.isEmpty ? "none recorded" : e.topics.joined(separator: "; "))).",
                "Signposted to: \(g.field("signpostedTo", e.signpostedTo.isEmpty ? "nobody" : e.signpostedTo.joined(separator: "; "))).",
                "Further action needed: \(yesNo(e.furtherActionNeeded)).",
            ])
        case .workerAllocated(let e):
            let team = e.team.map { " (team: \($0))" } ?? ""
            return EventPhrase(title: "Allocated worker: \(staffName(e.workerId))", what: [
                "\(staffName(e.workerId)) became the allocated worker\(team).",
            ])
        case .needsAssessed(let e):
            let missed = e.outcomes.filter { !$0.achieved }
            var what = [
                "Needs arise from a physical or mental impairment or illness: \(yesNo(e.needsArisingFromImpairment)) (\(g.field("impairmentOrIllness", e.impairmentOrIllness))).",
                "Outcomes the person is unable to achieve: \(missed.count) of \(e.outcomes.count).",
            ]
            for o in missed {
                let grounds = o.grounds.map(\.words).joined(separator: "; ")
                let note = o.notes.map { " Note: \(g.field("outcomes", $0))." } ?? ""
                what.append("Not achieved: \(o.outcome.words) — \(grounds).\(note)")
            }
            what.append("Impact on wellbeing: \(e.wellbeingImpact.significant ? "significant" : "not significant") — \(g.field("wellbeingImpact", e.wellbeingImpact.description)).")
            return EventPhrase(title: "Needs assessment \(e.assessmentId) completed", what: what, evidence: [
                "Who took part: \(g.field("participants", participants(e.participants))).",
                "Independent advocacy considered: \(yesNo(e.advocacy.considered)); advocate needed: \(yesNo(e.advocacy.advocateNeeded))\(e.advocacy.advocateName.map { " (\(g.field("advocacy", $0)))" } ?? "").",
            ])
        case .carersAssessed(let e):
            let missed = e.outcomes.filter { !$0.achieved }
            var what = [
                "Cares for: \(g.field("caredForPerson", e.caredForPerson)).",
                "Needs arise from providing necessary care: \(yesNo(e.needsArisingFromCaring)); the carer's health is at risk: \(yesNo(e.healthAtRisk)).",
                "Outcomes the carer is unable to achieve: \(missed.count) of \(e.outcomes.count).",
            ]
            for o in missed {
                what.append("Not achieved: \(o.outcome.words) — \(o.grounds.map(\.words).joined(separator: "; ")).")
            }
            what.append("Impact on wellbeing: \(e.wellbeingImpact.significant ? "significant" : "not significant") — \(g.field("wellbeingImpact", e.wellbeingImpact.description)).")
            what.append("Able and willing to continue caring: \(yesNo(e.willingToContinueCaring)).")
            return EventPhrase(title: "Carer's assessment \(e.assessmentId) completed", what: what, evidence: [
                "Who took part: \(g.field("participants", participants(e.participants))).",
                "Independent advocacy considered: \(yesNo(e.advocacy.considered)); advocate needed: \(yesNo(e.advocacy.advocateNeeded)).",
            ])
        case .eligibilityDetermined(let e):
            var what: [String]
            if e.caseKind == .carer {
                what = [
                    "(a) The needs arise from providing necessary care: \(e.conditionMet ? "met" : "not met").",
                    "(b) The carer's health is at risk, or they cannot achieve at least one outcome: \(e.healthAtRisk || !e.outcomesNotAchieved.isEmpty ? "met" : "not met")"
                        + " (health at risk: \(yesNo(e.healthAtRisk)); outcomes not achieved: \(e.outcomesNotAchieved.count)).",
                ]
            } else {
                what = [
                    "(a) The needs arise from a physical or mental impairment or illness: \(e.conditionMet ? "met" : "not met").",
                    "(b) Unable to achieve 2 or more of the 10 outcomes: \(e.outcomesNotAchieved.count >= 2 ? "met" : "not met") (\(e.outcomesNotAchieved.count) not achieved).",
                ]
            }
            what.append("(c) As a result, a significant impact on wellbeing: \(e.significantWellbeingImpact ? "met" : "not met").")
            what.append(e.eligible
                ? "Eligible needs: \(e.eligibleNeeds.isEmpty ? "none listed" : e.eligibleNeeds.map(Words.need).joined(separator: "; "))."
                : "No needs are eligible, so the council does not have to meet them; information and advice must be given in writing.")
            return EventPhrase(
                title: "Eligibility decided on assessment \(e.assessmentId): \(e.eligible ? "eligible" : "not eligible")", what: what)
        case .eligibilityNoticeSent(let e):
            return EventPhrase(title: "Written record of the eligibility decision sent", what: [
                "Sent to \(g.field("sentTo", e.sentTo)) as \(Words.format(e.format)) on \(Words.date(e.metadata.effectiveDate)), for assessment \(e.assessmentId)"
                    + (e.includesAdviceAndInformation ? ", with written advice and information." : "."),
                Words.rightsStated(e.rightsStated),
            ])
        case .bestInterestsDecisionMade(let e):
            return EventPhrase(title: "Best-interests decision: \(e.matter)", what: [
                "The person was found to lack capacity for this decision: \(yesNo(e.lacksCapacityForDecision)) (\(g.field("capacityAssessment", e.capacityAssessment))).",
                "The person's wishes and feelings: \(g.field("personsWishes", e.personsWishes)).",
                "Options considered: \(e.optionsConsidered.joined(separator: "; ")).",
                "Decision: \(e.decision).",
                "The least restrictive option: \(yesNo(e.leastRestrictiveOption)).",
            ] + (e.capacityAssessmentId.map { ["Relies on capacity assessment \($0)\(capacityReference($0))."] } ?? []), evidence: ["Consulted: \(g.field("consulted", participants(e.consulted)))."])
        default:
            return EventPhrase(title: Words.uncamel(event.typeName))
        }
    }
}
