import CaseLedger

/// Which rows a caseload keeps.
///
/// `overdue` keeps deadlines past their due date; `dueWithin` keeps deadlines due from the day
/// judged up to that many days ahead (not those already overdue); given together, a deadline
/// is kept when either keeps it. With either, a case none of whose deadlines is kept is left
/// out. `worker` keeps only cases whose allocated worker is that staff id.
public struct CaseloadFilter: Hashable, Sendable {
    /// Keep overdue deadlines.
    public var overdue: Bool
    /// Keep deadlines due within this many days (0: due today).
    public var dueWithin: Int?
    /// Keep only this allocated worker's cases.
    public var worker: String?

    /// A filter; the default keeps everything.
    public init(overdue: Bool = false, dueWithin: Int? = nil, worker: String? = nil) {
        self.overdue = overdue
        self.dueWithin = dueWithin
        self.worker = worker
    }

    /// True when a deadline filter is given.
    public var filtersDeadlines: Bool { overdue || dueWithin != nil }

    /// True when `deadline` is kept.
    public func keeps(_ deadline: Deadline) -> Bool {
        guard filtersDeadlines else { return true }
        let left = deadline.status.daysUntilDue
        if overdue && left < 0 { return true }
        if let n = dueWithin, left >= 0, left <= n { return true }
        return false
    }

    /// One line saying what is kept; nil when everything is.
    public var described: String? {
        var parts: [String] = []
        if overdue && dueWithin != nil {
            parts.append("deadlines overdue or due within \(Words.count(dueWithin!, "day"))")
        } else if overdue {
            parts.append("overdue deadlines")
        } else if let n = dueWithin {
            parts.append("deadlines due within \(Words.count(n, "day")) (not those already overdue)")
        }
        if let w = worker { parts.append("cases allocated to \(w)") }
        return parts.isEmpty ? nil : "Only " + parts.joined(separator: ", on ") + "."
    }
}

/// One open case: its stage, allocated worker and what is due.
public struct CaseloadRow: Hashable, Sendable {
    /// The case reference.
    public var caseId: String
    /// The customer's name, from the referral.
    public var customerName: String?
    /// The stage the case is at.
    public var stage: Stage
    /// The allocated worker's staff id; nil when none is allocated.
    public var workerId: String?
    /// The allocated worker's name from the staff register; nil when not on it.
    public var workerName: String?
    /// What is due, by due date (after the filter).
    public var deadlines: [Deadline]
    /// The day the allocated worker left the staff register, when that is on or before the day
    /// judged: the case needs a new allocated worker.
    public var workerLeftOn: CalendarDate?

    /// A row.
    public init(
        caseId: String, customerName: String?, stage: Stage, workerId: String?, workerName: String?, deadlines: [Deadline],
        workerLeftOn: CalendarDate? = nil
    ) {
        self.caseId = caseId
        self.customerName = customerName
        self.stage = stage
        self.workerId = workerId
        self.workerName = workerName
        self.deadlines = deadlines
        self.workerLeftOn = workerLeftOn
    }

    /// "Sam Patel (S-1)", the id alone when not on the register, or "none allocated"; with
    /// "— left on 3 June 2026: allocate a new worker" when they have left.
    public var workerText: String {
        guard let id = workerId else { return "none allocated" }
        let name = workerName.map { "\($0) (\(id))" } ?? id
        guard let left = workerLeftOn else { return name }
        return "\(name) — left on \(Words.date(left)): allocate a new worker"
    }
}

/// Every open case with its stage, allocated worker and what is due, judged on a day: a fold
/// over the case histories that keeps one row per open case and nothing else, so memory grows
/// with the number of cases, not of events.
public struct Caseload: Hashable, Sendable {
    /// The day against which overdue and due-within are judged.
    public var on: CalendarDate
    /// The point of view: only what had been recorded by `asKnownAt` (`inForceOn` is not used).
    public var view: TimeView
    /// What is kept.
    public var filter: CaseloadFilter
    /// Where the intervals and bank holidays came from, in words.
    public var configurationSource: String
    /// The open cases seen, before the filter.
    public var openCases: Int
    /// The rows kept, by case reference.
    public var rows: [CaseloadRow]
    /// The events that cannot be read (rule `event-unreadable`), by case reference and ref: their
    /// cases have no row (whether each is open, who holds it and what is due cannot be known) and
    /// are listed whatever the filter keeps.
    public var unreadable: [Finding]

    /// A caseload.
    public init(
        on: CalendarDate, view: TimeView, filter: CaseloadFilter, configurationSource: String, openCases: Int, rows: [CaseloadRow],
        unreadable: [Finding] = []
    ) {
        self.on = on
        self.view = view
        self.filter = filter
        self.configurationSource = configurationSource
        self.openCases = openCases
        self.rows = rows
        self.unreadable = unreadable
    }

    /// The cases listed for an event that cannot be read, by case reference.
    public var unreadableCases: [String] {
        var seen = Set<String>()
        return unreadable.map(\.caseId).filter { seen.insert($0).inserted }
    }

    /// Every deadline kept, with its row.
    public var deadlines: [(row: CaseloadRow, deadline: Deadline)] {
        rows.flatMap { r in r.deadlines.map { (r, $0) } }
    }

    /// How many deadlines kept are overdue.
    public var overdueCount: Int { deadlines.filter { $0.deadline.status.isOverdue }.count }

    /// How many cases listed have an allocated worker who has left the staff register.
    public var workerLeftCount: Int { rows.filter { $0.workerLeftOn != nil }.count }
}

/// Builds a `Caseload` one case at a time: each case's events are folded, its row worked out,
/// and the events let go.
public struct CaseloadBuilder {
    /// The day judged.
    public let on: CalendarDate
    /// The point of view.
    public let view: TimeView
    /// The filter.
    public let filter: CaseloadFilter
    /// The staff register as known at the view, for names.
    public let staff: StaffRegister
    /// How deadlines are worked out.
    public let deadlines: CaseDeadlines
    private var rows: [CaseloadRow] = []
    private var openCases = 0
    private var unreadable: [Finding] = []

    /// A builder judging on `on`, seeing what was recorded by `view.asKnownAt`, with the
    /// intervals and bank holidays of `configuration`.
    public init(on: CalendarDate, view: TimeView, filter: CaseloadFilter, staff: StaffRegister, configuration: Configuration) {
        self.on = on
        self.view = view
        self.filter = filter
        self.staff = staff
        self.deadlines = CaseDeadlines(configuration: configuration)
    }

    /// Folds one case's events (in recorded order); events recorded after `view.asKnownAt` are
    /// left out. A case not opened by then, or closed, gives no row.
    public mutating func add(caseId: String, events: [RecordedCaseEvent]) {
        let state = CaseState(rebuiltFrom: view.visible(events))
        guard state.isOpened, !state.isClosed else { return }
        add(caseId: caseId, customerName: state.referral?.customerName, stage: state.stage, workerId: state.allocatedWorker.current?.workerId,
            deadlines: deadlines.deadlines(of: state, on: on))
    }

    // issue 14: readers that cannot be poisoned
    /// Folds one case read with `AuditLedger.read(_:through:)`: its events as `add(caseId:events:)`
    /// does when they can all be read (as known at the view), otherwise the findings about those
    /// that cannot (`addUnreadable(_:)`), and no row.
    public mutating func add(_ read: CaseEventsRead) {
        let known = read.recorded(by: view.asKnownAt)
        guard known.unreadable.isEmpty else { return addUnreadable(known.unreadable.map(Finding.init(unreadable:))) }
        add(caseId: read.caseId, events: read.events)
    }

    /// Lists events that cannot be read (findings of rule `event-unreadable`), whatever the filter.
    public mutating func addUnreadable(_ findings: [Finding]) {
        unreadable += findings
    }

    /// Adds one open case worked out elsewhere (the oversight projection keeps these facts, not
    /// events): `deadlines` by due date, judged on `on`.
    public mutating func add(caseId: String, customerName: String?, stage: Stage, workerId worker: String?, deadlines all: [Deadline]) {
        openCases += 1
        // Keeps events/INVARIANTS.md rule 67: `--worker` names a staff id byte for byte.
        if let w = filter.worker, !(worker.map { StaffId.same(w, $0) } ?? false) { return }
        let kept = all.filter(filter.keeps)
        if filter.filtersDeadlines && kept.isEmpty { return }
        let member = worker.flatMap { staff.member($0) }
        rows.append(CaseloadRow(
            caseId: caseId, customerName: customerName, stage: stage, workerId: worker,
            workerName: member?.name, deadlines: kept, workerLeftOn: member?.leftOn.flatMap { $0 <= on ? $0 : nil }))
    }

    // issue 18: fold18
    /// Adds what `other` (a builder with the same day, view, filter, staff and deadlines) was
    /// given after what this one was: its rows, open cases and unreadable events.
    mutating func append(_ other: CaseloadBuilder) {
        rows += other.rows
        openCases += other.openCases
        unreadable += other.unreadable
    }

    /// The caseload, rows by case reference.
    public func build(configurationSource: String) -> Caseload {
        // issue 18: fold18. Rows given in order (the oversight projection's) are not sorted again: the same rows, not copied.
        let ordered = rows.indices.dropFirst().allSatisfy { rows[$0 - 1].caseId < rows[$0].caseId } ? rows : rows.sorted { $0.caseId < $1.caseId }
        return Caseload(
            on: on, view: view, filter: filter, configurationSource: configurationSource, openCases: openCases,
            rows: ordered, unreadable: unreadable.sorted { ($0.caseId, $0.refs.first ?? 0) < ($1.caseId, $1.refs.first ?? 0) })
    }
}
