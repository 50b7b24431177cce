import CaseLedger

// issue 15: safeguard
extension Phraser {
    /// Safeguarding concerns, independent advocacy and subject access requests. Who raised a
    /// concern, and whom it is about, are shown as recorded unless the worker restricted those
    /// fields (the house's restricted-field mechanism): the person's copy then withholds them,
    /// marked, while still telling the person that a concern was raised and enquired into.
    func phraseSafeguard(_ event: CaseEvent, _ g: inout Disclosure) -> EventPhrase {
        switch event {
        case .safeguardingConcernRaised(let e):
            var what = [
                "A safeguarding concern was received on \(Words.date(e.metadata.effectiveDate)) from \(g.field("raisedBy", e.raisedBy)).",
                "The concern: \(g.field("concern", e.concern)).",
            ]
            if !e.abuseTypes.isEmpty {
                what.append("Kind of abuse or neglect it suggests: \(e.abuseTypes.map { Words.uncamel($0.rawValue) }.joined(separator: ", ")).")
            }
            if let source = e.allegedSource { what.append("Said to be caused by: \(g.field("allegedSource", source)).") }
            what.append("The council decides whether it must make enquiries (Care Act 2014 s42).")
            return EventPhrase(title: "Safeguarding concern \(e.concernId) raised", what: what)
        case .safeguardingDutyDecided(let e):
            return EventPhrase(
                title: "Safeguarding concern \(e.concernId): \(e.dutyApplies ? "the council must make enquiries" : "no s42 enquiry")",
                what: [
                    "Has needs for care and support: \(yesNo(e.hasCareAndSupportNeeds)).",
                    "Experiencing, or at risk of, abuse or neglect: \(yesNo(e.experiencingOrAtRiskOfAbuseOrNeglect)).",
                    "Unable to protect themselves because of those needs: \(yesNo(e.unableToProtectThemselves)).",
                    e.dutyApplies
                        ? "All three hold, so the council must make enquiries, or cause them to be made (Care Act 2014 s42)."
                        : "Not all three hold, so the enquiry duty does not apply (Care Act 2014 s42(1)).",
                ])
        case .safeguardingEnquiryStarted(let e):
            var what = [
                e.otherOrganisation.map { "The council asked \(g.field("otherOrganisation", $0)) to make the enquiry; it is made by \(g.field("enquiryBy", staffOrName(e.enquiryBy)))." }
                    ?? "The enquiry is made by \(g.field("enquiryBy", staffOrName(e.enquiryBy))).",
            ]
            what.append(e.desiredOutcomes.isEmpty
                ? "What the person wants from it: none recorded."
                : "What the person wants from it: \(g.field("desiredOutcomes", e.desiredOutcomes.map { "\u{201C}\($0)\u{201D}" }.joined(separator: "; "))).")
            what.append("The person was told about the enquiry: \(yesNo(e.personInformed)).")
            return EventPhrase(title: "Safeguarding enquiry into concern \(e.concernId) started", what: what)
        case .safeguardingOutcomeRecorded(let e):
            var what = ["Action: \(g.field("actions", e.actions.joined(separator: "; ")))."]
            for o in e.desiredOutcomes {
                what.append("Wanted \(g.field("desiredOutcomes", "\u{201C}\(o.outcome)\u{201D}")): \(Words.uncamel(o.result.rawValue)).")
            }
            return EventPhrase(title: "Safeguarding concern \(e.concernId): outcome", what: what)
        case .advocacyConsidered(let e):
            var what = [
                "Substantial difficulty being involved in \(e.process.words): \(yesNo(e.substantialDifficulty))\(e.difficultyAreas.isEmpty ? "" : " (\(e.difficultyAreas.map(\.words).joined(separator: "; ")))").",
                "Someone appropriate to support them: \(e.appropriatePersonAvailable ? g.field("appropriatePerson", e.appropriatePerson ?? "yes") : "no").",
            ]
            let needed = AdvocacyRules.advocateNeeded(e)
            if let a = e.advocateAppointed, !a.isEmpty {
                what.append("Independent advocate appointed: \(g.field("advocateAppointed", a)).")
            } else if needed {
                what.append("An independent advocate must be arranged (Care Act 2014 s67); none is appointed yet.")
            } else {
                what.append("No independent advocate is needed.")
            }
            return EventPhrase(title: "Independent advocacy considered for \(e.process.words)\(needed ? ": advocate needed" : "")", what: what)
        case .subjectAccessRequestReceived(let e):
            var what = [
                "\(g.field("requester", e.requester)) asked for: \(g.field("request", e.request)).",
            ]
            if e.onBehalfOfPerson, let a = e.authority { what.append("Made on the person's behalf, with \(g.field("authority", a)).") }
            what.append("To be answered within one month (UK GDPR Art 15; Art 12(3)).")
            return EventPhrase(title: "Subject access request \(e.requestId) received", what: what)
        case .subjectAccessClarificationSought(let e):
            return EventPhrase(title: "Subject access request \(e.requestId): clarification asked for", what: [
                "The requester was asked: \(g.field("question", e.question)).",
                "The time to answer stops until the reply comes.",
            ])
        case .subjectAccessRequestClarified(let e):
            return EventPhrase(title: "Subject access request \(e.requestId): clarification received", what: [
                "The requester replied: \(g.field("clarification", e.clarification)).",
                "The time to answer runs again.",
            ])
        case .subjectAccessRequestExtended(let e):
            return EventPhrase(title: "Subject access request \(e.requestId): time to answer extended", what: [
                "The time to answer was extended by two further months because the request is complex (UK GDPR Art 12(3)).",
                "The requester was told, with the reasons, on \(Words.date(e.requesterToldOn)).",
            ])
        case .subjectAccessRequestAnswered(let e):
            var what = ["Disclosed: \(g.field("disclosed", e.disclosed))."]
            if e.withheld.isEmpty {
                what.append("Nothing was withheld.")
            } else {
                for w in e.withheld {
                    what.append("Withheld: \(g.field("withheld", w.what)) — \(Words.uncamel(w.ground.rawValue)) (\(w.ground.source)).")
                }
            }
            what.append("The requester may complain to the Information Commissioner's Office.")
            return EventPhrase(title: "Subject access request \(e.requestId) answered", what: what)
        default:
            return EventPhrase(title: Words.uncamel(event.typeName))
        }
    }
}
