// issue 17: retention — when a case's records fall due for erasure, what holds them, and what an
// erasure erases: the one home of the rule, used by `decide` (an erasure only when due and not
// held), `caseledger retention review` and `apply`, the caseload (what is due) and compliance.
//
// Sources: UK GDPR Art 5(1)(e) (storage limitation: kept no longer than necessary); the Records
// Management Code of Practice for Health and Social Care 2023 [check] the row for council adult
// social care records; council retention schedules seen (case records 8 years after the end of care
// or last contact, initial contacts 2 years, case closure + 6 years): the periods are configured
// (`Configuration.retentionPeriods`), each citing its source, for the council to confirm. Holds:
// Inquiries Act 2005 s35 (destroying documents an inquiry may need is an offence); Civil Procedure
// Rules Part 31 (documents that may be disclosed are preserved); Local Government Act 1974 s29 (the
// Ombudsman's powers to obtain documents); an open complaint (Local Authority Social Services and
// NHS Complaints (England) Regulations 2009) or challenge is still being answered from the
// records; an open subject access request (UK GDPR Art 15; ICO: information is not deleted to
// avoid answering a request).

// Keeps events/INVARIANTS.md rule 42: nothing erased before its time, under a hold, or without a decision.
// Keeps events/INVARIANTS.md rule 43: what an erasure leaves is declared once per event type (erasureTargets).
/// When a case's records fall due for erasure, what holds them, and which members an erasure
/// removes.
public enum RetentionRules {
    /// The source cited by erasure refusals and findings.
    public static let source = "UK GDPR Art 5(1)(e); Records Management Code of Practice for Health and Social Care 2023 [check]; the council's retention schedule (configured)"
    /// The source cited by refusals under a hold.
    public static let holdSource = "Inquiries Act 2005 s35; Civil Procedure Rules Part 31; Local Government Act 1974 s29; Complaints Regulations 2009; UK GDPR Art 15"

    /// The kinds of record the case holds: one of adult case, carer's case or initial contact (a
    /// case with no assessment, plan, budget, reablement or financial assessment), then complaint
    /// and safeguarding when the case has any.
    public static func recordKinds(_ state: CaseState) -> [RetentionRecordKind] {
        let pastContact = !state.needsAssessments.isEmpty || !state.carersAssessments.isEmpty || !state.plans.isEmpty
            || !state.reablements.isEmpty || !state.financialAssessmentIds.isEmpty || state.indicativeBudget != nil
        var kinds: [RetentionRecordKind] = [!pastContact ? .initialContact : state.kind == .carer ? .carersCase : .adultCase]
        if !state.complaints.isEmpty { kinds.append(.complaint) }
        if !state.safeguardingConcerns.isEmpty { kinds.append(.safeguarding) }
        return kinds
    }

    /// One kind of record's retention clock on a closed case.
    public struct Clock: Hashable, Sendable {
        /// The kind of record.
        public var kind: RetentionRecordKind
        /// Its configured period.
        public var period: RetentionPeriod
        /// The date the period runs from.
        public var from: CalendarDate
        /// The day the records fall due for erasure: the period after `from`.
        public var due: CalendarDate

        /// "adult case: 8 years after the last contact (source)".
        public var ruleWords: String { "\(kind.words): \(period.words) (\(period.source))" }
    }

    /// The latest effective date of any decision on the case: the last contact. Holds and erasures
    /// are not contact with the person.
    public static func lastContact(_ state: CaseState) -> CalendarDate? {
        state.history.lazy.filter { !isRetentionEvent($0.kind) }.map(\.effectiveDate).max()
    }

    /// True for the events of retention itself (holds and erasures).
    static func isRetentionEvent(_ kind: CaseEvent.Kind) -> Bool {
        kind == .legalHoldPlaced || kind == .legalHoldLifted || kind == .erasureAuthorised
    }

    /// Each kind of record's clock on a closed case (none while it is open: records are kept while
    /// the council is involved): from the case's closure or its last contact, as configured.
    public static func clocks(_ state: CaseState, _ config: Configuration) -> [Clock] {
        guard let closed = state.closure?.effectiveDate else { return [] }
        let last = max(lastContact(state) ?? closed, closed)
        return recordKinds(state).compactMap { kind in
            guard let period = config.retentionPeriods[kind] else { return nil }
            let from = period.from == .closure ? closed : last
            return Clock(kind: kind, period: period, from: from, due: period.period.after(from))
        }
    }

    /// The clock that governs the case: the one falling due last (records of a case are erased
    /// together, so the longest period wins). Nil while the case is open.
    public static func governing(_ state: CaseState, _ config: Configuration) -> Clock? {
        clocks(state, config).max { ($0.due, $1.kind) < ($1.due, $0.kind) }
    }

    /// Something that blocks erasure of the case's records.
    public enum Hold: Hashable, Sendable {
        /// A legal hold in place.
        case legalHold(LegalHoldPlaced)
        /// A complaint not yet answered.
        case openComplaint(String)
        /// A challenge not yet resolved.
        case openChallenge(String)
        /// A subject access request not yet answered.
        case openSubjectAccessRequest(String)

        /// The hold in words: "legal hold LH-1 (a public inquiry: UK COVID-19 Inquiry)".
        public var words: String {
            switch self {
            case .legalHold(let h): "legal hold \(h.holdId) (\(h.reason.words): \(h.matter))"
            case .openComplaint(let id): "complaint \(id) is open"
            case .openChallenge(let id): "challenge \(id) is open"
            case .openSubjectAccessRequest(let id): "subject access request \(id) is not yet answered"
            }
        }
    }

    /// Everything that blocks erasure, in a fixed order: legal holds in place, then open
    /// complaints, challenges and subject access requests (derived: no hold need be placed for them).
    public static func holds(_ state: CaseState) -> [Hold] {
        var out: [Hold] = state.legalHolds.values.filter(\.isInPlace).map(\.placed)
            .sorted { $0.holdId < $1.holdId }.map { .legalHold($0) }
        out += state.complaints.filter { $0.value.isOpen }.keys.sorted().map { .openComplaint($0) }
        out += state.challenges.filter { $0.value.isOpen }.keys.sorted().map { .openChallenge($0) }
        out += state.subjectAccessRequests.filter { $0.value.isOpen }.keys.sorted().map { .openSubjectAccessRequest($0) }
        return out
    }

    /// Where a case stands for retention on a date.
    public enum Standing: String, Hashable, Sendable {
        /// Open: kept while the council is involved.
        case open
        /// Closed, its period not yet run.
        case retained
        /// Its period has run and nothing holds it: due for erasure.
        case due
        /// Its period has run but something holds it.
        case held
        /// Its personal content was erased.
        case erased
    }

    /// A case's retention on a date: where it stands, the governing clock, what holds it, and its
    /// erasure once authorised.
    public struct Review: Hashable, Sendable {
        /// The case id.
        public var caseId: String
        /// Where it stands.
        public var standing: Standing
        /// The governing clock (nil while open, and once erased).
        public var clock: Clock?
        /// What blocks erasure (may be non-empty while retained, too).
        public var holds: [Hold]
        /// The erasure, once authorised.
        public var erasure: Dated<ErasureAuthorised>?
    }

    /// Where case `state` stands for retention on `date`.
    public static func review(_ state: CaseState, on date: CalendarDate, _ config: Configuration) -> Review {
        let id = state.caseId ?? ""
        if let erasure = state.erasures.last {
            return Review(caseId: id, standing: .erased, clock: nil, holds: [], erasure: erasure)
        }
        let holds = holds(state)
        guard let clock = governing(state, config) else {
            return Review(caseId: id, standing: .open, clock: nil, holds: holds, erasure: nil)
        }
        let standing: Standing = clock.due > date ? .retained : holds.isEmpty ? .due : .held
        return Review(caseId: id, standing: standing, clock: clock, holds: holds, erasure: nil)
    }

    /// The parts of each event of the case that an erasure removes: every member its type does not
    /// keep (`CaseEventPayload.keptWhenErased`), of every event but the erasure decisions
    /// themselves and events already erased; events with nothing to erase are left out. Parts are
    /// RFC 6901 JSON Pointers, sorted, as the log's format version 2 divides a payload
    /// (events/FORMAT.md, "Format version 2"): a top-level member is one part, except a non-empty
    /// list, each element of which is a part of its own (`/notes/0`, `/notes/1`, …), so that one
    /// restricted note can be withheld from a copy on its own.
    public static func erasureTargets(_ state: CaseState) -> [ErasureTarget] {
        state.history.compactMap { e in
            if e.kind == .erasureAuthorised || e.kind == .erased { return nil }
            let kept = Set(e.event.accept(KeptWhenErased()))
            guard let payload = e.event.payload.objectValue else { return nil }
            // The domain's own member names are ASCII; any other name is kept apart by its code units (rule 65).
            let parts = payload.filter { !kept.contains($0.key.string) }.flatMap { name, value -> [JSONKey] in
                if case .array(let items) = value, !items.isEmpty { return items.indices.map { JSONKey(pointer(name.string) + "/\($0)") } }
                return [JSONKey(pointer(name.string))]
            }
            guard !parts.isEmpty else { return nil }
            return ErasureTarget(seq: Int(e.seq), parts: parts.sorted().map(\.string))
        }
    }

    /// The RFC 6901 JSON Pointer to top-level member `name` ("~" as "~0", "/" as "~1").
    public static func pointer(_ name: String) -> String {
        var out = "/"
        for c in name {
            switch c {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.append(c)
            }
        }
        return out
    }

    private struct KeptWhenErased: CaseEventPayloadVisitor {
        func visit<P: CaseEventPayload>(_: P) -> [String] { P.keptWhenErased }
    }

    /// The erasure of case `state`'s personal content on `date`, on `basis` (citing `courtOrder`
    /// for a court order), with `metadata`, or the rule it breaks: `case-erased` once erased;
    /// `erasure-basis-incomplete` for a court order not cited or nothing left to erase;
    /// `erasure-not-due` while open or before the governing clock's due day (a court order does
    /// not wait for it); `erasure-under-hold` while anything holds the records (a court order too:
    /// the council lifts the hold first, recording why). `caseName` names the case.
    public static func erasure(
        of state: CaseState, on date: CalendarDate, basis: ErasureBasis, courtOrder: String?,
        metadata: DecisionMetadata, _ config: Configuration, caseName: String
    ) throws(Rejection) -> ErasureAuthorised {
        if let done = state.erasures.last {
            throw Rejection(.caseErased, "\(caseName)'s personal content was already erased on \(done.effectiveDate.words) (seq \(done.seq))")
        }
        var clock: Clock?
        switch basis {
        case .courtOrder:
            guard let order = courtOrder, !order.isBlank else {
                throw Rejection(.erasureBasisIncomplete, "the erasure of \(caseName) rests on a court order: cite it in courtOrder")
            }
        case .retentionPeriod:
            guard let governing = governing(state, config) else {
                throw Rejection(.erasureNotDue, "\(caseName) is open: its records are kept while the council is involved and fall due only after closure")
            }
            if governing.due > date {
                throw Rejection(.erasureNotDue,
                    "\(caseName)'s records are not due for erasure until \(governing.due.words) (\(governing.ruleWords), from \(governing.from.words))")
            }
            clock = governing
        }
        let held = holds(state)
        if !held.isEmpty {
            throw Rejection(.erasureUnderHold,
                "\(caseName)'s records cannot be erased: \(held.map(\.words).joined(separator: "; ")); lift the hold or close the matter first")
        }
        let targets = erasureTargets(state)
        if targets.isEmpty {
            throw Rejection(.erasureBasisIncomplete, "\(caseName) holds no personal content to erase")
        }
        return ErasureAuthorised(
            metadata: metadata, erases: targets, basis: basis, retentionRule: clock?.ruleWords,
            retentionFrom: clock?.from, dueOn: clock?.due, courtOrder: basis == .courtOrder ? courtOrder : nil)
    }
}
