import CaseLedger
import CaseService

/// The NHS England Adult Social Care Client Level Data (CLD) rows of a ledger for a reporting
/// period: one row per Request, Assessment and Review completed in the period and per Service
/// active in it, in a fixed column order, each with a stable event reference. Events that should
/// give a row but cannot be mapped are listed in `unmapped`, never silently dropped.
public struct CLDExport: Hashable, Sendable {
    /// The columns, in order (README describes each).
    public static let columns = [
        "Event_Reference", "LA_Person_Unique_Identifier", "Ledger_Seq", "Event_Type", "Event_Start_Date", "Event_End_Date",
        "Request_Route_of_Access", "Event_Outcome", "Service_Type", "Delivery_Mechanism", "Review_Reason", "Unit_Cost",
        "Cost_Frequency_Unit_Type", "Planned_units_per_week",
    ]

    /// One row: a value for each of `columns` (empty when not applicable).
    public struct Row: Hashable, Sendable {
        /// The stable reference: the ledger event id, with `/LINE` for a service row of a plan line.
        public var reference: String
        /// The case id.
        public var caseId: String
        /// The seq of the event the row comes from.
        public var seq: Int64
        /// `Request`, `Assessment`, `Service` or `Review`.
        public var eventType: String
        /// The start date.
        public var start: CalendarDate
        /// The end date, when ended.
        public var end: CalendarDate?
        /// The other columns by name.
        public var values: [String: String] = [:]

        /// The row's fields in column order.
        public var fields: [String] {
            [reference, caseId, String(seq), eventType, start.iso, end?.iso ?? ""]
                + CLDExport.columns.dropFirst(6).map { values[$0] ?? "" }
        }
    }

    /// An event that should give a row but cannot be mapped.
    public struct Unmapped: Hashable, Sendable {
        /// The case id.
        public var caseId: String
        /// The event's seq.
        public var seq: Int64
        /// The CLD event type it would have been.
        public var eventType: String
        /// Why it cannot be mapped.
        public var reason: String

        /// One line for standard error.
        public var line: String { "\(caseId) seq \(seq) (\(eventType)): \(reason)" }
    }

    /// The first day of the period.
    public var from: CalendarDate
    /// The last day of the period (inclusive).
    public var to: CalendarDate
    /// The rows, by case id, then seq, then arrangement and line order.
    public var rows: [Row] = []
    /// The events that could not be mapped, in the same order.
    public var unmapped: [Unmapped] = []
    // issue 14: readers that cannot be poisoned
    /// The events that cannot be read, by case reference and seq: their cases give no row at all
    /// (a case's rows read from part of its history could miscount a statutory return), and the
    /// export says so.
    public var leftOut: [UnreadableEvent] = []
    // issue 17: retention
    /// The events in the period whose details were erased under the retention schedule and that
    /// would otherwise give a row (a referral, an assessment, a review, a service): they give none,
    /// and the export says so. Submissions are cumulative: rows already sent stay with NHS England.
    public var erased: [Unmapped] = []

    /// The export of `cases` for the period `from`…`to` (both days included), leaving out the
    /// cases of `unreadable` (the events of each that cannot be read, by case reference).
    public init(cases: [CaseHistory], unreadable: [(String, [UnreadableEvent])] = [], from: CalendarDate, to: CalendarDate) {
        self.from = from
        self.to = to
        for history in cases.sorted(by: { $0.caseId < $1.caseId }) { add(history) }
        leftOut = unreadable.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }

    /// The cases left out, by case reference.
    public var casesLeftOut: [String] {
        var seen = Set<String>()
        return leftOut.map(\.caseId).filter { seen.insert($0).inserted }
    }

    /// One line for standard error per event that cannot be read, naming the case left out.
    public var leftOutLines: [String] {
        leftOut.map { "case \($0.caseId) left out: \($0.sentence)" }
    }

    /// The number of rows of each CLD event type, in the order Request, Assessment, Service, Review.
    public var counts: [(String, Int)] {
        ["Request", "Assessment", "Service", "Review"].map { t in (t, rows.filter { $0.eventType == t }.count) }
    }

    /// The export as CSV: a header and one row per event; every field quoted, CRLF line ends.
    public func csv() -> String {
        ([CLDExport.columns] + rows.map(\.fields)).map(CSVQuoting.record).joined()
    }

    /// The one-line summary for standard error.
    public var summary: String {
        let parts = counts.map { "\($0.1) \($0.0.lowercased())\($0.1 == 1 ? "" : "s")" }.joined(separator: ", ")
        return "\(rows.count) row\(rows.count == 1 ? "" : "s") for \(from.iso) to \(to.iso) (\(parts)); "
            + "\(unmapped.count) event\(unmapped.count == 1 ? "" : "s") could not be mapped"
            + (leftOut.isEmpty ? "" : "; \(casesLeftOut.count) case\(casesLeftOut.count == 1 ? "" : "s") left out, an event of each cannot be read")
            + (erased.isEmpty ? "" : "; \(erased.count) event\(erased.count == 1 ? "" : "s") whose details were erased under the retention schedule gave no row")
    }

    private func inPeriod(_ d: CalendarDate) -> Bool { !(d < from) && !(to < d) }

    private mutating func add(_ history: CaseHistory) {
        let caseId = history.caseId
        // A corrected event counts as its correction says, under the original's reference.
        var corrected: [String: CaseEvent] = [:]
        for r in history.events { if case .eventCorrected(let c) = r.event { corrected[c.supersedes] = c.corrected } }
        let items: [(r: RecordedCaseEvent, e: CaseEvent)] = history.events.compactMap { r in
            if case .eventCorrected = r.event { return nil }
            return (r, corrected[r.id] ?? r.event)
        }
        var caseKind = CaseKind.adult
        var caseRows: [Row] = []
        var caseProblems: [Unmapped] = []
        func row(_ r: RecordedCaseEvent, _ type: String, _ start: CalendarDate, _ end: CalendarDate?, suffix: String = "", _ values: [String: String]) {
            caseRows.append(Row(reference: r.id + suffix, caseId: caseId, seq: r.seq, eventType: type, start: start, end: end, values: values))
        }
        func problem(_ r: RecordedCaseEvent, _ type: String, _ reason: String) {
            caseProblems.append(Unmapped(caseId: caseId, seq: r.seq, eventType: type, reason: reason))
        }

        for (index, item) in items.enumerated() {
            let (r, e) = item
            let date = e.metadata.effectiveDate
            switch e {
            case .referralReceived(let p):
                caseKind = p.caseKind
                request(r, route: p.routeOfAccess, date: date, after: items[(index + 1)...], row: row, problem: problem)
            case .caseReopened(let p):
                request(r, route: p.routeOfAccess, date: date, after: items[(index + 1)...], row: row, problem: problem)
            case .needsAssessed(let p):
                assessment(r, p.assessmentId, date: date, items: items, row: row, problem: problem)
            case .carersAssessed(let p):
                assessment(r, p.assessmentId, date: date, items: items, row: row, problem: problem)
            case .reviewCompleted(let p):
                guard inPeriod(date) else { continue }
                let requested = items.lazy.compactMap { x -> ReviewRequested? in
                    if case .reviewRequested(let q) = x.e, q.reviewId == p.reviewId { return q }
                    return nil
                }.first
                // A review completed with no request is the scheduled one: Planned.
                switch CLDMapping.reviewOutcome(p.outcome) {
                case .success(let outcome):
                    row(r, "Review", requested?.metadata.effectiveDate ?? date, date, [
                        "Event_Outcome": outcome, "Review_Reason": CLDMapping.reviewReason(requested?.reason ?? .planned),
                    ])
                case .failure(let why): problem(r, "Review", why.reason)
                }
            case .reablementStarted(let p):
                let end = items.lazy.compactMap { x -> CalendarDate? in
                    if case .reablementEnded(let q) = x.e, q.reablementId == p.reablementId { return q.metadata.effectiveDate }
                    return nil
                }.first
                guard active(date, end) else { continue }
                row(r, "Service", date, end, [
                    "Service_Type": CLDMapping.reablementServiceType, "Delivery_Mechanism": CLDMapping.reablementDeliveryMechanism,
                ])
            case .deliveryArranged(let p):
                let end = deliveryEnd(after: items[(index + 1)...], start: date)
                guard active(date, end) else { continue }
                let lines = planLines(p.planId, version: p.planVersion, items: items)
                for arrangement in p.arrangements {
                    let mechanism: String
                    switch CLDMapping.deliveryMechanism(arrangement.mechanism) {
                    case .success(let m): mechanism = m
                    case .failure(let why):
                        problem(r, "Service", "lines \(arrangement.lineIds.joined(separator: ", ")): \(why.reason)")
                        continue
                    }
                    for lineId in arrangement.lineIds {
                        guard let line = lines?.first(where: { $0.lineId == lineId }) else {
                            problem(r, "Service", "line \(lineId) is not in plan \(p.planId) version \(p.planVersion) as recorded")
                            continue
                        }
                        switch CLDMapping.serviceType(line.kind, caseKind: caseKind) {
                        case .success(let type):
                            let cost = CLDMapping.cost(weekly: line.weeklyCost, unitsPerWeek: line.unitsPerWeek, oneOff: line.oneOffCost)
                            row(r, "Service", date, end, suffix: "/" + lineId, [
                                "Service_Type": type, "Delivery_Mechanism": mechanism, "Unit_Cost": cost.unitCost,
                                "Cost_Frequency_Unit_Type": cost.unitType, "Planned_units_per_week": cost.unitsPerWeek,
                            ])
                        case .failure(let why): problem(r, "Service", "line \(lineId): \(why.reason)")
                        }
                    }
                }
            // issue 17: retention — an erased event that would have given a row gives none, and is listed.
            case .erased(let x):
                let mapped: Set<CaseEvent.Kind> = [.referralReceived, .caseReopened, .needsAssessed, .carersAssessed, .reviewCompleted, .reablementStarted, .deliveryArranged]
                guard let kind = x.originalKind, mapped.contains(kind), inPeriod(date) else { continue }
                erased.append(Unmapped(caseId: caseId, seq: r.seq, eventType: x.originalType, reason: "its details were erased under the retention schedule; the record that it was made remains"))
            default: continue
            }
        }
        rows += caseRows
        unmapped += caseProblems
    }

    private func active(_ start: CalendarDate, _ end: CalendarDate?) -> Bool {
        !(to < start) && (end.map { !($0 < from) } ?? true)
    }

    private func request(
        _ r: RecordedCaseEvent, route: RouteOfAccess, date: CalendarDate, after: ArraySlice<(r: RecordedCaseEvent, e: CaseEvent)>,
        row: (RecordedCaseEvent, String, CalendarDate, CalendarDate?, String, [String: String]) -> Void,
        problem: (RecordedCaseEvent, String, String) -> Void
    ) {
        var conclusion: (CLDMapping.RequestConclusion, CalendarDate)?
        for x in after {
            let d = x.e.metadata.effectiveDate
            switch x.e {
            case .referralReceived, .caseReopened: break
            case .needsAssessed, .carersAssessed: conclusion = (.assessed, d)
            case .reablementStarted: conclusion = (.reablementStarted, d)
            case .informationAndAdviceGiven(let i) where !i.furtherActionNeeded: conclusion = (.informationAndAdviceOnly, d)
            case .caseClosed(let c): conclusion = (.closed(c.reason), d)
            default: continue
            }
            break
        }
        guard let (c, end) = conclusion, inPeriod(end) else { return }
        switch CLDMapping.requestOutcome(c) {
        case .success(let outcome):
            row(r, "Request", date, end, "", ["Request_Route_of_Access": CLDMapping.routeOfAccess(route), "Event_Outcome": outcome])
        case .failure(let why): problem(r, "Request", why.reason)
        }
    }

    private func assessment(
        _ r: RecordedCaseEvent, _ assessmentId: String, date: CalendarDate, items: [(r: RecordedCaseEvent, e: CaseEvent)],
        row: (RecordedCaseEvent, String, CalendarDate, CalendarDate?, String, [String: String]) -> Void,
        problem: (RecordedCaseEvent, String, String) -> Void
    ) {
        guard inPeriod(date) else { return }
        let determination = items.last { x in
            if case .eligibilityDetermined(let d) = x.e { return d.assessmentId == assessmentId }
            return false
        }
        guard let determination, case .eligibilityDetermined(let d) = determination.e else {
            problem(r, "Assessment", "no eligibility determination is recorded on assessment \(assessmentId), so there is no Event_Outcome")
            return
        }
        row(r, "Assessment", date, date, "", ["Event_Outcome": CLDMapping.assessmentOutcome(eligible: d.eligible)])
    }

    /// The last day of a delivery arrangement starting on `start`: the day before the next
    /// arrangement takes effect, or the day services were withdrawn or the case closed.
    private func deliveryEnd(after: ArraySlice<(r: RecordedCaseEvent, e: CaseEvent)>, start: CalendarDate) -> CalendarDate? {
        for x in after {
            let d = x.e.metadata.effectiveDate
            switch x.e {
            case .deliveryArranged: return d.adding(days: -1) < start ? start : d.adding(days: -1)
            case .withdrawalDecided, .caseClosed: return d
            default: continue
            }
        }
        return nil
    }

    private func planLines(_ planId: String, version: Int, items: [(r: RecordedCaseEvent, e: CaseEvent)]) -> [PlanLine]? {
        for x in items {
            switch x.e {
            case .supportPlanDrafted(let p) where p.plan.planId == planId && p.version == version: return p.plan.lines
            case .supportPlanRevised(let p) where p.plan.planId == planId && p.version == version: return p.plan.lines
            default: continue
            }
        }
        return nil
    }
}
