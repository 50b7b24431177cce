import CaseLedger
import CaseService

/// How dates, times, money and the domain's codes are written in reports: in words a person
/// reads, never a raw code without explanation. One place, so every format says the same.
public enum Words {
    static let months = CalendarDate.monthNames

    /// "Apr 2026".
    public static func shortMonth(_ d: CalendarDate) -> String { "\(months[d.month - 1].prefix(3)) \(d.year)" }

    /// "1 April 2026, 18:00 BST": recorded (UTC) times in UK time with the zone shown, as people
    /// in England read them (`UKTime.words`; seconds are shown when not zero). JSON keeps UTC.
    public static func time(_ t: Timestamp) -> String { UKTime.words(t) }

    /// "£23.40 a week".
    public static func weekly(_ m: Money) -> String { "\(m) a week" }

    // issue 15: charging
    /// A plan line's cost and, when it is free, why: "£40.00 a week", "£350.00 once (one-off,
    /// not weekly) — free: community equipment (aids) is free".
    public static func lineCost(_ line: PlanLine) -> String {
        let cost = line.oneOffCost.map { "\($0) once (one-off, not weekly)" } ?? weekly(line.weeklyCost)
        return cost + (line.exemption.map { " — free: \($0.words)" } ?? "")
    }

    /// A plan's cost for the trail: "Weekly cost: £240.00 (£12,480.00 a year)."; with one-off
    /// costs, those once and the first year's cost (one-off costs counted once, never ×52).
    public static func planCost(_ plan: SupportPlanContent) -> String {
        let once = plan.oneOffCost
        guard once > .zero else { return "Weekly cost: \(plan.weeklyCost) (\(plan.weeklyCost.times(52)) a year)." }
        return "Weekly cost: \(plan.weeklyCost) (\(plan.weeklyCost.times(52)) a year); one-off costs: \(once), paid once, not weekly; the first year: \(plan.firstYearCost)."
    }

    /// A camelCase code as lower-case words: "socialWorker" → "social worker" (`DisplayWords.spaced`,
    /// the one definition).
    public static func uncamel(_ code: String) -> String { DisplayWords.spaced(code) }

    /// A staff role in words, with the well-known abbreviations spelled out.
    public static func role(_ r: StaffRole) -> String {
        switch r {
        case .communityPsychiatricNurse: "community psychiatric nurse"
        case .panelChair: "chair of the Risk Enablement Panel"
        default: uncamel(r.rawValue)
        }
    }

    /// The stage in words.
    public static func stage(_ s: Stage) -> String {
        switch s {
        case .contact: "contact"
        case .assessment: "assessment"
        case .supportPlanning: "support planning"
        case .delivery: "delivery of support"
        case .review: "review"
        case .servicesWithdrawn: "services withdrawn, awaiting closure"
        case .closed: "closed"
        }
    }

    /// The delivery mechanism in words.
    public static func mechanism(_ m: DeliveryMechanism) -> String {
        switch m {
        case .directPayment: "direct payment"
        case .managedAccount: "managed account (the council arranges the support)"
        case .individualServiceFund: "individual service fund (a provider holds the budget)"
        case .thirdPartyOrTrust: "third party or trust"
        case .broker: "support broker"
        }
    }

    /// Where a challenge stands, in words.
    public static func level(_ l: ChallengeLevel) -> String {
        switch l {
        case .allocatedWorker: "the allocated worker"
        case .lineManager: "the line manager"
        case .riskEnablementPanel: "the Risk Enablement Panel"
        case .complaint: "the complaints procedure"
        }
    }

    /// A challenge's outcome in words.
    public static func outcome(_ o: ChallengeOutcome) -> String {
        switch o {
        case .upheld: "upheld"
        case .partlyUpheld: "partly upheld"
        case .notUpheld: "not upheld (the decision stands)"
        case .withdrawnByCustomer: "withdrawn by the customer"
        }
    }

    /// A complaint finding in words.
    public static func finding(_ f: ComplaintFinding) -> String {
        switch f {
        case .upheld: "upheld"
        case .partlyUpheld: "partly upheld"
        case .notUpheld: "not upheld"
        }
    }

    /// A notice format in words.
    public static func format(_ f: NoticeFormat) -> String {
        switch f {
        case .standardPrint: "a printed letter"
        case .largePrint: "large print"
        case .easyRead: "easy read"
        case .braille: "braille"
        case .audio: "audio"
        case .email: "email"
        case .otherLanguage: "a letter in another language"
        case .viaAdvocate: "a letter given through their advocate"
        }
    }

    /// A financial assessment basis in words.
    public static func basis(_ b: FinancialAssessmentBasis) -> String {
        switch b {
        case .fullAssessment: "a full assessment of income and capital"
        case .declinedToDisclose: "the person chose not to share their finances, so pays the full cost"
        case .exempt: "an exemption applies, so nothing is charged"
        }
    }

    /// A route of access in words.
    public static func route(_ r: RouteOfAccess) -> String {
        switch r {
        case .plannedEntryTransition: "planned entry (transition)"
        case .dischargeFromHospital: "discharge from hospital"
        case .diversionFromHospitalServices: "diversion from hospital services"
        case .communityOrOtherRoute: "community or other route"
        case .prison: "prison"
        case .selfFunder: "self-funder"
        case .dischargeFromReablement: "discharge from reablement"
        case .transferFromOtherCouncil: "transfer from another council"
        }
    }

    /// A referral source in words.
    public static func source(_ s: ReferralSource) -> String {
        switch s {
        case .selfReferral: "the person themselves"
        case .gp: "their GP"
        case .family: "family"
        case .hospital: "a hospital"
        case .nhsProfessional: "an NHS professional"
        case .carer: "their carer"
        case .otherPerson: "someone acting for them"
        }
    }

    /// A review outcome in words.
    public static func reviewOutcome(_ o: ReviewOutcome) -> String {
        switch o {
        case .noChange: "no change to the plan"
        case .planRevised: "the plan is to be revised"
        case .reassessment: "the needs are to be reassessed"
        case .withdrawalRecommended: "the needs are no longer eligible; withdrawal of services recommended"
        }
    }

    /// A closure reason in words.
    public static func closure(_ r: ClosureReason) -> String {
        switch r {
        case .servicesWithdrawn: "services were withdrawn"
        case .informationAndAdviceOnly: "information and advice was all that was needed"
        case .noEligibleNeeds: "no eligible needs were found"
        case .supportDeclined: "the person declined support"
        case .movedAway: "the person moved out of the area"
        case .died: "the person died"
        case .transferredToAnotherCouncil: "the case moved to another council"
        }
    }

    /// A service kind in words.
    public static func service(_ k: ServiceKind) -> String {
        switch k {
        case .nhsService: "NHS or other health service"
        default: uncamel(k.rawValue)
        }
    }

    /// A review reason in words.
    public static func reviewReason(_ r: ReviewReason) -> String {
        r == .planned ? "planned" : "unplanned (" + uncamel(String(r.rawValue.dropFirst("unplanned".count))).trimmingLeadingSpace + ")"
    }

    /// Who asked for a review, in words.
    public static func requester(_ r: ReviewRequester) -> String {
        switch r {
        case .customer: "the person"
        case .carer: "their carer"
        case .representative: "their representative"
        case .provider: "a provider"
        case .allocatedWorker: "the allocated worker"
        case .otherProfessional: "another professional"
        case .scheduled: "the review schedule"
        }
    }

    /// Why a review is due, in words.
    public static func dueReason(_ r: ReviewDue.Reason) -> String {
        switch r {
        case .newOrChangedPlan: "first review of a new or changed plan"
        case .newDirectPayment: "first review of a new direct payment"
        case .routine: "yearly review of the plan"
        case .contribution: "yearly review of the contribution"
        }
    }

    /// An outcome code (as eligibility decisions record eligible needs) in the regulation's words.
    public static func need(_ code: String) -> String {
        AdultOutcome(rawValue: code)?.words ?? CarerOutcome(rawValue: code)?.words ?? uncamel(code)
    }

    /// "1 item" / "3 items".
    public static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// Items joined as "a, b and c".
    public static func list(_ items: [String]) -> String { items.spokenList }
}

extension String {
    /// The string without one leading space.
    var trimmingLeadingSpace: String { hasPrefix(" ") ? String(dropFirst()) : self }
}
