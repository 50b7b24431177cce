import CaseLedger
import CaseService
import LedgerStore

/// What the oversight projection keeps of one case: never its events, only its results — the
/// caseload row's facts and deadlines (when the case is open) and its compliance findings — so
/// the projection's memory grows with the number of cases, not of events.
///
/// Deadlines are kept with their due dates; how each stands (overdue, due today, due in so many
/// days) is judged again on the day a caseload is asked for, so one projection serves any `--on`.
public struct CaseOversight: Hashable, Sendable {
    /// The case reference.
    public var caseId: String
    /// The seq of the case's last event reflected.
    public var lastSeq: Int64
    /// True when the case is opened and not closed (it has a caseload row).
    public var isOpen: Bool
    /// The customer's name, from the referral.
    public var customerName: String?
    /// The stage the case is at.
    public var stage: Stage
    /// The allocated worker's staff id.
    public var workerId: String?
    /// Every deadline of an open case, by due date (statuses as judged when it was computed).
    public var deadlines: [Deadline]
    /// The compliance findings over every rule, corrected breaches marked.
    public var findings: [Finding]
    /// The latest due date the findings' `asOf` was after (a missing step counted as missed).
    public var passedDue: CalendarDate?
    /// The earliest due date the findings' `asOf` was not after (a missing step not yet missed).
    public var aheadDue: CalendarDate?
    /// issue 18: fastload. The `StreamDigest` of the case's events reflected (those up to the
    /// projection's head): what a later run matches the case's events against before it trusts
    /// a checkpoint for them.
    public var eventsDigest: SHA256Digest?
    // issue 18: fold18
    /// True when the compliance findings were not worked out with the rest (a `caseload` run
    /// from a checkpoint works out only the caseload facts of the cases it works out again):
    /// `findings` is then empty, `passedDue`/`aheadDue` nil, and the next run that needs findings
    /// works the case out again whole (`OversightRebuild.findingsNeeded`). Never set by a
    /// rebuild from scratch.
    public var findingsPending = false

    /// A case's results.
    public init(
        caseId: String, lastSeq: Int64, isOpen: Bool, customerName: String?, stage: Stage, workerId: String?, deadlines: [Deadline],
        findings: [Finding], passedDue: CalendarDate? = nil, aheadDue: CalendarDate? = nil
    ) {
        self.caseId = caseId
        self.lastSeq = lastSeq
        self.isOpen = isOpen
        self.customerName = customerName
        self.stage = stage
        self.workerId = workerId
        self.deadlines = deadlines
        self.findings = findings
        self.passedDue = passedDue
        self.aheadDue = aheadDue
    }

    // issue 14: readers that cannot be poisoned
    /// The results of a case an event of which cannot be read: no caseload row (whether it is
    /// open, and what is due, cannot be known), no deadlines, and one finding per unreadable event
    /// (rule `event-unreadable`) instead of the findings of rules that were not checked. A
    /// checkpoint keeps the findings, so a case read back from one is the same.
    public init(caseId: String, unreadable: [UnreadableEvent], lastSeq: Int64) {
        self.init(
            caseId: caseId, lastSeq: lastSeq, isOpen: false, customerName: nil, stage: .contact, workerId: nil, deadlines: [],
            findings: unreadable.map(Finding.init(unreadable:)))
    }

    /// The findings about events that cannot be read (none when the case was read whole).
    public var unreadable: [Finding] { findings.filter { $0.rule == .eventUnreadable } }

    /// True when the findings, counted to another day `asOf`, would be the same: no due date
    /// the rules compared lies between the two days. Never for findings not worked out
    /// (`findingsPending`): nothing says which due dates they would compare.
    public func findingsHold(for asOf: CalendarDate) -> Bool {
        !findingsPending && (passedDue.map { asOf > $0 } ?? true) && (aheadDue.map { asOf <= $0 } ?? true)
    }

    /// Works out a case's results from its events (recorded order), the staff register over time,
    /// how deadlines are worked out, the date missing steps count to, and the configuration in
    /// force at each decision time. The events are not kept. Without `findings` (issue 18:
    /// fold18), only the caseload facts: the findings are left pending (`findingsPending`), and
    /// the facts are those the whole work gives (the case folded the one way, `CaseState(rebuiltFrom:)`).
    public init(
        caseId: String, events: [RecordedCaseEvent], staff: StaffTimeline, deadlines: CaseDeadlines, asOf: CalendarDate,
        inForceOn: CalendarDate?, configuration: @escaping @Sendable (Timestamp) -> Configuration, authorityEverywhere: DecisionAuthority? = nil,
        findings withFindings: Bool = true
    ) {
        guard withFindings else {
            let state = CaseState(rebuiltFrom: events)
            let open = state.isOpened && !state.isClosed
            self.init(
                caseId: caseId, lastSeq: events.last?.seq ?? 0, isOpen: open, customerName: state.referral?.customerName, stage: state.stage,
                workerId: state.allocatedWorker.current?.workerId, deadlines: open ? deadlines.deadlines(of: state, on: asOf) : [], findings: [])
            findingsPending = true
            return
        }
        let history = CaseHistory(caseId: caseId, events: events, staffEvents: staff.events)
        let horizon = AsOfHorizon(asOf: asOf)
        let view = TimeView(inForceOn: inForceOn)
        let (findings, walked) = ComplianceReport.findings(
            history, checks: .catalogue, view: view, asOf: asOf, configuration: configuration, horizon: horizon, staff: staff,
            authorityEverywhere: authorityEverywhere)
        // Seeing every event, the rules' walk folded the case as a rebuild does: the case is folded once.
        let state: CaseState
        if view.isLatest, var folded = walked {
            folded.completeRebuild(from: events)
            state = folded
        } else {
            state = CaseState(rebuiltFrom: events)
        }
        let open = state.isOpened && !state.isClosed
        self.init(
            caseId: caseId, lastSeq: events.last?.seq ?? 0, isOpen: open, customerName: state.referral?.customerName, stage: state.stage,
            workerId: state.allocatedWorker.current?.workerId, deadlines: open ? deadlines.deadlines(of: state, on: asOf) : [],
            findings: findings, passedDue: horizon.latestPassed, aheadDue: horizon.earliestAhead)
    }
}
