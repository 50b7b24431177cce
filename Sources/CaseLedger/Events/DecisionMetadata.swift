/// What every decision records besides what changed: the role the staff member acted under,
/// the date the decision takes effect, why (reasons in words and references to the criteria or
/// policy clauses relied on), notes, and which fields hold restricted third-party information.
///
/// Who acted is the envelope's actor; when it was recorded is the envelope's recorded time. The
/// fields are stored flat in every payload: `actingRole`, `effectiveDate`, `reasons`,
/// `references`, `notes`, `restricted`, and for an event taken from an older system by
/// `caseledger import`, `imported` (absent on every decision recorded live).
public struct DecisionMetadata: Hashable, Sendable {
    /// The role under which the staff member acted, e.g. `socialWorker`.
    public var actingRole: StaffRole
    /// The date the decision takes effect; may be earlier than the recorded time (back-dated).
    public var effectiveDate: CalendarDate
    /// The reasons, in plain words the customer can read.
    public var reasons: [String]
    /// The criteria or policy clauses relied on, e.g. "Eligibility Regulations 2015 reg 2(2)(b)".
    public var references: [String]
    /// Facts and opinions noted with the decision.
    public var notes: [Note]
    /// Names of fields of this payload that hold third-party information, withheld from the
    /// customer's copy.
    public var restricted: [String]
    // issue 14: one way in for domain events
    /// Where the event was imported from (`caseledger import`); nil for a decision recorded
    /// live, as every event was before imports existed (a new optional member: the schema
    /// version stays).
    public var imported: ImportedFrom?

    /// The metadata of one decision.
    public init(
        actingRole: StaffRole, effectiveDate: CalendarDate, reasons: [String] = [],
        references: [String] = [], notes: [Note] = [], restricted: [String] = [], imported: ImportedFrom? = nil
    ) {
        self.actingRole = actingRole
        self.effectiveDate = effectiveDate
        self.reasons = reasons
        self.references = references
        self.notes = notes
        self.restricted = restricted
        self.imported = imported
    }

    /// The field names the metadata occupies in every payload (`imported`, only on an imported
    /// event, is not among them).
    public static let fieldNames: [String] = [
        "actingRole", "effectiveDate", "reasons", "references", "notes", "restricted",
    ]

    /// Reads the metadata fields from a payload.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        actingRole = try r("actingRole")
        effectiveDate = try r("effectiveDate")
        reasons = try r("reasons")
        references = try r("references")
        notes = try r("notes")
        restricted = try r("restricted")
        imported = try r.optional("imported")
    }

    /// Writes the metadata fields into a payload.
    public func encode(to w: inout PayloadWriter) {
        w.set("actingRole", actingRole)
        w.set("effectiveDate", effectiveDate)
        w.set("reasons", reasons)
        w.set("references", references)
        w.set("notes", notes)
        w.set("restricted", restricted)
        w.optional("imported", imported)
    }
}
