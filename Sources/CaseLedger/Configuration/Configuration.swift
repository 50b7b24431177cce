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
    // issue 15: notices
    /// Days after a decision (its effective date, or the day it was recorded when later) within
    /// which the written notice of each subject is due, as published; nil, or a subject not
    /// named, for none: the law sets no period, so the notice is due when the decision is made
    /// (`NoticeRequirement.due`).
    public var noticeDays: [NoticeSubject: Int]?

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
            roles: decisionRoles ?? standard.roles,
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
