// issue 15: safeguard
extension CaseDecider {
    /// The person the case is about, by name, for messages: the customer's name from the
    /// referral, or the case id.
    var personName: String { state.referral.map { $0.customerName.isBlank ? caseName : $0.customerName } ?? caseName }

    // MARK: Safeguarding (Care Act 2014 s42)

    /// A concern gets a new id and says what was seen or said and who raised it.
    func raiseSafeguardingConcern(_ p: SafeguardingConcernRaised) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.concernId, in: state.safeguardingConcerns.keys, "safeguarding concern")
        if p.concern.isBlank || p.raisedBy.isBlank {
            throw Rejection(.safeguardingOutcomeIncomplete,
                "safeguarding concern \(p.concernId) about \(personName) must say who raised it and what was seen or said", source: "\(SafeguardingRules.source)")
        }
        return [.safeguardingConcernRaised(p)]
    }

    /// Decided once per concern, with reasons, the duty following from the three conditions.
    func decideSafeguardingDuty(_ p: SafeguardingDutyDecided) throws(Rejection) -> [CaseEvent] {
        let r = try concern(p.concernId)
        if let d = r.decision {
            throw Rejection(.safeguardingOutOfOrder,
                "concern \(p.concernId) about \(personName) was already decided on \(d.metadata.effectiveDate) (the s42 duty \(d.dutyApplies ? "applies" : "does not apply")); correct that decision instead", source: "\(SafeguardingRules.source)")
        }
        if p.metadata.effectiveDate < r.raised.metadata.effectiveDate {
            throw Rejection(.safeguardingOutOfOrder,
                "concern \(p.concernId) about \(personName) cannot be decided on \(p.metadata.effectiveDate), before it was raised on \(r.raised.metadata.effectiveDate)", source: "\(SafeguardingRules.source)")
        }
        if let breach = SafeguardingRules.testBreach(p, person: personName) { throw breach }
        return [.safeguardingDutyDecided(p)]
    }

    /// Started once, only where the s42 duty applies, by someone named.
    func startSafeguardingEnquiry(_ p: SafeguardingEnquiryStarted) throws(Rejection) -> [CaseEvent] {
        let r = try concern(p.concernId)
        guard let d = r.decision else {
            throw Rejection(.safeguardingOutOfOrder,
                "no enquiry into concern \(p.concernId) about \(personName) can start before the council decides whether the s42 duty applies", source: "\(SafeguardingRules.source)(1)")
        }
        guard d.dutyApplies else {
            throw Rejection(.safeguardingOutOfOrder,
                "concern \(p.concernId) about \(personName) was found on \(d.metadata.effectiveDate) not to meet the s42 duty (\(SafeguardingRules.conditionsNotMet(d).joined(separator: "; "))); record the outcome instead, or correct that decision", source: "\(SafeguardingRules.source)(1)")
        }
        if let e = r.enquiry {
            throw Rejection(.safeguardingOutOfOrder,
                "the enquiry into concern \(p.concernId) about \(personName) already started on \(e.metadata.effectiveDate)", source: "\(SafeguardingRules.source)(2)")
        }
        if p.metadata.effectiveDate < d.metadata.effectiveDate {
            throw Rejection(.safeguardingOutOfOrder,
                "the enquiry into concern \(p.concernId) about \(personName) cannot start on \(p.metadata.effectiveDate), before the decision of \(d.metadata.effectiveDate)", source: "\(SafeguardingRules.source)(2)")
        }
        if p.enquiryBy.isBlank {
            throw Rejection(.safeguardingOutOfOrder,
                "the enquiry into concern \(p.concernId) about \(personName) must say who makes it (the council's officer, or the other organisation's)", source: "\(SafeguardingRules.source)(2)")
        }
        return [.safeguardingEnquiryStarted(p)]
    }

    /// Recorded once, after the decision (and the enquiry where the duty applies), stating the
    /// action and answering each outcome the person wanted.
    func recordSafeguardingOutcome(_ p: SafeguardingOutcomeRecorded) throws(Rejection) -> [CaseEvent] {
        let r = try concern(p.concernId)
        if let o = r.outcome {
            throw Rejection(.safeguardingOutOfOrder,
                "the outcome of concern \(p.concernId) about \(personName) was already recorded on \(o.metadata.effectiveDate)", source: "\(SafeguardingRules.source)(2)")
        }
        guard let d = r.decision else {
            throw Rejection(.safeguardingOutOfOrder,
                "the outcome of concern \(p.concernId) about \(personName) cannot be recorded before the council decides whether the s42 duty applies", source: "\(SafeguardingRules.source)(1)")
        }
        if SafeguardingRules.enquiryMissing(r) {
            throw Rejection(.safeguardingOutOfOrder,
                "concern \(p.concernId) about \(personName) was found on \(d.metadata.effectiveDate) to meet the s42 duty: an enquiry must be made (or caused to be made) before its outcome is recorded", source: "\(SafeguardingRules.source)(2)")
        }
        let since = r.enquiry?.metadata.effectiveDate ?? d.metadata.effectiveDate
        if p.metadata.effectiveDate < since {
            throw Rejection(.safeguardingOutOfOrder,
                "the outcome of concern \(p.concernId) about \(personName) cannot be dated \(p.metadata.effectiveDate), before \(r.enquiry == nil ? "the decision" : "the enquiry started") on \(since)", source: "\(SafeguardingRules.source)(2)")
        }
        if p.actions.allSatisfy(\.isBlank) {
            throw Rejection(.safeguardingOutcomeIncomplete,
                "the outcome of concern \(p.concernId) about \(personName) must state the action taken, or \"no further action\" with reasons", source: "\(SafeguardingRules.source)(2)")
        }
        let unanswered = SafeguardingRules.unansweredOutcomes(r, p)
        if !unanswered.isEmpty {
            throw Rejection(.safeguardingOutcomeIncomplete,
                "the outcome of concern \(p.concernId) must say whether each outcome \(personName) wanted was met; not answered: \(unanswered.map { "\"\($0)\"" }.joined(separator: ", "))", source: "Care and Support Statutory Guidance 14.15")
        }
        return [.safeguardingOutcomeRecorded(p)]
    }

    /// The concern, or `safeguarding-concern-unknown`.
    func concern(_ id: String) throws(Rejection) -> SafeguardingRecord {
        guard let r = state.safeguardingConcerns[id] else {
            throw Rejection(.safeguardingConcernUnknown,
                "\(caseName) (\(personName)) has no safeguarding concern \(id); record the concern first", source: "\(SafeguardingRules.source)")
        }
        return r
    }

    // MARK: Independent advocacy (Care Act 2014 s67)

    /// A consideration gets a new id, with reasons, and does not contradict itself.
    func considerAdvocacy(_ p: AdvocacyConsidered) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.considerationId, in: state.advocacyConsiderations.map(\.considerationId), "advocacy consideration")
        if let breach = AdvocacyRules.inconsistency(p, person: personName) { throw breach }
        return [.advocacyConsidered(p)]
    }

    // MARK: Subject access (UK GDPR Art 12, 15)

    /// A request gets a new id and says what was asked; one made for the person states the
    /// requester's authority.
    func receiveSubjectAccessRequest(_ p: SubjectAccessRequestReceived) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.requestId, in: state.subjectAccessRequests.keys, "subject access request")
        if p.onBehalfOfPerson && (p.authority ?? "").isBlank {
            throw Rejection(.subjectAccessAuthorityMissing,
                "subject access request \(p.requestId) from \(p.requester) is made on behalf of \(personName) but states no authority to act for them (written consent, lasting power of attorney, deputyship)", source: "UK GDPR Art 15; ICO guidance on the right of access")
        }
        return [.subjectAccessRequestReceived(p)]
    }

    /// Sought while none is awaited, before the answer.
    func seekSubjectAccessClarification(_ p: SubjectAccessClarificationSought) throws(Rejection) -> [CaseEvent] {
        let r = try openRequest(p.requestId)
        if r.awaitingClarification {
            throw Rejection(.subjectAccessOutOfOrder,
                "subject access request \(p.requestId) already awaits the requester's clarification; record it when it comes", source: "\(SubjectAccessRules.source)")
        }
        try checkNotBefore(p.metadata.effectiveDate, r.received.metadata.effectiveDate, p.requestId, "clarification sought")
        return [.subjectAccessClarificationSought(p)]
    }

    /// Received only when sought.
    func clarifySubjectAccessRequest(_ p: SubjectAccessRequestClarified) throws(Rejection) -> [CaseEvent] {
        let r = try openRequest(p.requestId)
        guard r.awaitingClarification, let sought = r.clarifications.last?.sought else {
            throw Rejection(.subjectAccessOutOfOrder,
                "subject access request \(p.requestId) awaits no clarification; record the question asked first", source: "\(SubjectAccessRules.source)")
        }
        try checkNotBefore(p.metadata.effectiveDate, sought.metadata.effectiveDate, p.requestId, "clarification received")
        return [.subjectAccessRequestClarified(p)]
    }

    /// Extended once, with reasons, within the first month, the requester told.
    func extendSubjectAccessRequest(_ p: SubjectAccessRequestExtended) throws(Rejection) -> [CaseEvent] {
        let r = try openRequest(p.requestId)
        if let e = r.extended {
            throw Rejection(.subjectAccessOutOfOrder,
                "subject access request \(p.requestId) was already extended on \(e.metadata.effectiveDate); the law allows one further two months", source: "\(SubjectAccessRules.source)")
        }
        let by = SubjectAccessRules.firstMonthDue(r, config, asOf: p.metadata.effectiveDate)
        if p.metadata.effectiveDate > by || p.requesterToldOn > by {
            throw Rejection(.subjectAccessExtensionLate,
                "subject access request \(p.requestId) from \(r.received.requester), received on \(r.received.metadata.effectiveDate), can no longer be extended: the requester must be told of an extension and why by \(by), within the first month", source: "\(SubjectAccessRules.source)")
        }
        try checkNotBefore(p.metadata.effectiveDate, r.received.metadata.effectiveDate, p.requestId, "extension")
        return [.subjectAccessRequestExtended(p)]
    }

    /// Answered once, stating what was disclosed and each item withheld with its ground.
    func answerSubjectAccessRequest(_ p: SubjectAccessRequestAnswered) throws(Rejection) -> [CaseEvent] {
        let r = try openRequest(p.requestId)
        try checkNotBefore(p.metadata.effectiveDate, r.received.metadata.effectiveDate, p.requestId, "answer")
        if p.disclosed.isBlank || p.withheld.contains(where: { $0.what.isBlank }) {
            throw Rejection(.subjectAccessOutOfOrder,
                "the answer to subject access request \(p.requestId) must say what was disclosed and describe each item withheld", source: "UK GDPR Art 15(1), (3)")
        }
        return [.subjectAccessRequestAnswered(p)]
    }

    /// The request, not yet answered, or a refusal.
    func openRequest(_ id: String) throws(Rejection) -> SubjectAccessRecord {
        guard let r = state.subjectAccessRequests[id] else {
            throw Rejection(.subjectAccessRequestUnknown,
                "\(caseName) (\(personName)) has no subject access request \(id); record the request first", source: "UK GDPR Art 15")
        }
        if let a = r.answer {
            throw Rejection(.subjectAccessOutOfOrder,
                "subject access request \(id) from \(r.received.requester) was answered on \(a.metadata.effectiveDate); a new request is recorded under a new id", source: "\(SubjectAccessRules.source)")
        }
        return r
    }

    /// Refuses a step dated before the one it follows.
    func checkNotBefore(_ date: CalendarDate, _ earlier: CalendarDate, _ id: String, _ what: String) throws(Rejection) {
        if date < earlier {
            throw Rejection(.subjectAccessOutOfOrder,
                "the \(what) of subject access request \(id) cannot be dated \(date), before \(earlier)", source: "\(SubjectAccessRules.source)")
        }
    }
}
