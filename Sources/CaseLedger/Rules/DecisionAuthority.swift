// Who may make each kind of decision: the one home of authority by role. `decide` refuses a
// decision recorded under a role the configuration does not allow (before the decision's own
// rules), and the compliance check lists such decisions found in history, both through
// `DecisionAuthority.breach`.
//
// Sources: Care Act 2014 s1 and the statutory guidance ch. 6 (assessment by appropriately trained
// practitioners), ch. 8 (financial assessment); Wiltshire policy (sign-off by the council under its
// scheme of delegation; challenges with the allocated worker, then the line manager, then the Risk
// Enablement Panel, the complaints procedure at any time; the panel advises and the allocated worker
// keeps responsibility for the decision); Local Authority Social Services and NHS Complaints
// (England) Regulations 2009 reg 4 (a responsible person and a complaints manager).

/// Which roles may record each decision, as the configuration says (or the defaults,
/// `DecisionAuthority.standard`, when it says nothing): by command name; challenge resolution by
/// the level the challenge sits at; and which roles stand above which others, so may correct
/// what those decided.
public struct DecisionAuthority: Hashable, Sendable {
    /// The roles that may record each decision, by command name (every command except
    /// `resolveChallenge`, which goes by `challengeResolution`, and `correctEvent`, which needs
    /// the authority of the decision it corrects).
    public let roles: [String: Set<StaffRole>]
    /// The roles that may resolve a challenge at each level.
    public let challengeResolution: [ChallengeLevel: Set<StaffRole>]
    /// For each role, the roles it stands above: it may correct a decision that needed one of
    /// them. Not transitive: each relation is listed.
    public let above: [StaffRole: Set<StaffRole>]
    /// `roles` by event kind, in the order of `CaseEvent.Kind.allCases`, as short lists: the
    /// check every recorded event goes through (compliance checks each one) compares a few
    /// words instead of hashing two. Empty for the kinds not looked up by name.
    let rolesByKind: [[StaffRole]]

    /// Every event kind, once (`allCases` makes a new array each time it is asked).
    static let kinds = CaseEvent.Kind.allCases

    /// An authority table.
    public init(roles: [String: Set<StaffRole>], challengeResolution: [ChallengeLevel: Set<StaffRole>], above: [StaffRole: Set<StaffRole>]) {
        self.roles = roles
        self.challengeResolution = challengeResolution
        self.above = above
        rolesByKind = Self.kinds.map { kind in Array(roles[Self.commandName(of: kind)] ?? []) }
    }

    /// The command names `roles` must name: every case command but `resolveChallenge` and
    /// `correctEvent`.
    public static let decisionNames: [String] = CaseCommand.allNames.filter { $0 != "resolveChallenge" && $0 != "correctEvent" }
    // issue 17: retention
    /// Decisions added after `decisionRoles` tables were first published: a table that does not
    /// name one leaves it to its default, so configurations published before it existed still read.
    public static let decisionNamesDefaultedWhenUnnamed: Set<String> = ["placeLegalHold", "liftLegalHold", "authoriseErasure"]

    /// The practitioners who assess, plan and review: social workers, social care assessors,
    /// occupational therapists, community psychiatric nurses.
    static let practitioners: Set<StaffRole> = [.socialWorker, .socialCareAssessor, .occupationalTherapist, .communityPsychiatricNurse]

    /// The defaults, which apply when the configuration names no table: what the seed councils'
    /// practice and the demo stories do. Practitioners and team managers record the case work
    /// (contact advisors too at first contact, for a review request and for a challenge); only a
    /// financial assessment officer completes a financial assessment; only a team manager signs
    /// off a plan or refuses it (their sign-off limit checked as well); only the panel chair
    /// records a Risk Enablement Panel decision; only the complaints manager records a complaint,
    /// its acknowledgement and its response. A challenge is resolved at the allocated worker's
    /// level by a practitioner or a team manager, at the line manager's level by a team manager, at
    /// the panel by the panel chair, in the complaints procedure by the complaints manager. A team
    /// manager stands above practitioners and contact advisors.
    public static let standard: DecisionAuthority = {
        let casework = practitioners.union([.teamManager])
        let contact = casework.union([.contactAdvisor])
        var roles: [String: Set<StaffRole>] = [:]
        for name in decisionNames { roles[name] = casework }
        for name in ["receiveReferral", "giveInformationAndAdvice", "requestReview", "reopenCase"] { roles[name] = contact }
        roles["raiseChallenge"] = contact.union([.complaintsManager, .panelChair])
        roles["escalateChallenge"] = casework.union([.panelChair])
        roles["completeFinancialAssessment"] = [.financialAssessmentOfficer]
        roles["signOffPlan"] = [.teamManager]
        roles["refuseSignOff"] = [.teamManager]
        roles["recordPanelDecision"] = [.panelChair]
        for name in ["receiveComplaint", "acknowledgeComplaint", "respondToComplaint"] { roles[name] = [.complaintsManager] }
        roles["disputeOpinion"] = casework.union([.complaintsManager])
        // issue 15: safeguard — anyone at first contact records a concern raised; subject access
        // is handled at the front door and by the complaints manager as well as the case workers.
        roles["raiseSafeguardingConcern"] = contact
        for name in [
            "receiveSubjectAccessRequest", "seekSubjectAccessClarification", "clarifySubjectAccessRequest",
            "extendSubjectAccessRequest", "answerSubjectAccessRequest",
        ] { roles[name] = contact.union([.complaintsManager]) }
        // issue 17: retention — a legal hold is placed or lifted by a team manager or the complaints
        // manager (who answers to the Ombudsman); erasure, the destruction of a person's records, is
        // authorised by a team manager only.
        for name in ["placeLegalHold", "liftLegalHold"] { roles[name] = [.teamManager, .complaintsManager] }
        roles["authoriseErasure"] = [.teamManager]
        // issue 15: notices
        roles["sendNotice"] = casework.union([.financialAssessmentOfficer])
        return DecisionAuthority(
            roles: roles,
            challengeResolution: [
                .allocatedWorker: casework, .lineManager: [.teamManager],
                .riskEnablementPanel: [.panelChair], .complaint: [.complaintsManager],
            ],
            above: [.teamManager: practitioners.union([.contactAdvisor])])
    }()
}

/// A decision recorded under a role the configuration does not allow for it.
public struct AuthorityBreach: Hashable, Sendable {
    /// The decision, in words: "record a Risk Enablement Panel decision (recordPanelDecision)".
    public var decision: String
    /// The role acted under.
    public var actingRole: StaffRole
    /// The roles that could have made it.
    public var allowed: Set<StaffRole>
    /// True when the decision is a correction (the roles above the original's are allowed).
    public var correction: Bool

    /// The breach in a sentence: "acting as socialWorker, S-1 cannot record a Risk Enablement
    /// Panel decision (recordPanelDecision): the configuration allows panelChair".
    public func sentence(actor: String) -> String {
        let list = allowed.sorted().map(\.rawValue).joined(separator: ", ")
        return "acting as \(actingRole), \(actor) cannot \(correction ? "correct" : "record") \(decision): the configuration allows \(list.isEmpty ? "no role" : list)\(correction ? " (the roles the decision needed, or a role above one of them)" : "")"
    }
}

extension DecisionAuthority {
    /// The command that records events of `kind`.
    public static func commandName(of kind: CaseEvent.Kind) -> String {
        switch kind {
        case .referralReceived: "receiveReferral"
        case .informationAndAdviceGiven: "giveInformationAndAdvice"
        case .workerAllocated: "allocateWorker"
        case .needsAssessed: "assessNeeds"
        case .carersAssessed: "assessCarer"
        case .carerLinked: "linkCarer"
        case .carersAssessmentOffered: "offerCarersAssessment"
        case .eligibilityDetermined: "determineEligibility"
        case .eligibilityNoticeSent: "sendEligibilityNotice"
        case .financialAssessmentCompleted: "completeFinancialAssessment"
        case .reablementStarted: "startReablement"
        case .reablementEnded: "endReablement"
        case .reablementProgressRecorded: "recordReablementProgress"
        case .indicativeBudgetCalculated: "calculateIndicativeBudget"
        case .supportPlanDrafted: "draftSupportPlan"
        case .supportPlanRevised: "reviseSupportPlan"
        case .personalBudgetSet: "setPersonalBudget"
        case .planSignedOff: "signOffPlan"
        case .planSignOffRefused: "refuseSignOff"
        case .deliveryArranged: "arrangeDelivery"
        case .directPaymentAgreed: "agreeDirectPayment"
        case .directPaymentNecessityDecided: "decideDirectPaymentNecessity"
        case .directPaymentRefused: "refuseDirectPayment"
        case .directPaymentTerminated: "terminateDirectPayment"
        case .reviewRequested: "requestReview"
        case .reviewCompleted: "completeReview"
        case .withdrawalDecided: "decideWithdrawal"
        case .withdrawalNoticeSent: "sendWithdrawalNotice"
        case .noticeSent: "sendNotice"
        case .caseClosed: "closeCase"
        case .caseReopened: "reopenCase"
        case .challengeRaised: "raiseChallenge"
        case .challengeEscalated: "escalateChallenge"
        case .challengeResolved: "resolveChallenge"
        case .riskEnablementPanelDecided: "recordPanelDecision"
        case .complaintReceived: "receiveComplaint"
        case .complaintAcknowledged: "acknowledgeComplaint"
        case .complaintResponded: "respondToComplaint"
        case .capacityAssessed: "assessCapacity"
        case .bestInterestsDecisionMade: "makeBestInterestsDecision"
        case .safeguardingConcernRaised: "raiseSafeguardingConcern"
        case .safeguardingDutyDecided: "decideSafeguardingDuty"
        case .safeguardingEnquiryStarted: "startSafeguardingEnquiry"
        case .safeguardingOutcomeRecorded: "recordSafeguardingOutcome"
        case .advocacyConsidered: "considerAdvocacy"
        case .subjectAccessRequestReceived: "receiveSubjectAccessRequest"
        case .subjectAccessClarificationSought: "seekSubjectAccessClarification"
        case .subjectAccessRequestClarified: "clarifySubjectAccessRequest"
        case .subjectAccessRequestExtended: "extendSubjectAccessRequest"
        case .subjectAccessRequestAnswered: "answerSubjectAccessRequest"
        case .legalHoldPlaced: "placeLegalHold"
        case .legalHoldLifted: "liftLegalHold"
        case .erasureAuthorised: "authoriseErasure"
        case .opinionDisputed: "disputeOpinion"
        case .eventCorrected: "correctEvent"
        case .erased: "erased"
        }
    }

    /// The roles that may record decision `name` (a command name) on the case as it stands in
    /// `state`, or nil when no role is asked for: a correction (see `rolesToCorrect`), or the
    /// resolution of a challenge the case does not hold (its own rule refuses it). A challenge is
    /// resolved by the roles of the level it sits at; at the Risk Enablement Panel, once the
    /// panel's decision on it is recorded, also by those of the allocated worker's level — the
    /// panel advises and the allocated worker keeps responsibility for the decision (Wiltshire
    /// policy).
    public func roles(for name: String, challengeId: String?, in state: CaseState) -> Set<StaffRole>? {
        if name == "correctEvent" { return nil }
        guard name == "resolveChallenge" else { return roles[name] ?? [] }
        guard let id = challengeId, let challenge = state.challenges[id] else { return nil }
        var allowed = challengeResolution[challenge.level] ?? []
        if challenge.level == .riskEnablementPanel, !challenge.panelDecisionIds.isEmpty {
            allowed.formUnion(challengeResolution[.allocatedWorker] ?? [])
        }
        return allowed
    }

    /// The roles that may correct a decision `name` on the case as it stands: the roles it
    /// needed, and every role configured as above one of them.
    public func rolesToCorrect(_ name: String, challengeId: String?, in state: CaseState) -> Set<StaffRole>? {
        guard let needed = roles(for: name, challengeId: challengeId, in: state) else { return nil }
        return needed.union(above.compactMap { role, below in below.isDisjoint(with: needed) ? nil : role })
    }

    /// The breach when `actingRole` records decision `name` (about challenge `challengeId`, for a
    /// resolution) on the case as it stands in `state`; `correcting` when it corrects such a
    /// decision. Nil when the role is allowed.
    public func breach(_ name: String, challengeId: String?, correcting: Bool, actingRole: StaffRole, in state: CaseState) -> AuthorityBreach? {
        let allowed = correcting ? rolesToCorrect(name, challengeId: challengeId, in: state) : roles(for: name, challengeId: challengeId, in: state)
        guard let allowed, !allowed.contains(actingRole) else { return nil }
        return AuthorityBreach(decision: Self.words(name), actingRole: actingRole, allowed: allowed, correction: correcting)
    }

    /// The breach when `event` (a correction: the decision it corrects) was recorded under its
    /// acting role on the case as it stood in `state` before it; nil when the role is allowed.
    public func breach(of event: CaseEvent, in state: CaseState) -> AuthorityBreach? {
        let role = event.actingRole
        let kind = event.kind
        // issue 17: retention — an erased decision's content is gone; who recorded it under which
        // role remains, but the decision it was is no longer known, so it is not judged again.
        if kind == .erased { return nil }
        // The common case, answered without building names: a decision other than a correction
        // or a challenge's resolution, made under a role the table allows.
        if kind != .eventCorrected, kind != .challengeResolved, let i = Self.kinds.firstIndex(of: kind),
            rolesByKind[i].contains(role)
        {
            return nil
        }
        if case .eventCorrected(let c) = event {
            return breach(Self.commandName(of: c.corrected.kind), challengeId: Self.challengeId(of: c.corrected),
                correcting: true, actingRole: role, in: state)
        }
        return breach(Self.commandName(of: event.kind), challengeId: Self.challengeId(of: event), correcting: false, actingRole: role, in: state)
    }

    /// The challenge a resolution is about.
    static func challengeId(of event: CaseEvent) -> String? {
        if case .challengeResolved(let r) = event { return r.challengeId }
        return nil
    }

    /// A decision in words, with its command name.
    static func words(_ name: String) -> String {
        let plain = switch name {
        case "recordPanelDecision": "a Risk Enablement Panel decision"
        case "resolveChallenge": "the resolution of a challenge at its level"
        case "completeFinancialAssessment": "a financial assessment"
        case "signOffPlan": "the sign-off of a plan"
        case "refuseSignOff": "the refusal of a plan's sign-off"
        default: ""
        }
        return plain.isEmpty ? name : "\(plain) (\(name))"
    }
}
