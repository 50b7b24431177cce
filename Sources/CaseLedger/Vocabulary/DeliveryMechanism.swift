/// How money from the personal budget reaches the support. A "mixed" (combination) budget is
/// several arrangements with different mechanisms.
public enum DeliveryMechanism: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<DeliveryMechanism>()

    /// Money paid to the customer (or a suitable person) to arrange their own support.
    case directPayment
    /// Council-managed ("virtual") budget: the council arranges the services.
    case managedAccount
    /// A provider holds the budget and arranges support with the customer.
    case individualServiceFund
    /// A third party or user-controlled trust manages the money.
    case thirdPartyOrTrust
    /// A support broker arranges the support.
    case broker
}
