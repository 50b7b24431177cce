import CaseLedger
import CaseLedgerTestSupport

// issue 15: safeguard
extension CaseRuleTable {
    /// Concern SG-1 raised on the opened case.
    static let concernRaised = opened.then(Make.concern())
    /// …found to meet the s42 duty.
    static let concernMeetsDuty = concernRaised.then(Make.dutyDecision())
    /// …and enquired into.
    static let concernEnquired = concernMeetsDuty.then(Make.enquiry())
    /// A subject access request received on 3 June 2026.
    static let accessRequested = opened.then(Make.accessRequest(date: "2026-06-03"))

    /// The rules of safeguarding, advocacy and subject access, breaking and passing.
    static var safeguard: [RuleCase] {
        [
            RuleCase(rule: .safeguardingConcernUnknown, given: opened, breaking: Make.dutyDecision(),
                passingGiven: concernRaised, passing: Make.dutyDecision(), message: "Care Act 2014 s42"),
            RuleCase(rule: .safeguardingDutyTest, given: concernRaised, breaking: Make.dutyDecision(atRisk: false, applies: true),
                passing: Make.dutyDecision(atRisk: false), message: "not experiencing or at risk of abuse or neglect"),
            RuleCase(rule: .safeguardingOutOfOrder, given: concernRaised, breaking: Make.enquiry(),
                passingGiven: concernMeetsDuty, passing: Make.enquiry(), message: "before the council decides"),
            RuleCase(rule: .safeguardingOutcomeIncomplete, given: concernEnquired, breaking: Make.safeguardingOutcome(results: []),
                passing: Make.safeguardingOutcome(), message: "to keep my money safe"),
            RuleCase(rule: .advocacyConsiderationInconsistent, given: opened,
                breaking: .considerAdvocacy(AdvocacyConsidered(
                    metadata: meta(.socialWorker, "2026-06-01", reasons: ["considered"]), considerationId: "AD-1", process: .needsAssessment,
                    substantialDifficulty: false, difficultyAreas: [], appropriatePersonAvailable: true, appropriatePerson: nil, advocateAppointed: nil)),
                passing: Make.advocacy(appropriatePerson: "his sister"), message: "does not name them"),
            RuleCase(rule: .subjectAccessRequestUnknown, given: opened, breaking: Make.answerAccess(date: "2026-06-10"),
                passingGiven: accessRequested, passing: Make.answerAccess(date: "2026-06-10")),
            RuleCase(rule: .subjectAccessAuthorityMissing, given: opened, breaking: Make.accessRequest(requester: "her son", onBehalf: true),
                passing: Make.accessRequest(requester: "her son", onBehalf: true, authority: "her written consent of 1 June 2026")),
            RuleCase(rule: .subjectAccessOutOfOrder, given: accessRequested, breaking: Make.receiveClarification(date: "2026-06-05"),
                passingGiven: accessRequested.then(Make.seekClarification(date: "2026-06-04")), passing: Make.receiveClarification(date: "2026-06-05")),
            RuleCase(rule: .subjectAccessExtensionLate, given: accessRequested, breaking: Make.extendAccess(date: "2026-07-06"),
                passing: Make.extendAccess(date: "2026-07-03"), message: "within the first month"),
        ]
    }
}
