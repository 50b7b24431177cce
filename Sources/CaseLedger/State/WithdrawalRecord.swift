/// A withdrawal of services and its written notice.
public struct WithdrawalRecord: Hashable, Sendable {
    /// The decision.
    public var decided: WithdrawalDecided
    /// The decision event's id.
    public var eventId: String
    /// The written notice, once sent.
    public var notice: WithdrawalNoticeSent?

    /// A withdrawal awaiting its notice.
    public init(decided: WithdrawalDecided, eventId: String) {
        self.decided = decided
        self.eventId = eventId
        self.notice = nil
    }
}
