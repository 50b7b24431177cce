/// A guard against a writer whose clock has jumped ahead (INVARIANTS.md rule 16).
///
/// Recorded time never goes back (rule 4), so one append stamped with a wrong clock far in the
/// future would raise the recorded time of every later event on every stream, and cut "as known
/// at" wrongly for ever. With a guard, an append whose clock reads more than `maximumLead` after
/// the last recorded event is refused, unless the person appending acknowledges the jump; the
/// acknowledgement is then written in the log, in the same batch, as the first event: stream
/// `ledger`, type `clockJumpAcknowledged`, with the last recorded time, the new one and the reason.
/// `Verifier` lists every gap longer than `ClockJumpGuard.standardLead` with its acknowledgement or
/// none, so an auditor sees a jump however it was written.
public struct ClockJumpGuard: Hashable, Sendable {
    /// The longest step ahead of the last recorded event accepted without an acknowledgement.
    public var maximumLead: Int64
    /// Why the person appending says the jump is right, or nil when none is acknowledged.
    public var acknowledgement: String?

    /// A guard allowing `maximumLead` microseconds (31 days unless given), acknowledging a longer
    /// step with `acknowledgement` when given.
    public init(maximumLead: Int64 = ClockJumpGuard.standardLead, acknowledgement: String? = nil) {
        self.maximumLead = maximumLead
        self.acknowledgement = acknowledgement
    }

    /// 31 days, in microseconds: no council's case records go a month without an event, and a
    /// clock set a month, a year or a century ahead is caught.
    public static let standardLead: Int64 = 31 * 86_400 * 1_000_000

    /// The stream of the storage's own events, which no other stream may be named.
    public static let stream = "ledger"
    /// The type of an acknowledged clock jump.
    public static let acknowledgedType = "clockJumpAcknowledged"

    /// The jump `now` makes after `last`, when it is longer than the guard allows.
    func jump(from last: Timestamp?, to now: Timestamp) -> Int64? {
        guard let last else { return nil }
        let lead = now.microsecondsSinceEpoch &- last.microsecondsSinceEpoch
        return lead > maximumLead ? lead : nil
    }

    /// The acknowledgement event for a jump from `last` to `now`, by `actor`.
    func acknowledgementEvent(reason: String, from last: Timestamp, to now: Timestamp, actor: String) -> NewEvent {
        NewEvent(
            stream: Self.stream, type: Self.acknowledgedType, actor: actor,
            payload: [
                "lastRecordedAt": .string(last.rfc3339), "clockReads": .string(now.rfc3339),
                "daysAhead": .integer((now.microsecondsSinceEpoch - last.microsecondsSinceEpoch) / 86_400_000_000),
                "reason": .string(reason),
            ])
    }
}
