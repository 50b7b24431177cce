/// Why a case was closed.
public enum ClosureReason: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ClosureReason>()

    /// Services were withdrawn after review (needs a withdrawal with its notice).
    case servicesWithdrawn
    /// Information and advice was all that was needed.
    case informationAndAdviceOnly
    /// No eligible needs were found.
    case noEligibleNeeds
    /// The customer declined support.
    case supportDeclined
    /// The customer moved out of the area.
    case movedAway
    /// The customer died.
    case died
    /// The case moved to another council.
    case transferredToAnotherCouncil
}
