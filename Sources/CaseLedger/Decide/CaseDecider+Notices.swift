// issue 15: notices
extension CaseDecider {
    /// A written notice of a decision: a new notice id; the decision one of this case, still in
    /// force as recorded (not replaced by a correction), of a kind needing a notice whose subjects
    /// include this one; what was decided and why in words, to whom, the language when in
    /// another language; and every right a letter states (`NoticeRequirement`).
    func sendNotice(_ p: NoticeSent) throws(Rejection) -> [CaseEvent] {
        let person = state.referral?.customerName ?? caseName
        let notice = "notice \(p.noticeId) to \(p.sentTo.isBlank ? person : p.sentTo)"
        try checkUnused(p.noticeId, in: state.notices.keys, "notice")
        guard let recorded = state.event(withId: p.decisionEventId) else {
            throw Rejection(.noticeDecisionUnknown,
                "\(notice) tells of event \(p.decisionEventId), which is not a decision recorded on \(person)'s case \(state.caseId ?? caseName)", source: "\(NoticeRequirement.noticesSource)")
        }
        let decision: CaseEvent
        if case .eventCorrected(let c) = recorded.event { decision = c.corrected } else { decision = recorded.event }
        guard let requirement = NoticeRequirement.of(decision.kind) else {
            throw Rejection(.noticeSubjectMismatch,
                "\(notice) tells of \(decision.typeName) \(p.decisionEventId) of \(decision.effectiveDate.words), which needs no notice of its own (\(NoticeRequirement.ownNotice(decision.kind) ?? "notices tell of assessments, financial assessments, personal budgets and sign-offs"))", source: "\(NoticeRequirement.noticesSource)")
        }
        let words = NoticeRequirement.describe(decision, requirement)
        if let replacedBy = state.corrections[recorded.id] {
            throw Rejection(.noticeDecisionUnknown,
                "\(notice) tells of \(words), which a correction (\(replacedBy)) has replaced: tell \(person) of the correction instead", source: "\(requirement.source)")
        }
        guard requirement.subjects.contains(p.subject) else {
            throw Rejection(.noticeSubjectMismatch,
                "\(notice) is about \(p.subject.words), but it tells of \(words): a notice of it is about \(requirement.subjects.map(\.words).joined(separator: " or "))", source: "\(requirement.source)")
        }
        var missing: [String] = []
        if p.decisionStated.isBlank { missing.append("what was decided") }
        if p.reasonsStated.isBlank { missing.append("why") }
        if p.sentTo.isBlank { missing.append("whom it was sent to") }
        if p.format == .otherLanguage, p.language?.isBlank ?? true { missing.append("the language it is written in") }
        if !missing.isEmpty {
            throw Rejection(.noticeContentMissing,
                "\(notice) of \(words) must state \(missing.spokenList)", source: "\(NoticeRequirement.reasonsSource)")
        }
        try checkRights(p.rightsStated, of: "\(notice) of \(words)")
        return [.noticeSent(p)]
    }

    /// Refuses a notice stating fewer rights than every letter states.
    func checkRights(_ stated: [NoticeRight], of what: String) throws(Rejection) {
        let missing = NoticeRequirement.rightsMissing(stated)
        guard !missing.isEmpty else { return }
        throw Rejection(.noticeRightsMissing,
            "\(what) does not state \(missing.map(\.words).spokenList)", source: "\(NoticeRequirement.rightsSource)")
    }
}
