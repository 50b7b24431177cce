extension CaseDecider {
    /// A new challenge, on decisions recorded on this case.
    func raiseChallenge(_ p: ChallengeRaised) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.challengeId, in: state.challenges.keys, "challenge")
        for id in p.challengedEventIds where state.event(withId: id) == nil {
            throw Rejection(.challengedEventUnknown,
                "challenge \(p.challengeId) refers to event \(id), which is not part of \(caseName)")
        }
        return [.challengeRaised(p)]
    }

    /// Escalation goes one level at a time (allocated worker, line manager, Risk Enablement
    /// Panel); a complaint may follow from any level.
    func escalateChallenge(_ p: EscalateChallenge) throws(Rejection) -> [CaseEvent] {
        let c = try openChallenge(p.challengeId)
        let allowed = p.toLevel == .complaint
            ? c.level < .complaint
            : p.toLevel.rank == c.level.rank + 1
        guard allowed else {
            throw Rejection(.challengeEscalationOrder,
                "challenge \(p.challengeId) on \(caseName) is with the \(c.level.words); it escalates next to the \(ChallengeLevel.allCases.first { $0.rank == c.level.rank + 1 }?.words ?? "complaints procedure") (or a complaint at any time), not the \(p.toLevel.words)")
        }
        return [.challengeEscalated(ChallengeEscalated(
            metadata: p.metadata, challengeId: p.challengeId, fromLevel: c.level, toLevel: p.toLevel))]
    }

    /// An open challenge is resolved where it stands.
    func resolveChallenge(_ p: ResolveChallenge) throws(Rejection) -> [CaseEvent] {
        let c = try openChallenge(p.challengeId)
        return [.challengeResolved(ChallengeResolved(
            metadata: p.metadata, challengeId: p.challengeId, level: c.level, outcome: p.outcome,
            actions: p.actions))]
    }

    /// A panel decision has a new id; on a challenge, only once it was referred to the panel.
    func recordPanelDecision(_ p: RiskEnablementPanelDecided) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.panelDecisionId, in: state.panelDecisions.keys, "Risk Enablement Panel decision")
        if let id = p.challengeId {
            let c = try openChallenge(id)
            guard c.level == .riskEnablementPanel else {
                throw Rejection(.panelChallengeNotReferred,
                    "challenge \(id) is with the \(c.level.words); escalate it to the Risk Enablement Panel first")
            }
        }
        return [.riskEnablementPanelDecided(p)]
    }

    /// The challenge, when it exists and is open.
    func openChallenge(_ id: String) throws(Rejection) -> ChallengeRecord {
        guard let c = state.challenges[id] else {
            throw Rejection(.challengeUnknown, "\(caseName) has no challenge \(id)")
        }
        guard c.isOpen else {
            throw Rejection(.challengeNotOpen,
                "challenge \(id) on \(caseName) was resolved (\(c.resolution!.outcome.rawValue)) on \(c.resolution!.metadata.effectiveDate.words)")
        }
        return c
    }
}

extension ChallengeLevel {
    /// The level in words: "allocated worker", "line manager", …
    public var words: String {
        switch self {
        case .allocatedWorker: "allocated worker"
        case .lineManager: "line manager"
        case .riskEnablementPanel: "Risk Enablement Panel"
        case .complaint: "complaints procedure"
        }
    }
}
