import CaseLedger
import CaseService

/// `caseload` and `compliance` over one ledger: which method (`OversightMethod`), which
/// configuration, which day, worked out here so the two reports share them and tests can reach
/// them. The projection itself comes from the caller (`projection`), which may read and save a
/// checkpoint and show progress; without one, `OversightRebuild.fromScratch()`.
public struct OversightReports {
    /// The ledger, opened (and verified) for audit.
    public let ledger: AuditLedger
    /// The present moment: "now" for the configuration in force, "today" for the day judged.
    public let now: Timestamp

    /// Reports over `ledger` made at `now`.
    public init(ledger: AuditLedger, now: Timestamp = .now()) {
        self.ledger = ledger
        self.now = now
    }

    /// The rebuild of the projection `caseload` and `compliance` share: deadlines worked out with
    /// the configuration in force now (and its seq), each event judged with the configuration in
    /// force when it was recorded, missing steps counted to `asOf`.
    public func rebuild(asOf: CalendarDate, inForceOn: CalendarDate? = nil) throws -> OversightRebuild {
        let deadlines = try ledger.configuration(now: now)
        var rebuild = OversightRebuild(
            ledger: ledger, asOf: asOf, inForceOn: inForceOn, deadlineConfiguration: (deadlines.configuration, deadlines.seq),
            configurationAt: try ledger.configurationTimeline(now: now))
        rebuild.authorityEverywhere = try ledger.authorityEverywhere(now: now)
        return rebuild
    }

    /// The caseload as known at `asKnownAt` (the ledger as it stands when nil), judged on `on`
    /// (by default the day of `asKnownAt`, or today), with the intervals and bank holidays of the
    /// configuration in force at `asKnownAt` (or now). As it stands, from the projection
    /// `projection` gives for the rebuild; as known at a time, by replaying every case.
    public func caseload(
        asKnownAt: Timestamp?, on: CalendarDate? = nil, filter: CaseloadFilter = CaseloadFilter(),
        projection: (OversightRebuild) throws -> OversightProjection = { try $0.fromScratch() }
    ) throws -> Caseload {
        let day = on ?? UKTime.date(asKnownAt ?? now)
        let chosen = try ledger.configuration(asKnownAt: asKnownAt, now: now)
        let staffEvents = try ledger.staffEvents()
        let staff = StaffRegister(asKnownAt.map { t in staffEvents.filter { $0.recordedAt <= t } } ?? staffEvents)
        switch OversightMethod.caseload(asKnownAt: asKnownAt) {
        case .projection:
            // issue 18: fold18. The caseload reads no findings: cases worked out again from a
            // checkpoint get only their caseload facts, their findings left for `compliance`.
            var rebuild = try rebuild(asOf: day)
            rebuild.findingsNeeded = false
            return try projection(rebuild).caseload(
                on: day, filter: filter, staff: staff, configuration: chosen.configuration, configurationSource: chosen.deadlineSource)
        case .replay:
            var builder = CaseloadBuilder(
                on: day, view: TimeView(asKnownAt: asKnownAt), filter: filter, staff: staff, configuration: chosen.configuration)
            for stream in try ledger.ledger.streams.sorted() where !Streams.isReserved(stream) {
                // An event that cannot be read lists its case, never stops the caseload (issue 14).
                do { builder.add(try ledger.read(stream)) } catch AuditError.notACase { continue }
            }
            return builder.build(configurationSource: chosen.deadlineSource)
        }
    }

    /// The day compliance counts missing steps to: `--in-force-on`, the day of `--as-known-at`, or today.
    public func complianceDay(view: TimeView) -> CalendarDate {
        view.inForceOn ?? UKTime.date(view.asKnownAt ?? now)
    }

    /// Compliance over the whole ledger, or case `caseId`, from `view`, for `rules` (every rule
    /// when empty). As it stands, from the projection `projection` gives for the rebuild (for one
    /// case only when `checkpoint`: the caller reads one); otherwise by replaying the case
    /// histories. Throws `AuditError.unknownCase` for a case the ledger does not hold.
    public func compliance(
        view: TimeView, caseId: String? = nil, rules: [ComplianceRule] = [], checkpoint: Bool = false,
        projection: (OversightRebuild) throws -> OversightProjection = { try $0.fromScratch() }
    ) throws -> ComplianceReport {
        let asOf = complianceDay(view: view)
        switch OversightMethod.compliance(asKnownAt: view.asKnownAt, caseId: caseId, checkpoint: checkpoint) {
        case .projection:
            if let caseId { _ = try ledger.readCase(caseId) }
            return try projection(try rebuild(asOf: asOf, inForceOn: view.inForceOn)).compliance(caseFilter: caseId, rules: rules)
        case .replay:
            // A case an event of which cannot be read (as known at the view) is listed with a
            // finding per such event, never a reason to stop (issue 14).
            let all: (histories: [CaseHistory], unreadable: [(String, [UnreadableEvent])])
            if let caseId {
                do {
                    all = ([try ledger.caseHistory(caseId, view: view)], [])
                } catch AuditError.unreadableEvents(let id, let events) where id == caseId {
                    all = ([], [(caseId, events)])
                }
            } else {
                all = try ledger.caseHistoriesRead(asKnownAt: view.asKnownAt)
            }
            return ComplianceReport(
                histories: all.histories, unreadable: all.unreadable, caseFilter: caseId, rules: rules, view: view, asOf: asOf,
                configuration: try ledger.configurationTimeline(now: now))
        }
    }
}
