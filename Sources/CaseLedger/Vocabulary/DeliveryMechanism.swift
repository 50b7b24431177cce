/// How money from the personal budget reaches the support. A "mixed" (combination) budget is
/// several arrangements with different mechanisms.
public enum DeliveryMechanism: String, PayloadEnum {
    case directPayment
    /// Council-managed ("virtual") budget: the council arranges the services.
    case managedAccount
    case individualServiceFund
    case thirdPartyOrTrust
    case broker
}
