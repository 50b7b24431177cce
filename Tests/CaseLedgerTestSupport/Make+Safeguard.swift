import CaseLedger

// issue 15: safeguard
extension Make {
    /// A safeguarding concern `id` received on `date` from `raisedBy` (restricted from the
    /// person's copy unless `restrictRaiser` is false).
    public static func concern(
        _ id: String = "SG-1", raisedBy: String = "the bank's branch manager", concern: String = "large cash withdrawals by the person who handles her money",
        types: [AbuseType] = [.financialOrMaterial], allegedSource: String? = nil, date: String = "2026-06-01", restrictRaiser: Bool = true,
        role: StaffRole = .socialWorker
    ) -> CaseCommand {
        .raiseSafeguardingConcern(SafeguardingConcernRaised(
            metadata: meta(role, date, restricted: restrictRaiser ? ["raisedBy"] : []), concernId: id, raisedBy: raisedBy,
            concern: concern, abuseTypes: types, allegedSource: allegedSource))
    }

    /// The decision on concern `id`: each s42(1) condition as given, the duty as stated (by
    /// default, as the three conditions give it).
    public static func dutyDecision(
        _ id: String = "SG-1", needs: Bool = true, atRisk: Bool = true, unable: Bool = true, applies: Bool? = nil,
        date: String = "2026-06-03", reasons: [String] = ["the three conditions of s42(1) considered with her"]
    ) -> CaseCommand {
        .decideSafeguardingDuty(SafeguardingDutyDecided(
            metadata: meta(.socialWorker, date, reasons: reasons, references: ["Care Act 2014 s42(1)"]), concernId: id,
            hasCareAndSupportNeeds: needs, experiencingOrAtRiskOfAbuseOrNeglect: atRisk, unableToProtectThemselves: unable,
            dutyApplies: applies ?? (needs && atRisk && unable)))
    }

    /// The enquiry into concern `id`, made by the social worker (or by `organisation`).
    public static func enquiry(
        _ id: String = "SG-1", by: String = TestStaff.socialWorker, organisation: String? = nil,
        wants: [String] = ["to keep my money safe"], date: String = "2026-06-04"
    ) -> CaseCommand {
        .startSafeguardingEnquiry(SafeguardingEnquiryStarted(
            metadata: meta(.socialWorker, date), concernId: id, enquiryBy: by, otherOrganisation: organisation,
            desiredOutcomes: wants, personInformed: true))
    }

    /// The outcome of concern `id`.
    public static func safeguardingOutcome(
        _ id: String = "SG-1", actions: [String] = ["bank mandate changed: two signatories"],
        results: [DesiredOutcomeFinding] = [DesiredOutcomeFinding(outcome: "to keep my money safe", result: .met)], date: String = "2026-06-25"
    ) -> CaseCommand {
        .recordSafeguardingOutcome(SafeguardingOutcomeRecorded(
            metadata: meta(.socialWorker, date, reasons: ["the enquiry found money taken; protection plan agreed with her"]),
            concernId: id, actions: actions, desiredOutcomes: results))
    }

    /// An advocacy consideration `id` for `process`.
    public static func advocacy(
        _ id: String = "AD-1", for process: AdvocacyProcess = .review, difficulty: [AdvocacyArea] = [.understanding, .usingOrWeighing],
        appropriatePerson: String? = nil, advocate: String? = nil, date: String = "2026-06-01"
    ) -> CaseCommand {
        .considerAdvocacy(AdvocacyConsidered(
            metadata: meta(.socialWorker, date, reasons: ["considered with him and his key worker"], references: ["Care Act 2014 s67"]),
            considerationId: id, process: process, substantialDifficulty: !difficulty.isEmpty, difficultyAreas: difficulty,
            appropriatePersonAvailable: appropriatePerson != nil, appropriatePerson: appropriatePerson, advocateAppointed: advocate))
    }

    /// A subject access request `id` received on `date`.
    public static func accessRequest(
        _ id: String = "SAR-1", requester: String = "the customer", onBehalf: Bool = false, authority: String? = nil,
        request: String = "a copy of my social care record", date: String = "2026-06-03"
    ) -> CaseCommand {
        .receiveSubjectAccessRequest(SubjectAccessRequestReceived(
            metadata: meta(.socialWorker, date), requestId: id, requester: requester, onBehalfOfPerson: onBehalf,
            authority: authority, request: request))
    }

    /// The extension of request `id`, the requester told the same day.
    public static func extendAccess(_ id: String = "SAR-1", date: String, toldOn: String? = nil) -> CaseCommand {
        .extendSubjectAccessRequest(SubjectAccessRequestExtended(
            metadata: meta(.socialWorker, date, reasons: ["records over ten years from three systems: a complex request"]),
            requestId: id, requesterToldOn: day(toldOn ?? date)))
    }

    /// Clarification of request `id` asked for.
    public static func seekClarification(_ id: String = "SAR-1", date: String) -> CaseCommand {
        .seekSubjectAccessClarification(SubjectAccessClarificationSought(
            metadata: meta(.socialWorker, date), requestId: id, question: "which years of the record do you want?"))
    }

    /// Clarification of request `id` received.
    public static func receiveClarification(_ id: String = "SAR-1", date: String) -> CaseCommand {
        .clarifySubjectAccessRequest(SubjectAccessRequestClarified(
            metadata: meta(.socialWorker, date), requestId: id, clarification: "2024 to now"))
    }

    /// The answer to request `id`.
    public static func answerAccess(
        _ id: String = "SAR-1", withheld: [WithheldInformation] = [], date: String
    ) -> CaseCommand {
        .answerSubjectAccessRequest(SubjectAccessRequestAnswered(
            metadata: meta(.socialWorker, date), requestId: id, disclosed: "the case record, assessments, plans and letters",
            withheld: withheld))
    }
}
