/// How part of the personal budget is delivered: the mechanism, which plan lines it pays for, the
/// weekly amount, and the payment made at the stated frequency.
public struct DeliveryArrangement: PayloadObject, Hashable {
    /// Direct payment, managed account, individual service fund, third party or trust, or broker.
    public var mechanism: DeliveryMechanism
    /// The plan lines this arrangement pays for.
    public var lineIds: [String]
    /// The weekly amount in pence.
    public var weeklyAmount: Money
    /// The amount of each payment in pence.
    public var paymentAmount: Money
    /// How often a payment is made.
    public var frequency: PaymentFrequency
    /// Who holds or manages the money (the customer, a suitable person, the council, a provider).
    public var heldBy: String

    /// A value with every field given.
    public init(
        mechanism: DeliveryMechanism,
        lineIds: [String] = [],
        weeklyAmount: Money,
        paymentAmount: Money,
        frequency: PaymentFrequency,
        heldBy: String
    ) {
        self.mechanism = mechanism
        self.lineIds = lineIds
        self.weeklyAmount = weeklyAmount
        self.paymentAmount = paymentAmount
        self.frequency = frequency
        self.heldBy = heldBy
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        mechanism = try r("mechanism")
        lineIds = try r("lineIds")
        weeklyAmount = try r("weeklyAmount")
        paymentAmount = try r("paymentAmount")
        frequency = try r("frequency")
        heldBy = try r("heldBy")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        w.set("mechanism", mechanism)
        w.set("lineIds", lineIds)
        w.set("weeklyAmount", weeklyAmount)
        w.set("paymentAmount", paymentAmount)
        w.set("frequency", frequency)
        w.set("heldBy", heldBy)
    }
}
