import CaseLedger
import CaseService
import LedgerStore

/// Why an audit report could not be made. Each has a stable `code` and a one-line `message`
/// saying what is wrong and what to do.
public enum AuditError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No events of this case are in the ledger (or none recorded by the time asked about).
    case unknownCase(caseId: String, known: [String])
    /// The case had no events recorded by the time asked about.
    case caseNotYetOpened(caseId: String, at: Timestamp, firstRecordedAt: Timestamp)
    /// The time asked about is before the ledger's first event.
    case beforeLedgerBegan(option: String, time: Timestamp, firstRecordedAt: Timestamp?)
    /// The ledger failed verification: no report presents its history as sound.
    case damaged(fault: LedgerFault, soundEvents: Int64, ledgerPath: String)
    /// Events of the case (or of the staff register) could not be read (at least one; in
    /// recorded order). A report on one case refuses rather than show part of it: what it would
    /// say from the rest (the stage, the figures, what is due) could be wrong, and its reader
    /// could not tell.
    case unreadableEvents(caseId: String, [UnreadableEvent])
    /// The stream exists but is not a case.
    case notACase(stream: String)

    /// A short stable identifier, e.g. `unknown-case`.
    public var code: String {
        switch self {
        case .unknownCase: "unknown-case"
        case .caseNotYetOpened: "case-not-yet-opened"
        case .beforeLedgerBegan: "before-ledger-began"
        case .damaged: "ledger-damaged"
        case .unreadableEvents: "unreadable-event"
        case .notACase: "not-a-case"
        }
    }

    /// One line for the person who must act.
    public var message: String {
        switch self {
        case .unknownCase(let id, let known):
            let some = known.prefix(5).joined(separator: ", ")
            let hint = known.isEmpty ? "the ledger holds no cases" : "cases in the ledger include \(some)"
            return "no case \(id) in the ledger: check the case reference (\(hint))"
        case .caseNotYetOpened(let id, let at, let first):
            return "case \(id) had nothing recorded by \(at.rfc3339); its first event was recorded at \(first.rfc3339)"
        case .beforeLedgerBegan(let option, let time, let first):
            let began = first.map { "its first event was recorded at \($0.rfc3339)" } ?? "it holds no events"
            return "--\(option) \(time.rfc3339) is before the ledger began (\(began)): choose a later time"
        case .damaged(let fault, let sound, let path):
            return "the ledger is damaged at \(fault): no report is made, because history from there on cannot be shown to be sound "
                + "(\(sound) events before it verify). Keep a copy of the directory and run 'caseledger-audit verify --ledger \(path)'"
        case .unreadableEvents(let id, let events):
            let what = events.map(\.sentence).joined(separator: "; ")
            let owner = Streams.isReserved(id) ? "the \(id) stream" : "case \(id)"
            let refused = Streams.isReserved(id)
                ? "no report is made, because every case's authority and names rest on it"
                : "no report on \(id) is made, because what it would show without \(events.count == 1 ? "that event" : "those events") "
                    + "(the stage, the figures, what is due) could be wrong and its reader could not tell; the council-wide reports "
                    + "(caseload, compliance, export cld) list the case and carry on"
            return "\(what). \(events.count == 1 ? "This event" : "These \(events.count) events") of \(owner) cannot be read, so \(refused). "
                + UnreadableEvent.advice(caseId: id, seq: events[0].seq)
        case .notACase(let stream):
            return "\(stream) is a stream of the ledger but not a case: give a case reference such as C-1001"
        }
    }

    /// The message.
    public var description: String { message }
}
