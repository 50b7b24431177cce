import CaseLedger
import Testing

/// A case under test: its recorded events, the state folded from them, and a clock. Commands
/// go through `decide`; accepted events are recorded with the next sequence number.
public struct TestCase: Sendable {
    /// The case stream id.
    public var stream = "C-1001"
    /// The recorded events, in order.
    public var recorded: [RecordedCaseEvent] = []
    /// The state folded from `recorded`.
    public var state = CaseState()
    /// The staff register decisions are made against.
    public var staff = TestStaff.register
    /// The configuration decisions are made against.
    public var configuration = TestConfiguration.standard
    /// The last recorded time.
    public var clock = at("2026-04-01T08:00:00Z")
    /// Every command accepted by `record`, in order.
    public var commands: [CaseCommand] = []
    /// What the service would read of other cases a command names (issue 15: a carer link).
    public var linkedCases: [String: LinkedCaseFacts] = [:]

    /// An empty case C-1001 with the test staff and configuration, its clock at 08:00 on 1 April 2026.
    public init() {}

    /// The decision time for a command effective on `date`: a minute after the last recorded
    /// time, and no earlier than 17:00 on the effective date.
    public func nextTime(for date: CalendarDate) -> Timestamp {
        let afterLast = Timestamp(microsecondsSinceEpoch: clock.microsecondsSinceEpoch + 60_000_000)
        let sameDay = Timestamp(microsecondsSinceEpoch: date.startOfDay.microsecondsSinceEpoch + 17 * 3_600_000_000)
        return max(afterLast, sameDay)
    }

    /// The context for `actor` at `time`.
    public func context(_ actor: String, _ time: Timestamp) -> DecisionContext {
        var c = DecisionContext(actor: actor, now: time, staff: staff, configuration: configuration)
        c.linkedCases = linkedCases
        return c
    }

    /// Records events as given facts (no rules applied).
    public mutating func given(_ events: [CaseEvent], actor: String = TestStaff.socialWorker, at time: Timestamp? = nil) {
        for e in events { append(e, actor: actor, at: time ?? nextTime(for: e.metadata.effectiveDate)) }
    }

    /// Appends one recorded event and folds it.
    public mutating func append(_ e: CaseEvent, actor: String, at time: Timestamp) {
        let r = RecordedCaseEvent(
            seq: Int64(recorded.count + 1), id: "E-\(recorded.count + 1)", stream: stream,
            recordedAt: time, actor: actor, event: e)
        recorded.append(r)
        state = evolve(state, r)
        clock = time
    }

    /// Decides `command` without recording it.
    public func when(_ command: CaseCommand, by actor: String = TestStaff.socialWorker, at time: Timestamp? = nil)
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
    public mutating func record(
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
    public var lastEventId: String { recorded.last!.id }

    /// The id of the last recorded event of type `typeName`.
    public func lastId(of typeName: String) -> String {
        recorded.last { $0.event.typeName == typeName }!.id
    }

    /// The payload of the last event of type `typeName`.
    public func lastEvent(of typeName: String) -> CaseEvent {
        recorded.last { $0.event.typeName == typeName }!.event
    }
}

/// What `decide` did with a command.
public enum Outcome: Equatable, Sendable {
    /// `decide` accepted the command with these events.
    case accepted([CaseEvent])
    /// `decide` rejected the command.
    case rejected(Rejection)

    /// Expects exactly these events.
    public func then(_ expected: [CaseEvent], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(self == .accepted(expected), sourceLocation: sourceLocation)
    }

    /// Expects acceptance, whatever the events.
    public func thenAccepted(sourceLocation: SourceLocation = #_sourceLocation) {
        if case .rejected(let r) = self {
            Issue.record("expected acceptance, got \(r)", sourceLocation: sourceLocation)
        }
    }

    /// Expects a rejection under `rule`, optionally with a message containing `text`.
    public func thenRejected(_ rule: Rule, containing text: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        guard case .rejected(let r) = self else {
            Issue.record("expected rejection \(rule.rawValue), got acceptance: \(self)", sourceLocation: sourceLocation)
            return
        }
        #expect(r.rule == rule, "message: \(r.message)", sourceLocation: sourceLocation)
        if let text {
            #expect(r.message.contains(text), "message: \(r.message)", sourceLocation: sourceLocation)
        }
    }

    /// The events when accepted.
    public var events: [CaseEvent] {
        if case .accepted(let e) = self { return e }
        return []
    }
}

// issue 15: notices
extension TestCase {
    /// Sends the written notice of every decision awaiting one (`CaseState.noticesDue`), each
    /// effective on its due date, by the financial assessment officer for a financial assessment
    /// and the social worker otherwise: a case with nothing left to tell.
    public mutating func sendEveryNoticeDue() {
        for (i, awaiting) in state.noticesDue(configuration: configuration).enumerated() {
            let officer = awaiting.decision.kind == .financialAssessmentCompleted
            record(Make.sendNotice("N-told-\(i + 1)", awaiting.requirement.subjects[0], of: awaiting.event.id,
                role: officer ? .financialAssessmentOfficer : .socialWorker, date: awaiting.due.iso),
                by: officer ? TestStaff.financeOfficer : TestStaff.socialWorker)
        }
    }
}
