import CaseLedger

// issue 15: carers
extension Phraser {
    /// The carer's part: the link between a carer's case and the cared-for person's case, the
    /// offer of a carer's assessment, weekly reablement progress.
    ///
    /// What each copy shows of a link (`CarerRules`): that the other person has a case of their
    /// own, and the relationship; the other case's id in the staff copy only; what each person
    /// agreed to share with the other. Never anything else of the other case: the link is all
    /// this case holds of it. The carer's answer to an offer and their words are the carer's
    /// information, withheld from the cared-for person's copy (marked restricted when recorded).
    func phraseCarers(_ event: CaseEvent, _ g: inout Disclosure) -> EventPhrase {
        switch event {
        case .carerLinked(let e):
            let id = copy == .staff ? ": \(e.linkedCaseId)" : ""
            let shared = e.sharedWithThisPerson, given = e.sharedByThisPerson
            if e.isOnCaredForCase {
                return EventPhrase(title: "Linked with the carer's own case", what: [
                    "The carer (\(e.relationship)) has a case of their own with the council\(id).",
                    "What is in the carer's case is the carer's and is not shown here, except what the carer agreed to share.",
                    shared.isEmpty ? "The carer has not agreed to share anything from their case." : "The carer agreed to share: \(shared.joined(separator: "; ")).",
                    given.isEmpty ? "Nothing from this case is shared with the carer." : "Agreed to share with the carer: \(given.joined(separator: "; ")).",
                ])
            }
            return EventPhrase(title: "Linked with the case of the person cared for", what: [
                "The person cared for (the carer is their \(e.relationship)) has a case of their own with the council\(id).",
                "What is in that case is theirs and is not shown here, except what they agreed to share.",
                shared.isEmpty ? "The person cared for has not agreed to share anything from their case." : "The person cared for agreed to share: \(shared.joined(separator: "; ")).",
                given.isEmpty ? "Nothing from this case is shared with the person cared for." : "Agreed to share with the person cared for: \(given.joined(separator: "; ")).",
            ])
        case .carersAssessmentOffered(let e):
            let answer: String
            switch e.response {
            case .notYetAnswered: answer = "not yet given"
            case .accepted: answer = "accepted"
            case .refused: answer = "refused"
            }
            let shown = copy == .staff || !g.isRestricted("response")
            var what = [
                "\(e.carerName) was offered an assessment of their own needs as a carer (Care Act 2014 s10)\(e.askedByCarer ? ", having asked for one" : "").",
                "The carer's answer: \(g.field("response", answer)).",
            ]
            if let words = e.carersWords, !words.isEmpty {
                what.append("In the carer's words: \(g.field("carersWords", "\u{201C}\(words)\u{201D}")).")
            }
            if e.response == .refused, shown {
                what.append("A refusal ends the duty to assess unless the carer's circumstances change or they ask later (Care Act 2014 s10(7)).")
            }
            return EventPhrase(title: "Carer's assessment offered to \(e.carerName) (offer \(e.offerId))\(shown ? ": \(answer)" : "")", what: what)
        case .reablementProgressRecorded(let e):
            return EventPhrase(title: "Reablement \(e.reablementId), week \(e.week): progress", what: [
                "Goals worked on: \(e.goals.isEmpty ? "none recorded" : e.goals.joined(separator: "; ")).",
                "Progress: \(g.field("progress", e.progress)).",
                "In the person's words: \(g.field("personsWords", "\u{201C}\(e.personsWords)\u{201D}")).",
                "What changes next: \(g.field("nextSteps", e.nextSteps.isEmpty ? "nothing recorded" : e.nextSteps)).",
            ])
        default:
            return EventPhrase(title: Words.uncamel(event.typeName))
        }
    }
}
