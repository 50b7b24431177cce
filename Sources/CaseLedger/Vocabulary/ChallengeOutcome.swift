/// How a challenge ended.
public enum ChallengeOutcome: String, PayloadEnum {
    case upheld
    case partlyUpheld
    case notUpheld
    case withdrawnByCustomer
}
