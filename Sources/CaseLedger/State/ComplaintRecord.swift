/// A complaint: received, acknowledged, responded.
public struct ComplaintRecord: Hashable, Sendable {
    /// The complaint received.
    public var received: ComplaintReceived
    /// The acknowledgement, once sent.
    public var acknowledged: ComplaintAcknowledged?
    /// The response, once sent.
    public var response: ComplaintResponded?

    /// A complaint just received.
    public init(received: ComplaintReceived) {
        self.received = received
        self.acknowledged = nil
        self.response = nil
    }

    /// True until responded.
    public var isOpen: Bool { response == nil }
}
