import CaseLedger

/// What falls due on a case.
public enum DeadlineKind: String, Hashable, Sendable, CaseIterable {
    /// The first review of a new or changed plan (statutory guidance: 6–8 weeks after sign-off).
    case firstReview
    /// The review at least every 12 months, counted from the last review completed (or the
    /// sign-off when none was).
    case annualReview
    /// The review of a new direct payment (Direct Payments Regulations 2014: within the first 6
    /// months).
    case directPaymentReview
    /// Acknowledging a complaint (Complaints Regulations 2009: 3 working days).
    case complaintAcknowledgement
    /// Responding to a complaint (6 months, or the date agreed at acknowledgement).
    case complaintResponse
    /// The written record of an eligibility determination (Care Act s13(2), s13(5)).
    case eligibilityNotice
    /// The written notice of a withdrawal of services.
    case withdrawalNotice
    // issue 15: direct payments and capacity
    /// The direct payment agreement of a direct payment in force without one (Care Act 2014
    /// s31-33; Direct Payments Regulations 2014).
    case directPaymentAgreement
    // issue 15: safeguard
    /// The decision whether the s42 enquiry duty applies to a safeguarding concern (the period
    /// local multi-agency procedures set; configured).
    case safeguardingDecision
    /// The outcome of a s42 enquiry (the period local procedures set; configured).
    case safeguardingOutcome
    /// The answer to a subject access request (UK GDPR Art 12(3): one month, or three when
    /// extended).
    case subjectAccessAnswer
    // issue 15: carers
    /// The offer of a carer's assessment to a carer named on the case of the person they care
    /// for (Care Act 2014 s10; the configured period after they first appear).
    case carersAssessmentOffer
    /// The week's progress of a running period of reablement (Wiltshire SDS policy 2014:
    /// progress monitored on a weekly basis).
    case reablementProgress
    /// The end of free reablement, shown coming while reablement runs (Charging and Assessment of
    /// Resources Regulations 2014 reg 3: free for up to 6 weeks).
    case reablementFreePeriodEnd
    // issue 15: notices
    /// The written notice of any other decision that needs one (`NoticeRequirement`): a copy of
    /// an assessment or plan, the financial assessment, the personal budget, a refusal.
    case decisionNotice

    /// The label shown in reports.
    public var label: String {
        switch self {
        case .firstReview: "First review"
        case .annualReview: "Annual review"
        case .directPaymentReview: "Direct payment review"
        case .complaintAcknowledgement: "Complaint acknowledgement"
        case .complaintResponse: "Complaint response"
        case .eligibilityNotice: "Written notice of eligibility"
        case .withdrawalNotice: "Written notice of withdrawal"
        case .directPaymentAgreement: "Direct payment agreement"
        case .safeguardingDecision: "Safeguarding: s42 decision"
        case .safeguardingOutcome: "Safeguarding: enquiry outcome"
        case .subjectAccessAnswer: "Subject access answer"
        // issue 15: carers
        case .carersAssessmentOffer: "Carer's assessment offer"
        case .reablementProgress: "Reablement progress"
        case .reablementFreePeriodEnd: "End of free reablement"
        case .decisionNotice: "Written notice of a decision"
        }
    }

    /// The order of kinds with the same due date.
    var rank: Int { DeadlineKind.allCases.firstIndex(of: self)! }
}

/// How a deadline stands on the day the caseload is judged.
public enum DeadlineStatus: Hashable, Sendable {
    /// Past its due date by this many days (1 or more).
    case overdue(days: Int)
    /// Due on the day.
    case dueToday
    /// Due in this many days (1 or more).
    case dueIn(days: Int)

    /// `overdue`, `due-today` or `due` (the CSV and JSON code).
    public var code: String {
        switch self {
        case .overdue: "overdue"
        case .dueToday: "due-today"
        case .dueIn: "due"
        }
    }

    /// Days from the day judged to the due date: negative when overdue.
    public var daysUntilDue: Int {
        switch self {
        case .overdue(let d): -d
        case .dueToday: 0
        case .dueIn(let d): d
        }
    }

    /// True when past its due date.
    public var isOverdue: Bool { daysUntilDue < 0 }

    /// "overdue by 3 days", "due today", "due in 1 day".
    public var phrase: String {
        switch self {
        case .overdue(let d): "overdue by \(Words.count(d, "day"))"
        case .dueToday: "due today"
        case .dueIn(let d): "due in \(Words.count(d, "day"))"
        }
    }
}

/// One thing due on a case: what, by when, how it stands, and the recorded event it stems from.
public struct Deadline: Hashable, Sendable {
    /// What is due.
    public var kind: DeadlineKind
    /// The date it falls due.
    public var due: CalendarDate
    /// How it stands on the day judged.
    public var status: DeadlineStatus
    /// The reference (seq) of the event the clock runs from.
    public var seq: Int64
    /// That event's id.
    public var eventId: String
    /// What it concerns, e.g. "plan P-1 version 2", "complaint CO-1", "assessment A-1".
    public var subject: String
    /// How the date was worked out, e.g. "6 weeks after the plan was signed off on 8 June 2026".
    public var basis: String

    /// A deadline.
    public init(kind: DeadlineKind, due: CalendarDate, status: DeadlineStatus, seq: Int64, eventId: String, subject: String, basis: String) {
        self.kind = kind
        self.due = due
        self.status = status
        self.seq = seq
        self.eventId = eventId
        self.subject = subject
        self.basis = basis
    }
}
