import CaseLedger

extension Explainer {
    /// Eligibility: assessments, determinations, notices, and reviews that ended it.
    mutating func eligibility() {
        let types: Set<String> = ["needsAssessed", "carersAssessed", "eligibilityDetermined", "eligibilityNoticeSent", "reviewCompleted"]
        for e in entries(types) where e.eventType != "reviewCompleted" || e.changes.contains(where: { $0.key == "eligibility" }) {
            step(e)
        }
        let dated = date.map { state.eligibility.entry(on: $0) } ?? state.eligibility.latest
        guard let dated, let finding = dated.value else {
            answer = "Eligibility has not been decided \(when)."
            return
        }
        let src = source(dated).map { "ref. \($0.seq)" } ?? "ref. \(dated.seq)"
        let since = "since \(Words.date(dated.effectiveDate)) (\(src))"
        if finding.eligible {
            answer = "Eligible \(when), \(since)."
            reason("Result: the needs meet all three parts of the national eligibility test.",
                ["Eligible needs: \(finding.eligibleNeeds.map(Words.need).joined(separator: "; "))."])
        } else if let review = finding.reviewId {
            answer = "Not eligible \(when), \(since): review \(review) found the needs no longer eligible."
        } else {
            answer = "Not eligible \(when), \(since)."
            reason("Result: at least one part of the national eligibility test was not met; written advice and information must be given.")
        }
    }

    /// The stage: the rule's questions in order, each answered with the event behind it.
    mutating func stage() {
        let s = state.stage
        answer = "The case is at the stage: \(Words.stage(s))."
        if date != nil { notes.append("The stage is not dated: it is shown as recorded, not as in force on a date.") }
        func latest(_ types: Set<String>) -> TrailEntry? { entries.last { types.contains($0.eventType) } }
        let questions: [(String, Bool, Set<String>)] = [
            ("Is the case closed?", state.isClosed, ["caseClosed"]),
            ("Is a review asked for and not yet completed?", state.reviews.values.contains(where: \.isOpen), ["reviewRequested"]),
            ("Were services withdrawn, with the case awaiting closure?", state.withdrawal != nil, ["withdrawalDecided"]),
            ("Was the case reopened and is a new assessment awaited?", state.reopenedAwaitingAssessment, ["caseReopened"]),
            ("Did a review ask for the needs to be reassessed?", state.awaitingReassessment, ["reviewCompleted"]),
            ("Is a signed-off plan in force and delivered?", state.delivery.current != nil && state.planInForce.current != nil,
             ["deliveryArranged", "planSignedOff"]),
            ("Are the needs eligible?", state.eligibility.current?.eligible == true, ["eligibilityDetermined"]),
            ("Has assessment started (needs, carer's or financial assessment, reablement)?",
             !state.needsAssessments.isEmpty || !state.carersAssessments.isEmpty || !state.reablements.isEmpty
                || !state.financialAssessmentIds.isEmpty || state.eligibility.latest != nil,
             ["needsAssessed", "carersAssessed", "reablementStarted", "financialAssessmentCompleted", "eligibilityDetermined"]),
        ]
        let stages: [Stage] = [.closed, .review, .servicesWithdrawn, .contact, .assessment, .delivery, .supportPlanning, .assessment]
        for (i, (question, holds, types)) in questions.enumerated() {
            if holds {
                let behind = types.sorted().compactMap { t in latest([t]) }.sorted { $0.seq < $1.seq }
                reason("\(question) Yes, so the stage is \(Words.stage(stages[i])).",
                    behind.map { "Shown by ref. \($0.seq): \($0.title) (\($0.effectiveDate.words))." })
                return
            }
            reason("\(question) No.")
        }
        reason("Nothing beyond the referral is recorded, so the stage is contact.",
            entries.first.map { ["Shown by ref. \($0.seq): \($0.title)."] } ?? [])
    }
}
