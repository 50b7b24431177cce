import CaseLedger
import LedgerStore

// issue 17: retention
extension CaseService {
    /// What `authoriseErasures` did: the decisions it recorded and the bytes it then removed.
    public struct ErasureRun: Sendable {
        /// The erasure decisions appended, one per case, in the order given.
        public var decisions: [AppendedEvent]
        /// The storage's removal of the parts those decisions (and any earlier decision on the
        /// cases in `completing`) name.
        public var removal: ErasureOutcome
    }

    /// Records the erasure decision (`authoriseErasure` on its retention period) on each of
    /// `caseIds`, decided by `actor` acting as `actingRole` at `now`, as one batch: every case is
    /// decided first, and if any is refused (not due, held, no authority) nothing is written and
    /// the refusal names the case. `known`, a whole verification's map of decisions made before
    /// (the review's), spares the storage reading the whole log again (`Ledger.erase`). Then the storage removes the values and salts of every part
    /// the decisions name (`Ledger.erase`, format version 2: the decision is in the log before
    /// any byte goes, events/INVARIANTS.md rules 39 and 42). The parts named by decisions already
    /// recorded on the cases in `completing` are removed too where they are still there, so a
    /// run cut short between the decision and the removal is finished by the next one.
    ///
    /// A version 1 ledger has no erasure: refused before anything is written.
    @discardableResult
    public func authoriseErasures(
        of caseIds: [String], completing: [String] = [], actor: String, actingRole: StaffRole, now: Timestamp, reasons: [String],
        known: KnownAuthorisations? = nil
    ) throws(ServiceError) -> ErasureRun {
        try requireErasure()
        let decisions = try recordErasureDecisions(of: caseIds, actor: actor, actingRole: actingRole, now: now, reasons: reasons)
        return ErasureRun(decisions: decisions, removal: try removeErasedParts(of: caseIds + completing, known: known))
    }

    // issue 17: mirror17 — the court-order path.
    /// Records one erasure decision given whole (`command`, an `authoriseErasure`: on a court
    /// order, or on the retention period for one case) on `caseId`, as `record` records any
    /// decision, and then removes the values and salts of the parts it names, and of any earlier
    /// decision on the case whose removal was cut short, in the same call (`Ledger.erase`).
    /// The decision is in the log before any byte goes (events/INVARIANTS.md rules 39 and 42):
    /// a crash between the two leaves a decision whose parts the next `retention apply` (or the
    /// next erasure recorded on the case) removes. Refused before anything is written on a
    /// version 1 ledger, which has no erasure, and when the decision names a part the stored
    /// event does not hold.
    // Keeps events/INVARIANTS.md rule 57: an erasure decision recorded directly removes its bytes in the same call, the decision first.
    @discardableResult
    public func recordErasure(_ command: CaseCommand, case caseId: String, actor: String, now: Timestamp = .now()) throws(ServiceError) -> ErasureRun {
        try requireErasure()
        let decisions = try recordDecision(command, case: caseId, actor: actor, now: now)
        return ErasureRun(decisions: decisions, removal: try removeErasedParts(of: [caseId]))
    }

    /// Refuses, before anything is written, an erasure on a version 1 ledger.
    private func requireErasure() throws(ServiceError) {
        guard ledger.formatVersion >= 2 else {
            throw .store(.erasureRefused(
                part: nil,
                reason: "the ledger is of format version 1, which has no erasure (events/FORMAT.md); nothing was recorded. "
                    + "Copy its history into a new ledger ('caseledger init' makes version 2) to be able to erase"))
        }
    }

    /// The parts named by the erasure decisions recorded on `caseIds` whose values are still in
    /// the log, removed by the storage (idempotent: a part already erased is left as it is). A
    /// part that can never be erased (`UnerasablePart`) is left and named in the outcome.
    public func removeErasedParts(of caseIds: [String], known: KnownAuthorisations? = nil) throws(ServiceError) -> ErasureOutcome {
        var parts: [ErasedPart] = []
        for caseId in Set(caseIds).sorted() {
            let events = try stored(caseId)
            var erased: [Int: Set<String>] = [:]
            for e in events where !e.erasedParts.isEmpty { erased[Int(e.seq)] = Set(e.erasedParts) }
            for e in events {
                for part in EnvelopeRules.authorisedErasures(type: e.type, payload: e.payload) ?? []
                where !(erased[part.seq]?.contains(part.pointer) ?? false) {
                    parts.append(part)
                }
            }
        }
        // issue 16/17: mend16. A part a decision names that can never be erased (only a raw append
        // writes such a decision) is left and reported, not refused: refusing would fail every
        // later run, after its own decisions were recorded, and hold back the other removals.
        do { return try ledger.erase(parts, leavingUnerasable: true, known: known) } catch { throw .store(error) }
    }

    /// The decisions of `authoriseErasures`, appended as one batch.
    private func recordErasureDecisions(
        of caseIds: [String], actor: String, actingRole: StaffRole, now: Timestamp, reasons: [String]
    ) throws(ServiceError) -> [AppendedEvent] {
        guard !caseIds.isEmpty else { return [] }
        guard let configuration = try configuration(inForceAt: now) else {
            throw .configurationMissing(on: CalendarDate(now))
        }
        let context = DecisionContext(actor: actor, now: now, staff: try staffRegister(asKnownAt: now), configuration: configuration.configuration)
        let command = CaseCommand.authoriseErasure(AuthoriseErasure(
            metadata: DecisionMetadata(actingRole: actingRole, effectiveDate: context.today, reasons: reasons), basis: .retentionPeriod))
        var groups: [(stream: String, version: Int64, events: [Pending])] = []
        for caseId in caseIds {
            if Streams.isReserved(caseId) { throw .reservedCaseId(caseId) }
            // One read of the case: decided from, and the decision checked against, the same events.
            let stored = try stored(caseId)
            let history = try caseEvents(of: stored[...])
            let events: [CaseEvent]
            do {
                events = try decide(command, CaseState(rebuiltFrom: history), context)
            } catch {
                throw .rejected(Rejection(error.rule, "case \(caseId): \(error.detail)", source: error.source))
            }
            try checkPartsAreStored(events, in: stored, of: caseId)
            groups.append((caseId, Int64(history.count), events.map { Pending(type: $0.typeName, schema: $0.schemaVersion, payload: $0.payload) }))
        }
        return try append(groups, actor: actor, now: now)
    }

    /// Refuses, before anything is written, a decision naming a part the stored event does not
    /// hold (the storage would refuse to remove it, and the decision would stand with its bytes
    /// still there): the domain reads an event upcast, the log holds it as it was written.
    func checkPartsAreStored(_ events: [CaseEvent], in stored: [StoredEvent], of caseId: String) throws(ServiceError) {
        let targets = events.flatMap { e -> [ErasureTarget] in
            if case .erasureAuthorised(let a) = e { return a.erases } else { return [] }
        }
        guard !targets.isEmpty else { return }
        var bySeq: [Int: StoredEvent] = [:]
        for e in stored { bySeq[Int(e.seq)] = e }
        for t in targets {
            let held = Set(bySeq[t.seq]?.payload?.objectValue.map { PayloadParts.parts(of: $0).map(\.pointer) } ?? [])
            for p in t.parts where !held.contains(p) {
                throw .store(.erasureRefused(
                    part: ErasedPart(seq: t.seq, pointer: p),
                    reason: "case \(caseId): the erasure would name \(p) of seq \(t.seq), which that event as stored does not hold as a part "
                        + "(events/FORMAT.md, \"Format version 2\"); nothing was recorded"))
            }
        }
    }
}
