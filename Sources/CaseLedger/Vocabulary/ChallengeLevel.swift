/// Where a challenge is being handled, in escalation order: allocated worker, line manager,
/// Risk Enablement Panel, complaint. The complaints procedure may be used from any level.
public enum ChallengeLevel: String, PayloadEnum, Comparable {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ChallengeLevel>()

    /// First, with the allocated worker while decisions are being made.
    case allocatedWorker
    /// Then the allocated worker's line manager.
    case lineManager
    /// Then the Risk Enablement Panel (complex needs, reasonableness, risk, safety).
    case riskEnablementPanel
    /// The complaints procedure (usable at any time).
    case complaint

    /// Position in the escalation order, from 0.
    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    /// Orders levels by escalation.
    public static func < (a: ChallengeLevel, b: ChallengeLevel) -> Bool { a.rank < b.rank }
}
