import CaseLedger
import Testing

/// A case under test: its recorded events, the state folded from them, and a clock. Commands
/// go through `decide`; accepted events are recorded with the next sequence number.
struct TestCase {
    var stream = "C-1001"
    var recorded: [RecordedCaseEvent] = []
    var state = CaseState()
    var staff = TestStaff.register
    var configuration = TestConfiguration.standard
    /// The last recorded time.
    var clock = at("2026-04-01T08:00:00Z")
    /// Every command accepted by `record`, in order.
    var commands: [CaseCommand] = []

    /// The decision time for a command effective on `date`: a minute after the last recorded
    /// time, and no earlier than 17:00 on the effective date.
    func nextTime(for date: CalendarDate) -> Timestamp {
        let afterLast = Timestamp(microsecondsSinceEpoch: clock.microsecondsSinceEpoch + 60_000_000)
        let sameDay = Timestamp(microsecondsSinceEpoch: date.startOfDay.microsecondsSinceEpoch + 17 * 3_600_000_000)
        return max(afterLast, sameDay)
    }

    /// The context for `actor` at `time`.
    func context(_ actor: String, _ time: Timestamp) -> DecisionContext {
        DecisionContext(actor: actor, now: time, staff: staff, configuration: configuration)
    }

    /// Records events as given facts (no rules applied).
    mutating func given(_ events: [CaseEvent], actor: String = TestStaff.socialWorker, at time: Timestamp? = nil) {
        for e in events { append(e, actor: actor, at: time ?? nextTime(for: e.metadata.effectiveDate)) }
    }

    /// Appends one recorded event and folds it.
    mutating func append(_ e: CaseEvent, actor: String, at time: Timestamp) {
        let r = RecordedCaseEvent(
            seq: Int64(recorded.count + 1), id: "E-\(recorded.count + 1)", stream: stream,
            recordedAt: time, actor: actor, event: e)
        recorded.append(r)
        state = evolve(state, r)
        clock = time
    }

    /// Decides `command` without recording it.
    func when(_ command: CaseCommand, by actor: String = TestStaff.socialWorker, at time: Timestamp? = nil)
        -> Outcome
    {
        let t = time ?? nextTime(for: command.metadata.effectiveDate)
        do {
            return .accepted(try decide(command, state, context(actor, t)))
        } catch {
            return .rejected(error)
        }
    }

    /// Decides and records `command`; an unexpected rejection fails the test.
    @discardableResult
    mutating func record(
        _ command: CaseCommand, by actor: String = TestStaff.socialWorker, at time: Timestamp? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> [CaseEvent] {
        let t = time ?? nextTime(for: command.metadata.effectiveDate)
        do {
            let events = try decide(command, state, context(actor, t))
            for e in events { append(e, actor: actor, at: t) }
            commands.append(command)
            return events
        } catch {
            Issue.record("\(command.name) was rejected: \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// The id of the last recorded event.
    var lastEventId: String { recorded.last!.id }

    /// The id of the last recorded event of type `typeName`.
    func lastId(of typeName: String) -> String {
        recorded.last { $0.event.typeName == typeName }!.id
    }

    /// The payload of the last event of type `typeName`.
    func lastEvent(of typeName: String) -> CaseEvent {
        recorded.last { $0.event.typeName == typeName }!.event
    }
}

/// What `decide` did with a command.
enum Outcome {
    case accepted([CaseEvent])
    case rejected(Rejection)

    /// The events when accepted.
    var events: [CaseEvent] {
        if case .accepted(let e) = self { return e }
        return []
    }
}
