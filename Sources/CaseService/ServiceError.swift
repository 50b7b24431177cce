import CaseLedger
import LedgerStore

/// Why the service did not do what was asked. Every case has a stable `code` and a one-line
/// `message` for the person who must act; nothing was written.
public enum ServiceError: Error, Sendable, CustomStringConvertible {
    /// A rule refused the decision (the domain's rule, or the service's own rules on the staff
    /// register and configuration, which use the same codes).
    case rejected(Rejection)
    /// The command's input does not read as the command (a field missing or of the wrong type).
    case invalidCommand(command: String, PayloadDecodingError)
    /// The command's input could not be put together from `--json` and flags.
    case invalidInput(CommandInputError)
    /// The configuration given to publish is not a valid configuration.
    case invalidConfiguration(PayloadDecodingError)
    /// A stored event could not be read (unknown type, unsupported schema with no upcaster,
    /// or a payload that does not match its type).
    case unreadableEvent(stream: String, seq: Int64, type: String, schema: Int64, PayloadDecodingError)
    /// No configuration is in force on the decision date.
    case configurationMissing(on: CalendarDate)
    /// No case with this id is in the ledger (as known at the time asked about, when one was).
    case caseNotFound(String, asKnownAt: Timestamp?)
    /// The case id is one of the reserved stream names.
    case reservedCaseId(String)
    /// The store refused or failed (a version conflict, damage, an I/O error…).
    case store(LedgerError)
    // issue 14: one way in for domain events
    /// A raw event (`caseledger append`, input line `line`) would write the domain: a case, the
    /// staff register or the configuration, by its type (`byType`) or by its stream.
    case domainEventRefused(line: Int, stream: String, type: String, kind: DomainStreamKind, byType: Bool)
    /// Legacy history given to `caseledger import` cannot be imported (input line `line`, 0 when
    /// the problem is the whole input); `code` and `problem` say why.
    case importRefused(line: Int, code: String, problem: String)

    /// A short stable code: the rule's code for a rejection, the store's code for a store error.
    public var code: String {
        switch self {
        case .rejected(let r): r.rule.code
        case .invalidCommand: "invalid-command"
        case .invalidInput(let e): e.code
        case .invalidConfiguration: "invalid-configuration"
        case .unreadableEvent: "event-unreadable"
        case .configurationMissing: "configuration-missing"
        case .caseNotFound: "case-not-found"
        case .reservedCaseId: "case-id-reserved"
        case .store(let e): e.code
        case .domainEventRefused: "append-domain-event"
        case .importRefused(_, let code, _): code
        }
    }

    /// One line: what is wrong and what to do.
    public var message: String {
        switch self {
        case .rejected(let r):
            return r.message
        case .invalidCommand(let command, let e):
            return "\(command): \(e.description); nothing was written"
        case .invalidInput(let e):
            return e.message
        case .invalidConfiguration(let e):
            return "the configuration is not valid: \(e.description); nothing was written"
        case .unreadableEvent(let stream, let seq, let type, let schema, let e):
            return UnreadableEvent.sentence(caseId: stream, seq: seq, type: type, schema: schema, problem: e) + ". "
                + UnreadableEvent.advice(caseId: stream, seq: seq)
        case .configurationMissing(let date):
            return "no configuration is in force on \(date): publish one first, e.g. "
                + "'caseledger config publish --json events/config/england-2026.json --as STAFF-ID'"
        case .caseNotFound(let id, let time):
            return time.map { "nothing was recorded on case \(id) by \($0.rfc3339)" } ?? "there is no case \(id) in the ledger"
        case .reservedCaseId(let id):
            return "\"\(id)\" is reserved for the ledger's own stream and cannot be a case id; choose another, e.g. C-1001"
        case .store(let e):
            return e.message
        case .domainEventRefused(let line, let stream, let type, let kind, let byType):
            let what = byType
                ? "a \(type) event belongs to \(kind.phrase), and append writes only streams the domain does not read"
                : (kind == .caseStream
                    ? "\(stream) is a case, and append cannot add events to a case"
                    : "\(stream) is the stream of \(kind.phrase), and append cannot add events to it")
            return "line \(line): \(what): only the commands that hold the rules write it; \(kind.commands); nothing was written"
        case .importRefused(let line, _, let problem):
            return (line > 0 ? "line \(line): " : "") + problem + "; nothing was imported"
        }
    }

    /// `message [code]`.
    public var description: String { "\(message) [\(code)]" }
}
