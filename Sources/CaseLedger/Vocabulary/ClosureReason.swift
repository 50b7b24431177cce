/// Why a case was closed.
public enum ClosureReason: String, PayloadEnum {
    case servicesWithdrawn
    case informationAndAdviceOnly
    case noEligibleNeeds
    case supportDeclined
    case movedAway
    case died
    case transferredToAnotherCouncil
}
