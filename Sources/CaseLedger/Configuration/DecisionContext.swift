/// What `decide` is told from outside, since the domain has no clock and no I/O: who is acting,
/// the decision time, the staff register, and the configuration.
public struct DecisionContext: Sendable {
    /// The acting member of staff's id (becomes the envelope's actor).
    public var actor: String
    /// The decision time; authority is checked on its date, and it must not be before the
    /// case's last recorded time.
    public var now: Timestamp
    /// The staff register as known at the decision time.
    public var staff: StaffRegister
    /// Rate tables, intervals and limits.
    public var configuration: Configuration
    // issue 15: carers
    /// What the caller read of other cases a decision names (a carer link names the other
    /// case), by case id; empty unless the command needs it. `decide` sees one case: the
    /// service reads the other and passes in only what the rules need (`LinkedCaseFacts`).
    public var linkedCases: [String: LinkedCaseFacts] = [:]

    /// A context.
    public init(actor: String, now: Timestamp, staff: StaffRegister, configuration: Configuration) {
        self.actor = actor
        self.now = now
        self.staff = staff
        self.configuration = configuration
    }

    /// The calendar date (UTC) of the decision time.
    public var today: CalendarDate { CalendarDate(now) }
}
