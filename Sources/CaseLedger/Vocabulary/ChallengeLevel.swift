/// Where a challenge is being handled, in escalation order: allocated worker, line manager,
/// Risk Enablement Panel, complaint. The complaints procedure may be used from any level.
public enum ChallengeLevel: String, PayloadEnum, Comparable {
    case allocatedWorker
    case lineManager
    case riskEnablementPanel
    case complaint

    /// Position in the escalation order, from 0.
    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (a: ChallengeLevel, b: ChallengeLevel) -> Bool { a.rank < b.rank }
}
