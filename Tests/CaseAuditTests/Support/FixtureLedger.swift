import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Foundation
import LedgerStore

/// A ledger in a temporary directory, written with LedgerStore directly: the staff register
/// first, then case stories whose events come from `decide`, with a fixed clock and fixed ids so
/// every byte (and so every hash) is the same on every run.
final class FixtureLedger {
    let path: String
    let ledger: Ledger
    private var idCounter: UInt64 = 0

    /// A ledger of format version 1 unless told otherwise.
    init(formatVersion: Int = 1) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("caseaudit-\(UUID().uuidString)").path
        // Format version 1: the golden files of these reports stay byte for byte what they were,
        // which also shows that a version 1 ledger reads as it always did (the demo's goldens are
        // version 2).
        ledger = try Ledger.create(at: path, formatVersion: formatVersion)
        let staff = FixtureStaff.events.map { e in
            NewEvent(id: nextID(), stream: "staff", type: e.typeName, schema: Int64(e.schemaVersion), actor: FixtureStaff.administrator, payload: e.payload)
        }
        try ledger.append(staff, clock: { at("2025-01-01T09:00:00Z") })
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The next fixed id: 00000000-0000-4000-8000-00000000000n.
    func nextID() -> EventID {
        idCounter += 1
        return EventID(high: 0x0000_0000_0000_4000, low: 0x8000_0000_0000_0000 | idCounter)
    }

    /// Appends `events` of `stream` as one batch recorded at `time`; returns them as recorded.
    func append(_ events: [CaseEvent], stream: String, actor: String, at time: Timestamp) throws -> [RecordedCaseEvent] {
        let batch = events.map { e in
            NewEvent(id: nextID(), stream: stream, type: e.typeName, schema: Int64(e.schemaVersion), actor: actor, payload: e.payload)
        }
        let results = try ledger.append(batch, clock: { time })
        return zip(events, results).map { e, r in
            RecordedCaseEvent(seq: r.seq, id: r.id.description, stream: stream, recordedAt: time, actor: actor, event: e)
        }
    }

    /// The ledger opened for audit.
    func audit() throws -> AuditLedger { try AuditLedger.open(at: path) }

    /// The integrity statement with the path replaced by a fixed one, for golden files.
    func integrity(asKnownAt: Timestamp? = nil) throws -> IntegrityStatement {
        var i = try audit().integrity(asKnownAt: asKnownAt)
        i.ledgerPath = "/srv/ledgers/council"
        return i
    }

    /// A case's history read back from the ledger.
    func history(_ caseId: String) throws -> CaseHistory { try audit().caseHistory(caseId) }
}

/// A case being recorded into a fixture ledger: each command goes through `decide` and its
/// events are appended as one batch, a minute after the last and no earlier than 17:00 on the
/// effective date.
struct Story {
    let fixture: FixtureLedger
    let stream: String
    var state = CaseState()
    var clock = at("2026-04-01T08:00:00Z")
    var configuration = FixtureConfiguration.standard
    /// What the service would read of other cases (issue 15: a carer link).
    var linkedCases: [String: LinkedCaseFacts] = [:]

    init(_ fixture: FixtureLedger, _ stream: String) {
        self.fixture = fixture
        self.stream = stream
    }

    /// The decision time for something effective on `date`.
    func nextTime(for date: CalendarDate) -> Timestamp {
        let afterLast = Timestamp(microsecondsSinceEpoch: clock.microsecondsSinceEpoch + 60_000_000)
        let sameDay = Timestamp(microsecondsSinceEpoch: date.startOfDay.microsecondsSinceEpoch + 17 * 3_600_000_000)
        return max(afterLast, sameDay)
    }

    /// Decides `command` as `actor` and records its events; a rejection is a test failure.
    @discardableResult
    mutating func record(_ command: CaseCommand, by actor: String = FixtureStaff.socialWorker, at time: Timestamp? = nil) throws -> [RecordedCaseEvent] {
        let t = time ?? nextTime(for: command.metadata.effectiveDate)
        var context = DecisionContext(actor: actor, now: t, staff: FixtureStaff.register, configuration: configuration)
        context.linkedCases = linkedCases
        let events = try decide(command, state, context)
        let recorded = try fixture.append(events, stream: stream, actor: actor, at: t)
        for r in recorded { state = evolve(state, r) }
        clock = t
        return recorded
    }

    /// The id of the last recorded event of `type`.
    func lastId(of type: String) -> String { state.history.last { $0.event.typeName == type }!.id }

    /// The last recorded event of `type`.
    func last(of type: String) -> CaseEvent { state.history.last { $0.event.typeName == type }!.event }
}
