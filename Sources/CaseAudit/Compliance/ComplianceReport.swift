import CaseLedger
import CaseService

/// The compliance findings over one case or the whole ledger, from one point of view in time.
///
/// Every rule is run twice over a case: on its events as first recorded, and with each corrected
/// event replaced by its latest correction. A breach found only as first recorded is reported as
/// corrected (by the correction's ref); one found in both, or only after a correction, is open.
public struct ComplianceReport: Sendable {
    /// The case asked about, or nil for the whole ledger.
    public var caseFilter: String?
    /// The rules checked.
    public var rules: [ComplianceRule]
    /// The cases checked.
    public var casesChecked: [String]
    /// The point of view.
    public var view: TimeView
    /// The date up to which missing steps count as missed.
    public var asOf: CalendarDate
    /// The findings, by case, date and ref.
    public var findings: [Finding]

    /// Checks `histories` under `rules` (all when empty). `configuration` gives the
    /// configuration in force at a decision time; `asOf` is the date missing steps are counted
    /// to (the report's date: `--in-force-on`, the day of `--as-known-at`, or today).
    /// `unreadable` holds the events of the cases that cannot be read, by case reference: each
    /// case is listed among those checked, with a finding per event (rule `event-unreadable`,
    /// whatever `rules` are) and no other.
    public init(
        histories: [CaseHistory], unreadable: [(String, [UnreadableEvent])] = [], caseFilter: String? = nil, rules: [ComplianceRule] = [],
        view: TimeView = TimeView(), asOf: CalendarDate, configuration: @escaping @Sendable (Timestamp) -> Configuration
    ) {
        self.caseFilter = caseFilter
        let chosen = rules.isEmpty ? ComplianceRule.allCases : rules
        self.rules = chosen
        self.casesChecked = unreadable.isEmpty ? histories.map(\.caseId) : (histories.map(\.caseId) + unreadable.map(\.0)).sorted()
        self.view = view
        self.asOf = asOf
        let checks = PreparedChecks(ComplianceCheck.catalogue.filter { chosen.contains($0.rule) })
        let found = histories.flatMap { h in
            ComplianceReport.findings(h, checks: checks, view: view, asOf: asOf, configuration: configuration).findings
        }
        self.findings = unreadable.isEmpty ? found : ComplianceReport.sorted(found + unreadable.flatMap { $0.1.map(Finding.init(unreadable:)) })
    }

    /// A report from findings worked out elsewhere (the oversight projection's, over every rule),
    /// keeping those of `caseFilter` and of `rules` (all when empty).
    public init(
        findings: [Finding], casesChecked: [String], caseFilter: String? = nil, rules: [ComplianceRule] = [], view: TimeView = TimeView(),
        asOf: CalendarDate
    ) {
        let chosen = rules.isEmpty ? ComplianceRule.allCases : rules
        self.caseFilter = caseFilter
        self.rules = chosen
        self.casesChecked = casesChecked
        self.view = view
        self.asOf = asOf
        self.findings = ComplianceReport.sorted(findings.filter { f in
            (chosen.contains(f.rule) || f.rule == .eventUnreadable) && (caseFilter.map { $0 == f.caseId } ?? true)
        })
    }

    /// The findings of one case, corrected breaches marked; the staff register read from `staff`
    /// when given (folded once for many cases), else folded from the history's staff events.
    /// `final`: the case as the rules' walk folded it (with `evolve`) over the events it saw last
    /// (`CaseState.effectiveEvents` of the events in view), nil when no rule walked the case.
    static func findings(
        _ history: CaseHistory, checks: PreparedChecks, view: TimeView, asOf: CalendarDate,
        configuration: @escaping @Sendable (Timestamp) -> Configuration, horizon: AsOfHorizon? = nil, staff: StaffTimeline? = nil,
        authorityEverywhere: DecisionAuthority? = nil
    ) -> (findings: [Finding], final: CaseState?) {
        var visible = view.visible(history.events)
        if let d = view.inForceOn {
            visible = visible.filter { $0.kind == .eventCorrected || $0.effectiveDate <= d }
        }
        let timeline = staff ?? StaffTimeline(history.staffEvents)
        var corrections: [String: String] = [:]
        func run(_ events: [RecordedCaseEvent], recorded: [RecordedCaseEvent] = []) -> (findings: [Finding], final: CaseState?) {
            let input = ComplianceInput(
                caseId: history.caseId, events: events, staff: timeline, asOf: asOf, configuration: configuration, horizon: horizon,
                recorded: recorded, authorityEverywhere: authorityEverywhere, corrections: corrections)
            return ComplianceCheck.findings(of: checks, in: input)
        }
        // Most cases have no correction: their events are read as they are, never copied.
        guard visible.contains(where: { $0.kind == .eventCorrected }) else {
            let (found, final) = run(visible)
            return (sorted(found), final)
        }
        var latest: [String: Int64] = [:]
        for e in visible where e.kind == .eventCorrected {
            if case .eventCorrected(let c) = e.event {
                latest[c.supersedes] = e.seq
                corrections[e.id] = c.supersedes
            }
        }
        let first = run(visible.filter { $0.kind != .eventCorrected }).findings
        // The corrections themselves are judged once, with the history as corrected.
        let (now, final) = run(CaseState.effectiveEvents(visible), recorded: visible)
        let nowKeys = Set(now.map(\.key))
        let lastCorrection = latest.values.max()!
        var out = now
        for f in first where !nowKeys.contains(f.key) {
            var g = f
            g.status = .corrected(by: f.eventIds.compactMap { latest[$0] }.max() ?? lastCorrection)
            out.append(g)
        }
        return (sorted(out), final)
    }

    static func sorted(_ list: [Finding]) -> [Finding] {
        guard list.count > 1 else { return list }
        return list.sorted { ($0.caseId, $0.date, $0.refs.first ?? 0, $0.rule.code) < ($1.caseId, $1.date, $1.refs.first ?? 0, $1.rule.code) }
    }

    /// Findings still standing.
    public var open: [Finding] { findings.filter { $0.status == .open } }
    /// Findings a later correction put right.
    public var corrected: [Finding] { findings.filter { $0.status != .open } }
}
