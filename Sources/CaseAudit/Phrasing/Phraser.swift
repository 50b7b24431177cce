import CaseLedger

/// Puts case events into plain words for one copy. Every event type is phrased here and in the
/// extensions beside this file, and nowhere else, so every format says the same thing.
struct Phraser {
    /// The copy being made.
    let copy: Copy
    /// The staff register, for names.
    let register: StaffRegister
    /// Earlier events by id: their seq and headline, for references between decisions.
    var known: [String: (seq: Int64, title: String)] = [:]
    /// Capacity assessments' event ids by assessment id, for decisions that rely on one.
    var capacityAssessmentEvents: [String: String] = [:]
    // issue 17: retention
    /// What each erasure on the case said, by the seq of each event it erased.
    var erasures: [Int64: ErasureNote] = [:]

    /// A staff member's name; the staff copy adds the id. An id not on the register is shown as
    /// it is, marked.
    func staffName(_ id: String) -> String {
        guard let name = register.member(id)?.name else { return "\(id) (not on the staff register)" }
        return copy == .staff ? "\(name) (\(id))" : name
    }

    /// "ref. 12 (Personal budget set: £240.00 a week)" for an event of this case.
    func reference(_ eventId: String) -> String {
        guard let k = known[eventId] else { return copy == .staff ? "event \(eventId) (not in this case as known)" : "an entry not shown in this report" }
        return "ref. \(k.seq) (\(k.title))"
    }

    /// The event in words, with restricted fields and notes handled by `gate`.
    func phrase(_ event: CaseEvent, _ gate: inout Disclosure) -> EventPhrase {
        var p: EventPhrase
        switch event {
        case .referralReceived, .informationAndAdviceGiven, .workerAllocated, .needsAssessed, .carersAssessed,
            .eligibilityDetermined, .eligibilityNoticeSent, .bestInterestsDecisionMade:
            p = phraseAssessment(event, &gate)
        case .financialAssessmentCompleted, .reablementStarted, .reablementEnded, .indicativeBudgetCalculated,
            .supportPlanDrafted, .supportPlanRevised, .personalBudgetSet, .planSignedOff, .planSignOffRefused,
            .deliveryArranged:
            p = phrasePlanning(event, &gate)
        case .reviewRequested, .reviewCompleted, .withdrawalDecided, .withdrawalNoticeSent, .caseClosed, .caseReopened:
            p = phraseReview(event, &gate)
        case .challengeRaised, .challengeEscalated, .challengeResolved, .riskEnablementPanelDecided,
            .complaintReceived, .complaintAcknowledged, .complaintResponded, .opinionDisputed, .eventCorrected:
            p = phraseChallenges(event, &gate)
        case .capacityAssessed, .directPaymentAgreed, .directPaymentNecessityDecided, .directPaymentRefused,
            .directPaymentTerminated:
            p = phraseDirectPayments(event, &gate)
        // issue 15: safeguard
        case .safeguardingConcernRaised, .safeguardingDutyDecided, .safeguardingEnquiryStarted, .safeguardingOutcomeRecorded,
            .advocacyConsidered, .subjectAccessRequestReceived, .subjectAccessClarificationSought,
            .subjectAccessRequestClarified, .subjectAccessRequestExtended, .subjectAccessRequestAnswered:
            p = phraseSafeguard(event, &gate)
        // issue 15: carers
        case .carerLinked, .carersAssessmentOffered, .reablementProgressRecorded:
            p = phraseCarers(event, &gate)
        case .noticeSent(let e):
            p = phraseNotice(e, &gate)
        // issue 17: retention
        case .legalHoldPlaced, .legalHoldLifted, .erasureAuthorised, .erased:
            p = phraseRetention(event, &gate)
        }
        for (index, note) in event.metadata.notes.enumerated() {
            p.evidence.append(gate.note(note, index: index))
        }
        return p
    }

    /// "yes" or "no".
    func yesNo(_ b: Bool) -> String { b ? "yes" : "no" }

    /// Participants as "Name (role), …".
    func participants(_ list: [Participant]) -> String {
        list.isEmpty ? "none recorded" : list.map { "\($0.name) (\(Words.uncamel($0.role.rawValue)))" }.joined(separator: ", ")
    }
}
