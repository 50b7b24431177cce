// issue 15: carers
// The decisions of the carer's part of issue 15; the rules themselves are in `CarerRules` and
// `ReablementRules`.

extension CaseDecider {
    /// A carer link names an open case of the other kind, read by the service and passed in the
    /// context (`CarerRules.linkBreach`).
    func linkCarer(_ p: CarerLinked) throws(Rejection) -> [CaseEvent] {
        if let breach = CarerRules.linkBreach(p, caseId: state.caseId ?? "", caseName: caseName, kind: state.kind, other: context.linkedCases[p.linkedCaseId]) {
            throw breach
        }
        return [.carerLinked(p)]
    }

    /// An offer on the case of the person cared for, its answer under an offer not yet answered,
    /// a refusal in the carer's words (`CarerRules.offerBreach`). The carer's answer and words are
    /// marked restricted: the carer's information, withheld from the copy of the person cared for.
    func offerCarersAssessment(_ p: CarersAssessmentOffered) throws(Rejection) -> [CaseEvent] {
        if let breach = CarerRules.offerBreach(p, state: state) { throw breach }
        var offer = p
        for field in CarerRules.carersOwnFields where !offer.metadata.restricted.contains(field) && (field != "carersWords" || p.carersWords != nil) {
            offer.metadata.restricted.append(field)
        }
        return [.carersAssessmentOffered(offer)]
    }
}

extension CaseDecider {
    /// Progress is recorded for a period of reablement running on its effective date, for the
    /// week that date falls in, with the progress and the person's own words.
    func recordReablementProgress(_ p: RecordReablementProgress) throws(Rejection) -> [CaseEvent] {
        let date = p.metadata.effectiveDate
        guard let period = state.reablements[p.reablementId] else {
            throw Rejection(.reablementProgressOutsidePeriod, "\(caseName) has no period of reablement \(p.reablementId); progress is recorded for a period that was started")
        }
        guard let week = ReablementRules.week(of: period, on: date, interval: config.reablementProgressInterval) else {
            let start = period.started.metadata.effectiveDate
            let ran = period.ended.map { "ran from \(start.words) to \($0.metadata.effectiveDate.words)" }
                ?? "started on \(start.words)"
            throw Rejection(.reablementProgressOutsidePeriod,
                "progress of reablement \(p.reablementId) cannot be recorded for \(date.words): the period \(ran)")
        }
        if let given = p.week, given != week.number {
            throw Rejection(.reablementProgressOutsidePeriod,
                "\(date.words) is in week \(week.number) of reablement \(p.reablementId) (\(week.from.words) to \(week.until.words)), not week \(given)")
        }
        if p.progress.isBlank || p.personsWords.isBlank {
            throw Rejection(.reablementProgressIncomplete,
                "progress of reablement \(p.reablementId) in week \(week.number) needs the progress made and the person's own words about it")
        }
        return [.reablementProgressRecorded(ReablementProgressRecorded(
            metadata: p.metadata, reablementId: p.reablementId, week: week.number, goals: p.goals, progress: p.progress,
            personsWords: p.personsWords, nextSteps: p.nextSteps))]
    }
}
