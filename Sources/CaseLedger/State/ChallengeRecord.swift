/// A challenge: what was raised, where it stands in the escalation order, and how it ended.
public struct ChallengeRecord: Hashable, Sendable {
    /// The challenge raised.
    public var raised: ChallengeRaised
    /// The level where it now stands.
    public var level: ChallengeLevel
    /// Its escalations, in order.
    public var escalations: [ChallengeEscalated]
    /// Risk Enablement Panel decisions on it.
    public var panelDecisionIds: [String]
    /// The resolution, once resolved.
    public var resolution: ChallengeResolved?

    /// A challenge just raised, with the allocated worker.
    public init(raised: ChallengeRaised) {
        self.raised = raised
        self.level = .allocatedWorker
        self.escalations = []
        self.panelDecisionIds = []
        self.resolution = nil
    }

    /// True until resolved.
    public var isOpen: Bool { resolution == nil }
}
