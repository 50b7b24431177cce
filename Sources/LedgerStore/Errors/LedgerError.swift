/// Where in the log something was found: the segment file, the 1-based line in it, and the
/// event's seq when it could be read (or inferred from its position).
public struct LogPosition: Hashable, Sendable, CustomStringConvertible {
    /// The segment's file name, e.g. `segment-0000000000000001.jsonl`.
    public let segment: String
    /// The 1-based line number within the segment.
    public let line: Int
    /// The seq the event has, or should have, at that place.
    public let seq: Int64

    /// A position in the log.
    public init(segment: String, line: Int, seq: Int64) {
        self.segment = segment
        self.line = line
        self.seq = seq
    }

    /// "segment-0000000000000001.jsonl line 57 (seq 57)".
    public var description: String { "\(segment) line \(line) (seq \(seq))" }
}

/// Every way a ledger operation can fail. Each case carries what the person who must act needs,
/// a stable `code` for scripts, and a one-line `message` naming the problem and what to do.
public enum LedgerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No ledger directory at this path.
    case ledgerNotFound(path: String)
    /// The directory exists but holds no ledger manifest (or an unreadable one).
    case notALedger(path: String, reason: String)
    /// `init` found something already at the path.
    case alreadyExists(path: String)
    /// The log is damaged before its tail; nothing is appended until someone investigates.
    case damaged(at: LogPosition, reason: String)
    /// The stream is not at the version the append expected: someone else recorded first.
    case wrongExpectedVersion(stream: String, expected: ExpectedVersion, actual: Int64, batchIndex: Int)
    /// An event id already in the log (at `existingSeq`), or used by an earlier event of the same
    /// batch (`existingSeq` nil), was appended again with different content.
    case duplicateEventID(id: String, existingSeq: Int64?, batchIndex: Int)
    /// An event in a batch broke an envelope rule (empty stream, bad type, too large, …).
    case invalidEvent(batchIndex: Int, reason: String)
    /// A line of input (JSON Lines of new events) is not a valid event description.
    case invalidInput(line: Int, reason: String)
    /// A system call failed.
    case io(operation: String, path: String, errno: Int32)
    /// The writer's clock reads further after the last recorded event than a `ClockJumpGuard`
    /// allows, and no jump was acknowledged.
    case clockJump(lastRecordedAt: Timestamp, clockReads: Timestamp, maximumLead: Int64)
    // issue 16 (torn): regular files only.
    /// A file the ledger reads or writes (a segment, `ledger.json`, the lock, an index file) is
    /// not a regular file inside the ledger directory (a link, a pipe, a directory, a device), or
    /// a name that looks like a segment's is not one. `reason` says what it is and what to do.
    case unusableFile(path: String, reason: String)
    /// A Merkle tree size, leaf or proof asked of the ledger that it cannot give (issue 16: tree).
    case merkle(MerkleError)
    // issue 17: v2
    /// An erasure refused, changing nothing: the part it names, and why.
    case erasureRefused(part: ErasedPart?, reason: String)

    /// A short stable identifier of the kind of failure, e.g. `ledger-damaged`.
    public var code: String {
        switch self {
        case .ledgerNotFound: return "ledger-not-found"
        case .notALedger: return "not-a-ledger"
        case .alreadyExists: return "ledger-exists"
        case .damaged: return "ledger-damaged"
        case .wrongExpectedVersion: return "version-conflict"
        case .duplicateEventID: return "duplicate-event-id"
        case .invalidEvent: return "invalid-event"
        case .invalidInput: return "invalid-input"
        case .io: return "io-error"
        case .clockJump: return "clock-jump"
        case .unusableFile: return "unusable-file"
        case .merkle(let error): return error.code
        case .erasureRefused: return "erasure-refused"
        }
    }

    /// One line for the person who must act on it.
    public var message: String {
        switch self {
        case .ledgerNotFound(let path):
            return "no ledger at \(path): check the path, or create one with 'caseledger init \(path)'"
        case .notALedger(let path, let reason):
            return "\(path) is not a caseledger ledger (\(reason))"
        case .alreadyExists(let path):
            return "\(path) already exists and is not empty: choose a new directory for the ledger"
        case .damaged(let at, let reason):
            return "the ledger is damaged at \(at): \(reason). Nothing can be appended until it is investigated: "
                + "keep a copy of the directory and report it (damage is never repaired automatically)"
        case .wrongExpectedVersion(let stream, let expected, let actual, let i):
            let what = "event \(i + 1) of the batch expected stream \(stream) to be \(expected.phrase)"
            return "\(what), but it has \(actual) event\(actual == 1 ? "" : "s"): someone else "
                + "recorded on it first. Reload the stream and try again; nothing was written"
        case .duplicateEventID(let id, let seq, let i):
            let first = seq.map { "already recorded as seq \($0)" } ?? "already used by an earlier event of the same batch"
            return "event \(i + 1) of the batch reuses id \(id), \(first) "
                + "with different content: give the new event its own id; nothing was written"
        case .invalidEvent(let i, let reason):
            return "event \(i + 1) of the batch: \(reason); nothing was written"
        case .invalidInput(let line, let reason):
            return "line \(line) of the input: \(reason); nothing was written"
        case .io(let operation, let path, let code):
            return "could not \(operation) \(path): \(LedgerError.describe(errno: code))"
        case .unusableFile(let path, let reason):
            return "\(path) \(reason); nothing was read from it or written through it"
        case .clockJump(let last, let now, let lead):
            let days = (now.microsecondsSinceEpoch - last.microsecondsSinceEpoch) / 86_400_000_000
            return "this machine's clock reads \(now.rfc3339), \(days) days after the last recorded event (\(last.rfc3339)), "
                + "more than the \(lead / 86_400_000_000) days a writer may step ahead: recorded time never goes back, so every later "
                + "event would be stamped after it. Check the clock; if it is right (nothing was recorded for that long), "
                + "append again acknowledging the jump with its reason (caseledger: --clock-jump REASON), which is recorded in the log; "
                + "nothing was written"
        case .merkle(let error):
            return error.message
        case .erasureRefused(let part, let reason):
            let what = part.map { "\($0.pointer) of seq \($0.seq) cannot be erased" } ?? "nothing can be erased"
            return "\(what): \(reason); nothing was changed"
        }
    }

    public var description: String { message }

    /// The system's text for an errno value, with the number.
    static func describe(errno code: Int32) -> String {
        if let text = strerror(code) { return "\(String(cString: text)) (errno \(code))" }
        return "errno \(code)"
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
