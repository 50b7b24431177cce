import CaseLedger

/// The one place where the ledger's codes become NHS England Adult Social Care Client Level Data
/// (CLD) codes. Each function answers a CLD value, or a reason why there is none, which the export
/// reports on standard error instead of dropping the row. README lists every mapping.
public enum CLDMapping {
    /// A CLD value, or why the ledger's value has none.
    public typealias Mapped = Result<String, CLDUnmappable>

    /// `Request_Route_of_Access`: the ledger records the CLD list itself.
    public static func routeOfAccess(_ r: RouteOfAccess) -> String {
        switch r {
        case .plannedEntryTransition: "Planned Entry (Transition)"
        case .dischargeFromHospital: "Discharge from Hospital"
        case .diversionFromHospitalServices: "Diversion from Hospital Services"
        case .communityOrOtherRoute: "Community/Other route"
        case .prison: "Prison"
        case .selfFunder: "Self-Funder"
        case .dischargeFromReablement: "Discharge from Reablement"
        case .transferFromOtherCouncil: "Transfer from Other LA"
        }
    }

    /// `Event_Outcome` of a request, from what first followed it.
    public enum RequestConclusion: Hashable, Sendable {
        /// A needs or carer's assessment was completed.
        case assessed
        /// Reablement (short-term support to maximise independence) started.
        case reablementStarted
        /// Information and advice were given with no further action needed.
        case informationAndAdviceOnly
        /// The case was closed for this reason.
        case closed(ClosureReason)
    }

    /// `Event_Outcome` of a request.
    public static func requestOutcome(_ c: RequestConclusion) -> Mapped {
        switch c {
        case .assessed: .success("Progress to Assessment")
        case .reablementStarted: .success("Progress to Reablement/ST-Max")
        case .informationAndAdviceOnly: .success("NFA – Information & Advice only")
        case .closed(let reason):
            switch reason {
            case .informationAndAdviceOnly, .noEligibleNeeds: .success("NFA – Information & Advice only")
            case .supportDeclined: .success("NFA – Support declined")
            case .servicesWithdrawn, .movedAway, .died, .transferredToAnotherCouncil:
                .failure(CLDUnmappable("a request closed as '\(reason.rawValue)' before any assessment has no request outcome in the mapping"))
            }
        }
    }

    /// `Event_Outcome` of an assessment, from its eligibility determination.
    public static func assessmentOutcome(eligible: Bool) -> String {
        eligible ? "Progress to Support Planning/Services" : "NFA – Information & Advice only"
    }

    /// `Event_Outcome` of a review.
    public static func reviewOutcome(_ o: ReviewOutcome) -> Mapped {
        switch o {
        case .noChange: .success("No change in package")
        case .reassessment: .success("Progress to Assessment")
        case .planRevised, .withdrawalRecommended:
            .failure(CLDUnmappable("review outcome '\(o.rawValue)': whether long-term support increased, decreased or ended is decided by a later event, not the review"))
        }
    }

    /// `Review_Reason`: the ledger records the CLD list itself.
    public static func reviewReason(_ r: ReviewReason) -> String {
        switch r {
        case .planned: "Planned"
        case .unplannedHospital: "Unplanned – Hospital"
        case .unplannedCarerRelated: "Unplanned – Carer related"
        case .unplannedSafeguarding: "Unplanned – Safeguarding"
        case .unplannedOther: "Unplanned – Other"
        case .unplannedProviderFailure: "Unplanned – Provider Failure"
        case .unplannedChangeInCommissioning: "Unplanned – Change in Commissioning"
        }
    }

    /// `Delivery_Mechanism` of a delivery arrangement.
    public static func deliveryMechanism(_ m: DeliveryMechanism) -> Mapped {
        switch m {
        case .directPayment: .success("Direct Payment")
        case .thirdPartyOrTrust: .success("Direct Payment")
        case .managedAccount: .success("CASSR Managed Personal Budget")
        case .individualServiceFund: .success("CASSR Managed Personal Budget")
        case .broker:
            .failure(CLDUnmappable("delivery mechanism 'broker': a broker arranges support, and CLD's mechanism depends on who holds the money, which the arrangement does not say"))
        }
    }

    /// `Delivery_Mechanism` of reablement: the council commissions it.
    public static let reablementDeliveryMechanism = "CASSR Commissioned Support"

    /// `Service_Type` of reablement.
    public static let reablementServiceType = "Short Term: ST-Max"

    /// `Service_Type` of a plan line on a case of `caseKind`.
    public static func serviceType(_ k: ServiceKind, caseKind: CaseKind) -> Mapped {
        if caseKind == .carer { return .success("Carer Support: Direct to Carer") }
        switch k {
        case .permanentNursingCare: return .success("Long Term: Nursing")
        case .permanentResidentialCare: return .success("Long Term: Residential")
        case .personalAssistant, .homeCare, .dayOpportunity, .shortBreak, .equipment, .communityActivity, .tutoringOrLearning,
            .transport, .assistiveTechnology, .councilProvidedService, .otherSupport:
            return .success("Long Term: Community")
        case .nhsService:
            return .failure(CLDUnmappable("service kind 'nhsService': an NHS service is not adult social care support"))
        }
    }

    /// `Unit_Cost`: pence as pounds with 2 decimals (CLD states costs in pounds), e.g. 2000 → "20.00".
    public static func pounds(_ pence: Int64) -> String {
        let sign = pence < 0 ? "-" : ""
        let p = abs(pence)
        let fraction = p % 100
        return "\(sign)\(p / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `Unit_Cost`, `Cost_Frequency_Unit_Type` and `Planned_units_per_week` of a plan line: with
    /// planned units a week (hours, by the ledger's convention) the cost of one hour (the weekly
    /// cost divided by the units, rounded half up to the penny), `Hourly`, and the units; without,
    /// the weekly cost, `Weekly` and 1.
    ///
    /// A line bought once (issue 15: charging) is its one-off cost, `One-Off` and 1 unit: never
    /// a weekly cost ([check] the word against the CLD specification in force).
    public static func cost(weekly: Money, unitsPerWeek: Int?, oneOff: Money? = nil) -> (unitCost: String, unitType: String, unitsPerWeek: String) {
        if let oneOff { return (pounds(oneOff.pence), "One-Off", "1") }
        guard let units = unitsPerWeek, units > 0 else { return (pounds(weekly.pence), "Weekly", "1") }
        let n = Int64(units)
        return (pounds((weekly.pence * 2 + n) / (2 * n)), "Hourly", String(units))
    }
}

/// Why an event gives no CLD row.
public struct CLDUnmappable: Error, Hashable, Sendable {
    /// The reason, in words.
    public var reason: String

    /// A reason.
    public init(_ reason: String) { self.reason = reason }
}
