/// Why a ledger could not be read against a verification record. Each case says what the person
/// must do; `code` is stable for scripts.
public enum RecordCheckError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The record file cannot be used (missing, cut short, damaged, not a record).
    case unreadable(VerificationRecord.Unreadable)
    /// The ledger's first event is not the one the record was made from.
    case otherLedger(recordPath: String, ledgerPath: String)
    /// A line the record describes is not what was verified: the ledger was changed after the
    /// verification (or the record does not belong to it).
    case changed(recordPath: String, at: LogPosition, verifiedAt: Timestamp, reason: String)
    /// The ledger itself could not be read, or the events recorded after the verification are
    /// damaged.
    case ledger(LedgerError)

    /// A short stable identifier, e.g. `record-mismatch`.
    public var code: String {
        switch self {
        case .unreadable: return "record-unreadable"
        case .otherLedger: return "record-other-ledger"
        case .changed: return "record-mismatch"
        case .ledger(let error): return error.code
        }
    }

    /// One line for the person who must act on it.
    public var message: String {
        switch self {
        case .unreadable(let problem):
            return "\(problem). Make a new one with 'caseledger-audit verify --ledger DIR --verification-record FILE'"
        case .otherLedger(let record, let ledger):
            return "the verification record \(record) was not made from the ledger at \(ledger): its first event differs. "
                + "Give the record made from this ledger, or make one with 'caseledger-audit verify --ledger \(ledger) --verification-record FILE'"
        case .changed(let record, let at, let verifiedAt, let reason):
            return "the ledger no longer matches the verification record \(record) made at \(verifiedAt.rfc3339): at \(at), \(reason). "
                + "Either the ledger was changed after it was verified, or the record is not this ledger's. Do not rely on reports "
                + "from it: keep a copy of the directory and run 'caseledger-audit verify' on it to see whether the chain still holds"
        case .ledger(let error):
            return error.message
        }
    }

    /// The message.
    public var description: String { message }
}
