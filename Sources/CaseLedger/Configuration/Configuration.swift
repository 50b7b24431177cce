/// Every figure and period the rules depend on that may change or differ between councils:
/// charging rate tables, review intervals, the free reablement period, direct payment
/// exclusions, complaint time limits. Nothing marked [check] in the domain brief is hard-coded.
public struct Configuration: Hashable, Sendable {
    /// Charging rate tables; the one in force on a date is the latest valid from on or before it.
    public var chargingRateTables: [ChargingRateTable]
    /// When reviews fall due.
    public var reviewIntervals: ReviewIntervals
    /// Days of free reablement from its start (42 = 6 weeks).
    public var reablementFreeDays: Int
    /// Whether services to carers are free (the seed councils' policy).
    public var carersServicesFree: Bool
    /// Service kinds a direct payment may not pay for.
    public var directPaymentExcludedServices: Set<ServiceKind>
    /// Working days to acknowledge a complaint (3).
    public var complaintAcknowledgementWorkingDays: Int
    /// Time to respond to a complaint unless a longer period is agreed (6 months).
    public var complaintResponsePeriod: Period
    /// Time after the matter within which a complaint is made (12 months).
    public var complaintTimeLimit: Period
    /// Bank holidays and other days that are not working days (weekends never are).
    public var nonWorkingDays: Set<CalendarDate>
    /// Roles that may change the staff register.
    public var registerAdministrationRoles: Set<StaffRole>
    // issue 14: corrections
    /// Whose money authority a correction of a money decision needs (`coversAmount` unless
    /// configured).
    public var correctionAuthority: CorrectionAuthority = .coversAmount
    /// The roles that may record each decision, by command name, as published; nil when the
    /// configuration names none (`DecisionAuthority.standard` applies). See `authority`.
    public var decisionRoles: [String: Set<StaffRole>]?
    /// The roles that may resolve a challenge at each level, as published; nil for the defaults.
    public var challengeResolutionRoles: [ChallengeLevel: Set<StaffRole>]?
    /// The roles each role stands above (may correct the decisions of), as published; nil for
    /// the defaults.
    public var rolesAbove: [StaffRole: Set<StaffRole>]?
    // issue 15: safeguard
    /// Working days after a safeguarding concern is received by which the council decides whether
    /// the s42 duty applies. The Care Act sets no period; local multi-agency safeguarding adults
    /// procedures do. Default 5 working days, an example for the council to confirm [check].
    public var safeguardingDecisionWorkingDays: Int = 5
    /// Time after a s42 enquiry starts by which its outcome is due. Set by local multi-agency
    /// procedures, not the law. Default 4 weeks, an example for the council to confirm [check].
    public var safeguardingEnquiryPeriod: Period = .weeks(4)
    /// Time to answer a subject access request, from the day it is received: one month, to the
    /// corresponding date of the next month (UK GDPR Art 12(3); ICO guidance).
    public var subjectAccessResponsePeriod: Period = .months(1)
    /// The further time a complex request may be given, counted on from receipt with the
    /// response period: two further months (UK GDPR Art 12(3)).
    public var subjectAccessExtensionPeriod: Period = .months(2)
    /// True when the clock stops while the council waits for the requester's clarification
    /// (UK GDPR Art 12, as amended by the Data (Use and Access) Act 2025; ICO guidance) [check].
    public var subjectAccessClarificationPausesClock: Bool = true
    // issue 17: retention
    /// How long each kind of record is kept and from when, each citing its source, for the council
    /// to confirm [check]; `RetentionPeriod.standard` unless published (`RetentionRules`).
    public var retentionPeriods: [RetentionRecordKind: RetentionPeriod] = RetentionPeriod.standard
    // issue 15: carers
    /// How long after a carer first appears on the case of the person they care for a carer's
    /// assessment is to be offered (`CarerRules`). The Care Act 2014 s10 sets no period: 28 days
    /// is this product's default, for a council to confirm.
    public var carersAssessmentOfferPeriod: Period = Self.defaultCarersAssessmentOfferPeriod
    /// How often the progress of a running period of reablement is recorded (`ReablementRules`):
    /// weekly (Wiltshire SDS policy 2014 and Cheshire East personalisation policy 2012: "progress
    /// monitored on a weekly basis").
    public var reablementProgressInterval: Period = Self.defaultReablementProgressInterval
    /// The default of `carersAssessmentOfferPeriod`: 28 days.
    public static let defaultCarersAssessmentOfferPeriod = Period.days(28)
    /// The default of `reablementProgressInterval`: 1 week.
    public static let defaultReablementProgressInterval = Period.weeks(1)
    // issue 15: charging
    /// The most an adaptation may cost to be minor, and so free of charge (£1,000 per
    /// adaptation): Care and Support (Charging and Assessment of Resources) Regulations 2014
    /// reg 3(3) ("an adaptation is minor if the cost of making the adaptation is £1,000 or
    /// less"). For a council to confirm against the regulations in force.
    public var minorAdaptationCostLimit: Money = Configuration.standardMinorAdaptationCostLimit
    /// The regulations' figure, £1,000: the limit when a configuration names none.
    public static let standardMinorAdaptationCostLimit = Money(pence: 100_000)
    // issue 15: notices
    /// Days after a decision (its effective date, or the day it was recorded when later) within
    /// which the written notice of each subject is due, as published; nil, or a subject not
    /// named, for none: the law sets no period, so the notice is due when the decision is made
    /// (`NoticeRequirement.due`).
    public var noticeDays: [NoticeSubject: Int]?
    // issue 18: panel
    /// How a person reaches the council (the Easy Read summary's "who to ask"); nil when the
    /// configuration names none, and the summary then says to ask the council's adult social care.
    public var councilContact: CouncilContact?

    /// A configuration; every default can be overridden.
    public init(
        chargingRateTables: [ChargingRateTable],
        reviewIntervals: ReviewIntervals = ReviewIntervals(),
        reablementFreeDays: Int = 42,
        carersServicesFree: Bool = true,
        directPaymentExcludedServices: Set<ServiceKind> = [
            .permanentResidentialCare, .permanentNursingCare, .nhsService, .councilProvidedService,
        ],
        complaintAcknowledgementWorkingDays: Int = 3,
        complaintResponsePeriod: Period = .months(6),
        complaintTimeLimit: Period = .months(12),
        nonWorkingDays: Set<CalendarDate> = [],
        registerAdministrationRoles: Set<StaffRole> = [.registerAdministrator, .teamManager],
        decisionRoles: [String: Set<StaffRole>]? = nil,
        challengeResolutionRoles: [ChallengeLevel: Set<StaffRole>]? = nil,
        rolesAbove: [StaffRole: Set<StaffRole>]? = nil
    ) {
        self.chargingRateTables = chargingRateTables
        self.reviewIntervals = reviewIntervals
        self.reablementFreeDays = reablementFreeDays
        self.carersServicesFree = carersServicesFree
        self.directPaymentExcludedServices = directPaymentExcludedServices
        self.complaintAcknowledgementWorkingDays = complaintAcknowledgementWorkingDays
        self.complaintResponsePeriod = complaintResponsePeriod
        self.complaintTimeLimit = complaintTimeLimit
        self.nonWorkingDays = nonWorkingDays
        self.registerAdministrationRoles = registerAdministrationRoles
        self.decisionRoles = decisionRoles
        self.challengeResolutionRoles = challengeResolutionRoles
        self.rolesAbove = rolesAbove
    }

    /// The days within which a notice of `subject` is due after its decision: the configured
    /// figure, or 0 (the law sets no period).
    public func noticeDays(for subject: NoticeSubject) -> Int { noticeDays?[subject] ?? 0 }

    /// Who may make each decision: each table as published, or its default
    /// (`DecisionAuthority.standard`) when the configuration names none.
    public var authority: DecisionAuthority {
        let standard = DecisionAuthority.standard
        if decisionRoles == nil, challengeResolutionRoles == nil, rolesAbove == nil { return standard }
        return DecisionAuthority(
            // issue 17: retention — a decision the table does not name keeps its default.
            roles: decisionRoles.map { $0.merging(standard.roles) { published, _ in published } } ?? standard.roles,
            challengeResolution: challengeResolutionRoles ?? standard.challengeResolution,
            above: rolesAbove ?? standard.above)
    }

    /// The charging rate table in force on `date`, nil when none is.
    public func rateTable(on date: CalendarDate) -> ChargingRateTable? {
        chargingRateTables.filter { $0.validFrom <= date }.max { $0.validFrom < $1.validFrom }
    }

    /// The last day of free reablement that starts on `start`.
    public func reablementFreeUntil(start: CalendarDate) -> CalendarDate {
        start.adding(days: reablementFreeDays - 1)
    }

    /// True when `date` is a working day: not a weekend, not a configured non-working day.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        Self.isWorkingDay(date, nonWorkingDays: nonWorkingDays)
    }

    /// The date `n` working days after `date` (see `adding(workingDays:to:nonWorkingDays:)`).
    public func adding(workingDays n: Int, to date: CalendarDate) -> CalendarDate {
        Self.adding(workingDays: n, to: date, nonWorkingDays: nonWorkingDays)
    }

    /// True when `date` is neither a Saturday, a Sunday nor one of `nonWorkingDays` (bank
    /// holidays).
    public static func isWorkingDay(_ date: CalendarDate, nonWorkingDays: Set<CalendarDate>) -> Bool {
        !date.weekday.isWeekend && !nonWorkingDays.contains(date)
    }

    /// The date `n` working days after `date`, weekends and `nonWorkingDays` skipped: the first
    /// working day after `date` is day 1, so with 3 working days a complaint received on a
    /// Friday (or a Saturday) is due on the Wednesday. `date` itself when `n` is 0 or less. The
    /// one home of working-day arithmetic.
    public static func adding(workingDays n: Int, to date: CalendarDate, nonWorkingDays: Set<CalendarDate>) -> CalendarDate {
        var d = date
        var left = n
        while left > 0 {
            d = d.adding(days: 1)
            if isWorkingDay(d, nonWorkingDays: nonWorkingDays) { left -= 1 }
        }
        return d
    }
}
