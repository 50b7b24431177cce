import CaseLedger

/// A case as read for display: its state as known at a time, the summary, what was in force on
/// a date when asked, and the configuration whose review intervals the summary used.
public struct CaseView: Sendable {
    /// The case id.
    public let caseId: String
    /// The recorded time the case is shown as known at; nil for everything recorded.
    public let asKnownAt: Timestamp?
    /// The state folded from the events recorded by then.
    public let state: CaseState
    /// The summary.
    public let summary: CaseSummary
    /// What was in force on the date asked about, when one was.
    public let inForce: InForce?
    /// The configuration in force at the time shown (nil when none was published; the default
    /// review intervals were used).
    public let configuration: PublishedConfiguration?
    /// The staff register as known at the same time, to name the staff involved.
    public let staff: StaffRegister
    /// The day against which due dates are judged: the date of `asKnownAt`, or today.
    public let today: CalendarDate

    /// A view.
    public init(
        caseId: String, asKnownAt: Timestamp?, state: CaseState, summary: CaseSummary, inForce: InForce?,
        configuration: PublishedConfiguration?, staff: StaffRegister = StaffRegister(), today: CalendarDate
    ) {
        self.staff = staff
        self.today = today
        self.caseId = caseId
        self.asKnownAt = asKnownAt
        self.state = state
        self.summary = summary
        self.inForce = inForce
        self.configuration = configuration
    }

    /// The number of events folded.
    public var eventCount: Int { state.history.count }

    /// "Sam Patel (S-1)" when the register knows the id, otherwise the id.
    public func staffName(_ id: String) -> String {
        staff.member(id).map { "\($0.name) (\(id))" } ?? id
    }
}

extension CaseService {
    /// Case `id` as known at recorded time `asKnownAt` (everything recorded when nil), with what
    /// was in force on `inForceOn` when given. The summary's next review uses the review
    /// intervals of the configuration in force at that time (or now).
    ///
    /// - Throws: `.caseNotFound` when nothing was recorded on the case by then;
    ///   `.unreadableEvent` when a stored event cannot be read.
    public func caseState(_ id: String, asKnownAt: Timestamp? = nil, inForceOn: CalendarDate? = nil) throws(ServiceError) -> CaseView {
        if Streams.isReserved(id) { throw .reservedCaseId(id) }
        let events = try caseEvents(id, recordedBy: asKnownAt)
        guard !events.isEmpty else { throw .caseNotFound(id, asKnownAt: asKnownAt) }
        let state = CaseState(rebuiltFrom: events)
        let now = asKnownAt ?? .now()
        let configuration = try configuration(inForceAt: now)
        return CaseView(
            caseId: id, asKnownAt: asKnownAt, state: state,
            summary: state.summary(configuration?.configuration ?? Self.configurationBeforePublication),
            inForce: inForceOn.map { state.inForce(on: $0) }, configuration: configuration,
            staff: try staffRegister(asKnownAt: now), today: CalendarDate(now))
    }
}
