import CaseLedger
import Synchronization

/// What a compliance rule reads: one case's recorded history (no corrections in it: either the
/// events as first recorded, or with each corrected event replaced by its correction), the staff
/// register's events, the configuration in force at each decision time, and the date up to which
/// a step that never came counts as missed. `walk(_:)` pairs each event with the case as known just
/// before it, folded with the domain's own `evolve`.
public struct ComplianceInput: Sendable {
    /// The case reference.
    public let caseId: String
    /// The case's events, in recorded order, with no `eventCorrected` among them.
    public let events: [RecordedCaseEvent]
    /// The events in effective order (effective date, then seq).
    public let byEffectiveDate: [RecordedCaseEvent]
    /// The case after every event.
    public var final: CaseState { CaseState(rebuiltFrom: events) }
    /// The date up to which missing steps are counted (a review never done, a complaint never
    /// answered).
    public let asOf: CalendarDate
    /// The case's events as recorded, corrections included, for the rules that judge the
    /// corrections themselves; empty when the input is the history as first recorded (whose
    /// corrections are judged in the corrected run) or holds no correction.
    public let recorded: [RecordedCaseEvent]
    // issue 15: notices
    /// For each correction in the case's history (recorded, whatever the run), the id of the
    /// event it supersedes; empty when the case has none. A notice names a corrected decision by
    /// its correction's id, which the history as first recorded (no corrections) and as corrected
    /// (each superseded event in its correction's place, under its own id) do not hold.
    public let corrections: [String: String]
    private let staff: StaffTimeline
    private let configurationAt: @Sendable (Timestamp) -> Configuration
    private let horizon: AsOfHorizon?
    /// The decision authority every configuration that can be in force gives, when they all give
    /// the same (then no configuration is looked up to judge who may decide), or nil.
    private let authorityEverywhere: DecisionAuthority?
    /// What the checks of this input worked out once and ask again (see `Memo`).
    let memo = Memo()

    /// What the checks of one input work out once and ask again: the verdict on each correction
    /// (asked by two rules), and the last member of staff found on the register (asked of every
    /// event, mostly recorded by the same person under the same register). Behind a lock, so an
    /// input stays safe to check from several threads (uncontended: the checks of one input run in
    /// turn).
    final class Memo: Sendable {
        /// What is remembered.
        struct State {
            /// The verdict of `CorrectionRules.breach` on the correction at each index of `recorded`.
            var corrections: [Int: Rejection?] = [:]
            /// The last member of staff found on the register (as known after `count` register
            /// events) on the day of recording, with that membership (`StaffMember.isOnRegister`).
            var onRegister: (count: Int, actor: String, member: StaffMember)? = nil
        }
        private let state = Mutex(State())

        /// The verdict remembered for the correction at `index`, if one was worked out.
        func correction(at index: Int) -> Rejection?? { state.withLock { $0.corrections[index] } }
        /// Remembers `verdict` for the correction at `index`.
        func remember(_ verdict: Rejection?, correctionAt index: Int) { state.withLock { $0.corrections[index] = .some(verdict) } }
        /// The last member found on the register.
        var onRegister: (count: Int, actor: String, member: StaffMember)? { state.withLock { $0.onRegister } }
        /// Remembers the last member found on the register.
        func remember(onRegister: (count: Int, actor: String, member: StaffMember)) { state.withLock { $0.onRegister = onRegister } }
    }

    /// An input; `events` must hold no corrections; `recorded` (the events as recorded,
    /// corrections included) is given for the rules judging the corrections; `corrections`
    /// (correction id → superseded id) for a case with corrections.
    public init(
        caseId: String, events: [RecordedCaseEvent], staffEvents: [RecordedStaffEvent], asOf: CalendarDate,
        configuration: @escaping @Sendable (Timestamp) -> Configuration, horizon: AsOfHorizon? = nil, recorded: [RecordedCaseEvent] = [],
        authorityEverywhere: DecisionAuthority? = nil, corrections: [String: String] = [:]
    ) {
        self.init(
            caseId: caseId, events: events, staff: StaffTimeline(staffEvents), asOf: asOf, configuration: configuration, horizon: horizon,
            recorded: recorded, authorityEverywhere: authorityEverywhere, corrections: corrections)
    }

    /// An input reading the staff register from `staff` (folded once for every case); `events`
    /// must hold no corrections; `recorded` as above.
    public init(
        caseId: String, events: [RecordedCaseEvent], staff: StaffTimeline, asOf: CalendarDate,
        configuration: @escaping @Sendable (Timestamp) -> Configuration, horizon: AsOfHorizon? = nil, recorded: [RecordedCaseEvent] = [],
        authorityEverywhere: DecisionAuthority? = nil, corrections: [String: String] = [:]
    ) {
        self.corrections = corrections
        self.authorityEverywhere = authorityEverywhere
        self.recorded = recorded
        self.horizon = horizon
        self.caseId = caseId
        self.events = events
        self.staff = staff
        self.asOf = asOf
        self.configurationAt = configuration
        self.byEffectiveDate = ComplianceInput.effectiveOrder(events)
    }

    /// Calls `visit` with each event in recorded order and the case as it stood just before it,
    /// folded with the domain's one `evolve` (INVARIANTS.md rule 8; its history is then
    /// `events[..<step.index]`). One step is moved on in place from event to event, never copied, so
    /// the history grows in place as long as no rule keeps a step's case.
    /// Returns the case folded the same way over every event (`CaseState()` when there is none).
    @discardableResult
    public func walk(_ visit: (ComplianceStep) -> Void) -> CaseState {
        guard let first = events.first else { return CaseState() }
        var step = ComplianceStep(index: 0, before: CaseState(), event: first)
        step.before.reserveHistory(events.count)
        for i in events.indices {
            if i > 0 {
                // The step's event is moved into the case's history, not copied.
                var previous = events[i]
                swap(&previous, &step.event)
                step.before.evolve(consume previous)
                step.index = i
            }
            visit(step)
        }
        // The case moved out of the step, not copied.
        var final = CaseState()
        swap(&final, &step.before)
        final.evolve(step.event)
        return final
    }

    /// `events` sorted by effective date, then seq (each event's date read once).
    private static func effectiveOrder(_ events: [RecordedCaseEvent]) -> [RecordedCaseEvent] {
        // Mostly in order already: that is checked pair by pair, with no list of keys made.
        let inOrder = events.indices.dropFirst().allSatisfy { i in
            (events[i - 1].effectiveDate, events[i - 1].seq) < (events[i].effectiveDate, events[i].seq)
        }
        if inOrder { return events }
        let keys = events.map { (date: $0.effectiveDate, seq: $0.seq) }
        return events.indices.sorted { keys[$0] < keys[$1] }.map { events[$0] }
    }

    /// The staff register as known when `event` was recorded.
    func register(at event: RecordedCaseEvent) -> StaffRegister { staff.register(asKnownAt: event.recordedAt) }

    /// True when a leaving was recorded on the staff register after `instant`.
    func leavingRecorded(after instant: Timestamp) -> Bool { staff.lastLeavingRecordedAt.map { $0 > instant } ?? false }

    /// The staff register with every staff event the input holds (leavings recorded after a
    /// decision included).
    var registerAsOf: StaffRegister { staff.latest }

    /// How many staff register events were recorded by the time `event` was (nil when the
    /// register's recorded times go back somewhere).
    func registerCount(at event: RecordedCaseEvent) -> Int? { staff.count(recordedBy: event.recordedAt) }

    /// Who may make each decision under the configuration in force when `event` was recorded.
    func authority(at event: RecordedCaseEvent) -> DecisionAuthority { authorityEverywhere ?? configuration(at: event).authority }

    /// The configuration in force when `event` was recorded (as `decide` would have used).
    func configuration(at event: RecordedCaseEvent) -> Configuration { configurationAt(event.recordedAt) }

    /// True when a step due by `due` and never taken counts as missed: `asOf` is after `due`
    /// (noted in the horizon, when there is one).
    func isPast(_ due: CalendarDate) -> Bool { horizon?.isPast(due) ?? (asOf > due) }

    /// The configuration in force at the end of `asOf`.
    var configurationAsOf: Configuration { configurationAt(asOf.adding(days: 1).startOfDay) }

    /// The event with id `id`.
    func event(id: String) -> RecordedCaseEvent? { events.first { $0.id == id } }

    /// The last event before `step` for which `matches` holds.
    func last(before step: ComplianceStep, where matches: (RecordedCaseEvent) -> Bool) -> RecordedCaseEvent? {
        events[..<step.index].last(where: matches)
    }

    /// The event before `step` that drafted or revised `planId` to `version`.
    func planVersionEvent(before step: ComplianceStep, _ planId: String, _ version: Int) -> RecordedCaseEvent? {
        last(before: step) { e in
            switch e.event {
            case .supportPlanDrafted(let d): d.plan.planId == planId && d.version == version
            case .supportPlanRevised(let r): r.plan.planId == planId && r.version == version
            default: false
            }
        }
    }

    /// The content of `planId` at `version`, as known in `state`.
    func planContent(_ state: CaseState, _ planId: String, _ version: Int) -> SupportPlanContent? {
        guard let record = state.plans[planId], version >= 1, version <= record.versions.count else { return nil }
        return record.versions[version - 1]
    }
}
