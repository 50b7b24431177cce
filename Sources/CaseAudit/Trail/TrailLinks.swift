import CaseLedger

/// The links between a case's events: which notice followed which decision, and what followed
/// a decision (challenges and everything that happened to them, corrections, disputes).
struct TrailLinks {
    /// Event types after which the law expects a written notice of their own event.
    static let noticeExpectedTypes: Set<String> = [
        "eligibilityDetermined", "withdrawalDecided", "complaintReceived",
        // issue 15: safeguard
        "subjectAccessRequestReceived",
    ]

    /// True when the law expects a written notice after `event`: those of `noticeExpectedTypes`,
    /// and every decision `NoticeRequirement.of` names (a correction as the event it puts in
    /// place).
    static func noticeExpected(_ event: CaseEvent) -> Bool {
        if case .eventCorrected(let c) = event { return NoticeRequirement.of(c.corrected.kind) != nil }
        return NoticeRequirement.of(event.kind) != nil || noticeExpectedTypes.contains(event.typeName)
    }

    /// Notices by the id of the decision they tell of.
    private(set) var notices: [String: [FollowUp]] = [:]
    /// Follow-ups by the id of the decision they follow.
    private(set) var followUps: [String: [FollowUp]] = [:]
    /// For each superseded event id, the seq of its latest correction.
    private(set) var latestCorrection: [String: Int64] = [:]

    init(events: [RecordedCaseEvent], titles: [String]) {
        var lastDetermination: [String: String] = [:]
        var lastWithdrawal: String?
        var complaints: [String: String] = [:]
        var challengeTargets: [String: [String]] = [:]
        var reviews: [String: String] = [:]
        var capacityAssessments: [String: String] = [:]
        var agreements: [String] = []
        // issue 15: safeguard
        var concerns: [String: String] = [:]
        var accessRequests: [String: String] = [:]
        // issue 15: carers. Each week's progress follows the start of its period of reablement.
        var reablements: [String: String] = [:]
        for (i, e) in events.enumerated() {
            let up = { (kind: String) in
                FollowUp(kind: kind, seq: e.seq, effectiveDate: CalendarDateText(
                    iso: e.effectiveDate.iso, words: Words.date(e.effectiveDate)), text: titles[i])
            }
            func follow(_ ids: [String], _ kind: String) { for id in ids { followUps[id, default: []].append(up(kind)) } }
            switch e.event {
            case .eligibilityDetermined(let p): lastDetermination[p.assessmentId] = e.id
            case .eligibilityNoticeSent(let p):
                if let d = lastDetermination[p.assessmentId] { notices[d, default: []].append(up("notice")) }
            case .withdrawalDecided(let p):
                lastWithdrawal = e.id
                if let r = reviews[p.reviewId] { follow([r], "withdrawal") }
            case .withdrawalNoticeSent:
                if let w = lastWithdrawal { notices[w, default: []].append(up("notice")) }
            case .noticeSent(let p): notices[p.decisionEventId, default: []].append(up("notice"))
            case .reviewCompleted(let p): reviews[p.reviewId] = e.id
            case .challengeRaised(let p):
                challengeTargets[p.challengeId] = p.challengedEventIds + [e.id]
                follow(p.challengedEventIds, "challenge")
            case .challengeEscalated(let p): follow(challengeTargets[p.challengeId] ?? [], "escalation")
            case .challengeResolved(let p): follow(challengeTargets[p.challengeId] ?? [], "resolution")
            case .riskEnablementPanelDecided(let p):
                if let c = p.challengeId { follow(challengeTargets[c] ?? [], "panel") }
            case .complaintReceived(let p):
                complaints[p.complaintId] = e.id
                if let c = p.challengeId { follow(challengeTargets[c] ?? [], "complaint") }
            case .complaintAcknowledged(let p):
                if let c = complaints[p.complaintId] { notices[c, default: []].append(up("notice")) }
            case .complaintResponded(let p):
                if let c = complaints[p.complaintId] { notices[c, default: []].append(up("notice")) }
            case .eventCorrected(let p):
                latestCorrection[p.supersedes] = e.seq
                follow([p.supersedes], "correction")
            case .opinionDisputed(let p): follow([p.targetEventId], "dispute")
            // issue 15: direct payments and capacity
            case .capacityAssessed(let p): capacityAssessments[p.assessmentId] = e.id
            case .bestInterestsDecisionMade(let p):
                if let a = p.capacityAssessmentId, let id = capacityAssessments[a] { follow([id], "bestInterests") }
            case .directPaymentAgreed(let p):
                agreements.append(e.id)
                if let a = p.capacityAssessmentId, let id = capacityAssessments[a] { follow([id], "directPaymentAgreement") }
            case .directPaymentTerminated:
                follow(agreements, "termination")
                agreements = []
            // issue 15: safeguard — each step follows the concern or request; what the
            // requester is sent (the extension and its reasons, the answer) is what they were told.
            case .safeguardingConcernRaised(let p): concerns[p.concernId] = e.id
            case .safeguardingDutyDecided(let p): follow(concerns[p.concernId].map { [$0] } ?? [], "safeguarding")
            case .safeguardingEnquiryStarted(let p): follow(concerns[p.concernId].map { [$0] } ?? [], "safeguarding")
            case .safeguardingOutcomeRecorded(let p): follow(concerns[p.concernId].map { [$0] } ?? [], "safeguarding")
            case .subjectAccessRequestReceived(let p): accessRequests[p.requestId] = e.id
            case .subjectAccessClarificationSought(let p):
                if let r = accessRequests[p.requestId] { notices[r, default: []].append(up("notice")) }
            case .subjectAccessRequestClarified(let p): follow(accessRequests[p.requestId].map { [$0] } ?? [], "subject access")
            case .subjectAccessRequestExtended(let p):
                if let r = accessRequests[p.requestId] { notices[r, default: []].append(up("notice")) }
            case .subjectAccessRequestAnswered(let p):
                if let r = accessRequests[p.requestId] { notices[r, default: []].append(up("notice")) }
            case .reablementStarted(let p): reablements[p.reablementId] = e.id
            case .reablementProgressRecorded(let p):
                if let started = reablements[p.reablementId] { follow([started], "progress") }
            default: break
            }
        }
    }
}
