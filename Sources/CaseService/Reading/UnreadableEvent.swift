import CaseLedger
import LedgerStore

// issue 14: readers that cannot be poisoned
/// A stored event of a case that the domain cannot read: an unknown type, a schema this build
/// does not read (and no upcaster reaches), a payload that does not match its type (a required
/// field missing, a value out of range), or a payload missing. Such an event can only have been
/// written round the rules (by hand, with the storage API, or by another version); it stays in
/// the log for ever (the log is append-only), so every reader says the same plain thing about
/// it: which case, which event (seq, id, type, schema, when recorded), which field and what is
/// wrong, and what to do. One home for those words: `ServiceError`, the audit's errors, the
/// compliance finding, the caseload and the CLD export all use `sentence` and `advice`.
public struct UnreadableEvent: Hashable, Sendable {
    /// The case (the event's stream).
    public let caseId: String
    /// The event's seq in the ledger.
    public let seq: Int64
    /// The event's id.
    public let eventId: String
    /// The type it was recorded with.
    public let type: String
    /// The schema it was recorded with.
    public let schema: Int64
    /// When it was recorded.
    public let recordedAt: Timestamp
    /// Which field is wrong (empty for the payload as a whole) and what is wrong with it.
    public let problem: PayloadDecodingError

    /// An unreadable event.
    public init(caseId: String, seq: Int64, eventId: String, type: String, schema: Int64, recordedAt: Timestamp, problem: PayloadDecodingError) {
        self.caseId = caseId
        self.seq = seq
        self.eventId = eventId
        self.type = type
        self.schema = schema
        self.recordedAt = recordedAt
        self.problem = problem
    }

    /// `stored` (an event of a case) and why it cannot be read.
    public init(_ stored: StoredEvent, problem: PayloadDecodingError) {
        self.init(
            caseId: stored.stream, seq: stored.seq, eventId: stored.id.description, type: stored.type, schema: stored.schema,
            recordedAt: stored.recordedAt, problem: problem)
    }

    /// "event seq 5 of case C-1002 (referralReceived, schema 1, recorded 2026-05-01T09:00:00Z) cannot be
    /// read: field `reasons`: missing".
    public var sentence: String {
        UnreadableEvent.sentence(caseId: caseId, seq: seq, type: type, schema: schema, recordedAt: recordedAt, problem: problem)
    }

    /// The sentence, for a reader that has no `UnreadableEvent` to hand (a `ServiceError`).
    public static func sentence(
        caseId: String, seq: Int64, type: String, schema: Int64, recordedAt: Timestamp? = nil, problem: PayloadDecodingError
    ) -> String {
        let recorded = recordedAt.map { ", recorded \($0.rfc3339)" } ?? ""
        let owner = Streams.isReserved(caseId) ? "the \(caseId) stream" : "case \(caseId)"
        return "event seq \(seq) of \(owner) (\(type), schema \(schema)\(recorded)) cannot be read: \(problem.description)"
    }

    /// What to do, for the person who meets one. A correction cannot put it right: a correction
    /// supersedes an event it can read.
    public static func advice(caseId: String, seq: Int64) -> String {
        "It was written round the rules (by hand, or by another version of caseledger) and stays in the log, which is append-only; "
            + "a correction cannot supersede an event that cannot be read. Tell whoever administers the ledger, giving case \(caseId) "
            + "and seq \(seq) ('caseledger stream \(caseId)' prints the event as recorded); if another version wrote it, read the "
            + "ledger with that version"
    }

    /// The sentence and the advice.
    public var message: String { "\(sentence). \(UnreadableEvent.advice(caseId: caseId, seq: seq))" }
}
