// Keeps events/INVARIANTS.md rule 10: every rule has one home.
// issue 14: one way in for domain events.
/// The rules of importing a case's history from an older case management system
/// (`caseledger import`): who may import, into which cases, and that only the import marks an
/// event as imported. The imported decisions themselves are not refused by the rules they
/// break: the council's history is what it was, and `compliance` reports its breaches, saying
/// the event was imported. Source: the council's data migration policy as a serious product
/// needs it (history comes before live use; an import is an administrative act, audited).
public enum ImportRules {
    /// A decision recorded live never carries the imported marker (`DecisionMetadata.imported`),
    /// nor does the payload a correction puts in place: otherwise any decision could be passed
    /// off as history whose breaches are only reported.
    public static func checkRecordedLive(_ command: CaseCommand) throws(Rejection) {
        if let imported = command.metadata.imported {
            throw Rejection(.importedMarkerReserved,
                "a decision recorded with 'caseledger record' cannot be marked as imported (from \(imported.from), "
                    + "record \(imported.sourceRef)): leave out \"imported\"; history from an older system is brought in "
                    + "with 'caseledger import'")
        }
        if case .correctEvent(let p) = command, let imported = p.corrected.metadata.imported {
            throw Rejection(.importedMarkerReserved,
                "a correction cannot be marked as imported (from \(imported.from), record \(imported.sourceRef)): "
                    + "leave out \"imported\" from the corrected payload; the correction is a decision recorded now")
        }
    }

    /// A change of the staff register is never imported: the register is set up with
    /// `caseledger staff`, and an imported marker on one is refused.
    public static func checkRecordedLive(staffChange metadata: DecisionMetadata) throws(Rejection) {
        if let imported = metadata.imported {
            throw Rejection(.importedMarkerReserved,
                "a change of the staff register cannot be marked as imported (from \(imported.from)): leave out \"imported\"")
        }
    }

    /// The importing member of staff `actor` must be on the register on `date` and hold one of
    /// the roles the configuration allows to administer the register (an import, like a change
    /// of the register, is an administrative act); unlike the register, never open to anyone.
    public static func checkImporter(
        _ actor: String, register: StaffRegister, configuration: Configuration, on date: CalendarDate
    ) throws(Rejection) {
        if let lookAlike = StaffIdRules.lookAlike(actor, as: "the importing member of staff", in: register) { throw lookAlike }
        guard register.isOnRegister(actor, on: date) else {
            throw Rejection(.staffUnknown, "\(actor) is not on the staff register on \(date.words), and only staff on it may import history")
        }
        let roles = configuration.registerAdministrationRoles
        guard roles.contains(where: { register.holds($0, actor, on: date) }) else {
            let allowed = roles.map(\.rawValue).sorted().joined(separator: ", ")
            throw Rejection(.importAuthorityMissing,
                "\(register.nameOf(actor)) cannot import history: an import is made by someone holding one of the roles \(allowed) on \(date.words)")
        }
    }

    /// History is imported before a case is used live: never into case `caseId` once it holds a
    /// decision recorded live (`existing` are its events so far), which the import would
    /// otherwise walk round (an imported event is not refused by the rules).
    public static func checkBeforeLiveUse(caseId: String, existing: [RecordedCaseEvent]) throws(Rejection) {
        if let live = existing.first(where: { $0.event.metadata.imported == nil }) {
            throw Rejection(.importIntoLiveCase,
                "\(caseId) already holds decisions recorded live (seq \(live.seq), \(live.event.typeName)); history "
                    + "from an older system is imported before a case is used, so import it into a new case id, "
                    + "or record what is missing with 'caseledger record'")
        }
    }
}
