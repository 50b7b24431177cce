/// How a challenge ended.
public enum ChallengeOutcome: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ChallengeOutcome>()

    /// The challenge succeeded.
    case upheld
    /// The challenge partly succeeded.
    case partlyUpheld
    /// The decision stands.
    case notUpheld
    /// The customer withdrew the challenge.
    case withdrawnByCustomer
}
