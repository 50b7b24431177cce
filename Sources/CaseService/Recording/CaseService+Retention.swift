import CaseLedger

// issue 17: retention
extension CaseService {
    /// Records the erasure decision (`authoriseErasure` on its retention period) on each of
    /// `caseIds`, decided by `actor` acting as `actingRole` at `now`, as one batch: every case is
    /// decided first, and if any is refused (not due, held, no authority) nothing is written and
    /// the refusal names the case. The bytes are removed afterwards by the storage's erasure step,
    /// which needs these decisions (format version 2).
    ///
    /// - Returns: the erasure decisions appended, one per case, in the order given.
    @discardableResult
    public func authoriseErasures(
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
            let history = try caseEvents(caseId)
            let events: [CaseEvent]
            do {
                events = try decide(command, CaseState(rebuiltFrom: history), context)
            } catch {
                throw .rejected(Rejection(error.rule, "case \(caseId): \(error.detail)", source: error.source))
            }
            groups.append((caseId, Int64(history.count), events.map { Pending(type: $0.typeName, schema: $0.schemaVersion, payload: $0.payload) }))
        }
        // The ERASURE CONTRACT (issue 17): the storage's byte removal (`Ledger.erase`, format
        // version 2) is called here at the merge, after the decisions are appended, with a part
        // `ErasedPart(seq:pointer:)` for each pointer of each decided `ErasureAuthorised.erases`.
        return try append(groups, actor: actor, now: now)
    }
}
