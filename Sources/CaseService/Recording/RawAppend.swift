import CaseLedger
import LedgerStore

// Keeps events/INVARIANTS.md rule 7: no raw line writes the domain.
// issue 14: one way in for domain events.
/// Which part of the domain a stream or an event type belongs to: a case, the staff register,
/// the configuration, or the ledger's own records. Events of these are written only by the
/// commands that hold their rules (`record`, `staff …`, `config publish`, `import`, and a writing
/// command's `--clock-jump`), never raw.
public enum DomainStreamKind: Sendable, Hashable {
    /// A case's stream (its first event is a case event), or a case event type.
    case caseStream
    /// The staff register's stream, or a staff register event type.
    case staffRegister
    /// The configuration's stream, or `configurationPublished`.
    case configuration
    /// The storage's own stream (`ledger`: acknowledged clock jumps), or `clockJumpAcknowledged`.
    case ledgerRecords

    /// What the stream is, in words: "a case", "the staff register", "the configuration".
    public var phrase: String {
        switch self {
        case .caseStream: "a case"
        case .staffRegister: "the staff register"
        case .configuration: "the configuration"
        case .ledgerRecords: "the ledger's own records (acknowledged clock jumps)"
        }
    }

    /// The commands that write this part of the domain, as the person should type them.
    public var commands: String {
        switch self {
        case .caseStream:
            "record a decision with 'caseledger record TYPE --case ID --as STAFF-ID', "
                + "or bring history from an older system with 'caseledger import --from SYSTEM --as STAFF-ID FILE'"
        case .staffRegister:
            "change the register with 'caseledger staff add|grant|revoke|leave … --as STAFF-ID'"
        case .configuration:
            "publish a configuration with 'caseledger config publish --json FILE --as STAFF-ID'"
        case .ledgerRecords:
            "a clock jump is acknowledged only by the writing command it lets through, given --clock-jump REASON"
        }
    }
}

extension Streams {
    /// The part of the domain the event type `type` (as stored at `schema`, upcast through
    /// `upcaster` by name) belongs to; nil for a type the domain does not read.
    public static func domainKind(ofType type: String, schema: Int, upcaster: Upcaster = .standard) -> DomainStreamKind? {
        let current = (try? upcaster.upcast(type: type, schema: schema, payload: .object([:])))?.type
        for name in [type, current].compactMap({ $0 }) {
            if CaseEvent.allTypeNames.contains(name) { return .caseStream }
            if StaffEvent.allTypeNames.contains(name) { return .staffRegister }
            if name == ConfigurationPublished.typeName { return .configuration }
            if name == ClockJumpGuard.acknowledgedType { return .ledgerRecords }
        }
        return nil
    }
}

extension CaseService {
    /// Checks a raw batch (`caseledger append`) against the ledger `ledger` (open read-only, as
    /// it is when the check runs: nothing is opened for writing before the batch is known to be
    /// good) and returns it ready to append. Refuses, naming the input line (`lines[i]` for
    /// `events[i]`), any event that would write the domain: on the staff register's or the
    /// configuration's stream, of a case, staff register or configuration event type, or on a
    /// stream that is already a case (its first event is a case event) — a raw line there is read
    /// by every report of the case and could make it unreadable for ever (the log is
    /// append-only). A stream that does not exist yet is expected still not to exist when the
    /// batch is appended (its first event's `expectedVersion` `any` becomes `no-stream`), so a
    /// case opened by another writer meanwhile makes the append fail with `version-conflict`
    /// instead of writing into the new case.
    ///
    /// - Throws: `ServiceError.domainEventRefused` for the first such event; `.store` when the
    ///   ledger cannot be read.
    public static func checkRawAppend(
        _ events: [NewEvent], lines: [Int], in ledger: Ledger, upcaster: Upcaster = .standard
    ) throws(ServiceError) -> [NewEvent] {
        var out = events
        var known: [String: DomainStreamKind?] = [:]
        var opened: Set<String> = []
        for (i, event) in events.enumerated() {
            let line = i < lines.count ? lines[i] : i + 1
            if event.stream == Streams.staff {
                throw .domainEventRefused(line: line, stream: event.stream, type: event.type, kind: .staffRegister, byType: false)
            }
            if event.stream == Streams.configuration {
                throw .domainEventRefused(line: line, stream: event.stream, type: event.type, kind: .configuration, byType: false)
            }
            if event.stream == Streams.ledger {
                throw .domainEventRefused(line: line, stream: event.stream, type: event.type, kind: .ledgerRecords, byType: false)
            }
            if let kind = Streams.domainKind(ofType: event.type, schema: Int(event.schema), upcaster: upcaster) {
                throw .domainEventRefused(line: line, stream: event.stream, type: event.type, kind: kind, byType: true)
            }
            if known[event.stream] == nil {
                known[event.stream] = try streamKind(event.stream, in: ledger, upcaster: upcaster)
                if try version(of: event.stream, in: ledger) == 0 { opened.insert(event.stream) }
            }
            if let kind = known[event.stream] ?? nil {
                throw .domainEventRefused(line: line, stream: event.stream, type: event.type, kind: kind, byType: false)
            }
            if opened.remove(event.stream) != nil, case .any = event.expectedVersion {
                out[i].expectedVersion = .noStream
            }
        }
        return out
    }

    /// What stream `stream` of `ledger` is to the domain, by its first event; nil when it holds
    /// none or is not the domain's.
    static func streamKind(_ stream: String, in ledger: Ledger, upcaster: Upcaster) throws(ServiceError) -> DomainStreamKind? {
        guard try version(of: stream, in: ledger) > 0 else { return nil }
        let first: StoredEvent
        do { first = try ledger.events(inStream: stream)[0] } catch { throw .store(error) }
        return Streams.domainKind(ofType: first.type, schema: Int(first.schema), upcaster: upcaster)
    }

    /// The number of events in `stream`.
    private static func version(of stream: String, in ledger: Ledger) throws(ServiceError) -> Int64 {
        do { return try ledger.version(of: stream) } catch { throw .store(error) }
    }
}
