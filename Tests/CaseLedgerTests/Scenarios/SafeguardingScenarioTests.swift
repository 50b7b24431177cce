import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: safeguard
/// Mrs C (Warwickshire, 2012): 85, living alone, with a personal assistant of her choice who helps
/// with her finances. Her bank raises a concern about cash withdrawals by the person handling her
/// money: the s42 decision, the enquiry (the council's own, then one caused to be made by the
/// police), and the outcome against what she wanted.
@Suite("Scenario: a safeguarding concern about Mrs C's money")
struct SafeguardingScenarioTests {
    /// Mrs C's case: assessed, eligible, a combination budget delivered (MrsCTests).
    static var mrsC: TestCase {
        var c = TestCase()
        c.stream = "C-MRSC"
        c.record(Make.referral(name: "Mrs C", route: .communityOrOtherRoute))
        c.record(Make.allocate())
        c.record(.assessNeeds(Make.needsAssessment(notAchieved: [
            .maintainingPersonalHygiene: [.cannotWithoutAssistance], .maintainingAHabitableHome: [.cannotWithoutAssistance],
            .developingFamilyAndOtherRelationships: [.cannotWithoutAssistance],
        ])))
        c.record(Make.determine())
        c.record(Make.notice())
        return c
    }

    @Test("given her bank's concern, when the s42 decision, the enquiry and the outcome are recorded in order, then each refusal on the way names her and cites s42")
    func financialAbuse() {
        var c = Self.mrsC
        // Given: the branch manager reports withdrawals by the person handling her money; who
        // raised it is withheld from her copy.
        c.record(Make.concern(raisedBy: "the branch manager of her bank", allegedSource: "the person who handles her money", date: "2026-06-01"))
        #expect(c.state.safeguardingConcerns["SG-1"]?.raised.metadata.restricted == ["raisedBy"])
        // When an enquiry is started before the decision: refused.
        c.when(Make.enquiry(date: "2026-06-02")).thenRejected(.safeguardingOutOfOrder, containing: "Mrs C")
        // When the decision says the duty applies though she was found able to protect herself: refused.
        c.when(Make.dutyDecision(unable: false, applies: true, date: "2026-06-03")).thenRejected(.safeguardingDutyTest, containing: "Mrs C")
        // Then the decision: all three conditions hold.
        c.record(Make.dutyDecision(date: "2026-06-03"))
        #expect(c.state.safeguardingConcerns["SG-1"]?.decision?.dutyApplies == true)
        #expect(SafeguardingRules.decisionDue(c.state.safeguardingConcerns["SG-1"]!, c.configuration) == day("2026-06-08"))  // 5 working days from Monday 1 June
        // When the outcome comes before any enquiry: refused (s42(2)).
        c.when(Make.safeguardingOutcome(date: "2026-06-04")).thenRejected(.safeguardingOutOfOrder, containing: "s42(2)")
        #expect(SafeguardingRules.enquiryMissing(c.state.safeguardingConcerns["SG-1"]!))
        // The police are caused to make the enquiry; she says what she wants.
        c.record(Make.enquiry(by: "DC Morgan", organisation: "Warwickshire Police", wants: ["to keep my money safe", "to keep my personal assistant"], date: "2026-06-04"))
        #expect(!SafeguardingRules.enquiryMissing(c.state.safeguardingConcerns["SG-1"]!))
        #expect(SafeguardingRules.outcomeDue(c.state.safeguardingConcerns["SG-1"]!, c.configuration) == day("2026-07-02"))
        // When the outcome forgets one of her wishes: refused, naming it.
        c.when(Make.safeguardingOutcome(results: [DesiredOutcomeFinding(outcome: "to keep my money safe", result: .met)], date: "2026-06-25"))
            .thenRejected(.safeguardingOutcomeIncomplete, containing: "to keep my personal assistant")
        // Then the outcome: protection plan, one wish met, one partly.
        c.record(Make.safeguardingOutcome(
            actions: ["bank mandate changed: two signatories", "the direct payment moved to a managed account"],
            results: [
                DesiredOutcomeFinding(outcome: "to keep my money safe", result: .met),
                DesiredOutcomeFinding(outcome: "to keep my personal assistant", result: .partlyMet),
            ], date: "2026-06-25"))
        #expect(c.state.safeguardingConcerns["SG-1"]?.isOpen == false)
        c.when(Make.safeguardingOutcome(date: "2026-06-26")).thenRejected(.safeguardingOutOfOrder, containing: "already recorded")
    }

    @Test("given a concern about someone who can protect themselves, when the duty is found not to apply, then no enquiry is allowed and the outcome is advice")
    func noDuty() {
        var c = Self.mrsC
        c.record(Make.concern(raisedBy: "a neighbour", concern: "her shopping left on the step", types: [.neglect], date: "2026-06-01"))
        c.record(Make.dutyDecision(atRisk: false, date: "2026-06-02", reasons: ["a delivery mix-up; no abuse or neglect"]))
        c.when(Make.enquiry(date: "2026-06-03")).thenRejected(.safeguardingOutOfOrder, containing: "not experiencing or at risk")
        c.record(Make.safeguardingOutcome(actions: ["no further action; the neighbour thanked"], results: [], date: "2026-06-03"))
    }
}

/// Mr F (a person with a learning disability, from the Halton transition seed: a young man moving
/// to adult services) has no family or friend able to support him at his review. Independent
/// advocacy is considered; the advocate is appointed before the review.
@Suite("Scenario: an advocate before Mr F's review")
struct AdvocacyScenarioTests {
    @Test("given substantial difficulty and no appropriate person, when the review approaches, then the advocate must be appointed first")
    func advocateBeforeReview() {
        var c = TestCase.adult(upTo: .delivered)
        // When a consideration contradicts itself: refused (s67(4)).
        var wrong = AdvocacyConsidered(
            metadata: meta(.socialWorker, "2026-06-01", reasons: ["cannot follow written information"]), considerationId: "AD-1", process: .review,
            substantialDifficulty: true, difficultyAreas: [], appropriatePersonAvailable: false, appropriatePerson: nil, advocateAppointed: nil)
        c.when(.considerAdvocacy(wrong)).thenRejected(.advocacyConsiderationInconsistent, containing: "s67(4)")
        wrong.difficultyAreas = [.understanding, .communicating]
        c.record(.considerAdvocacy(wrong))
        // Then the duty stands unmet until an advocate is appointed.
        #expect(AdvocacyRules.unmetDuty(c.state.advocacyConsiderations, for: .review, on: day("2026-06-10"))?.considerationId == "AD-1")
        // The appointment, recorded as a new consideration naming the advocate.
        c.record(Make.advocacy("AD-2", difficulty: [.understanding, .communicating], advocate: "Asha Khan, Halton Advocacy Hub", date: "2026-06-08"))
        #expect(AdvocacyRules.unmetDuty(c.state.advocacyConsiderations, for: .review, on: day("2026-06-10")) == nil)
        // A later assessment is governed by the latest consideration for any process until one of its own.
        #expect(AdvocacyRules.unmetDuty(c.state.advocacyConsiderations, for: .needsAssessment, on: day("2026-06-10")) == nil)
        c.when(Make.advocacy("AD-2", date: "2026-06-09")).thenRejected(.idAlreadyUsed)
    }
}

/// Joe (Halton) asks for his records; a neighbour's report about him is third-party information.
/// A second request, from his mother holding his written consent, covers ten years and three
/// systems: it is extended.
@Suite("Scenario: Joe's subject access requests")
struct SubjectAccessScenarioTests {
    @Test("given Joe's request of 3 June, when it is answered on 2 July with the neighbour's report withheld, then it is in time")
    func answeredWithThirdPartyWithheld() {
        var c = TestCase.adult(upTo: .eligible)
        c.record(Make.accessRequest(requester: "Joe Bloggs", request: "a copy of my social care record", date: "2026-06-03"))
        #expect(SubjectAccessRules.due(c.state.subjectAccessRequests["SAR-1"]!, c.configuration) == day("2026-07-03"))
        c.record(Make.answerAccess(withheld: [
            WithheldInformation(what: "a neighbour's report of 1 April 2026 and the neighbour's name", ground: .thirdPartyInformation),
        ], date: "2026-07-02"))
        let r = c.state.subjectAccessRequests["SAR-1"]!
        #expect(r.answer?.withheld.first?.ground.source == "Data Protection Act 2018 Sch 2 Pt 3 paras 16-17")
        #expect(!SubjectAccessRules.answeredLate(r, c.configuration))
    }

    @Test("given his mother's request for ten years of records, when it is extended within the month, then it is due three months from receipt; a late extension is refused")
    func extendedComplexRequest() {
        var c = TestCase.adult(upTo: .eligible)
        c.when(Make.accessRequest("SAR-2", requester: "Joe's mother", onBehalf: true, date: "2026-01-31"))
            .thenRejected(.subjectAccessAuthorityMissing, containing: "Joe Bloggs")
        c.record(Make.accessRequest("SAR-2", requester: "Joe's mother", onBehalf: true, authority: "Joe's written consent of 30 January 2026", date: "2026-01-31"))
        // Due Saturday 28 February: the next working day, Monday 2 March.
        #expect(SubjectAccessRules.due(c.state.subjectAccessRequests["SAR-2"]!, c.configuration) == day("2026-03-02"))
        c.when(Make.extendAccess("SAR-2", date: "2026-03-03")).thenRejected(.subjectAccessExtensionLate, containing: "2026-03-02")
        c.when(Make.extendAccess("SAR-2", date: "2026-02-20", toldOn: "2026-03-05")).thenRejected(.subjectAccessExtensionLate)
        c.when(.extendSubjectAccessRequest(SubjectAccessRequestExtended(
            metadata: meta(.socialWorker, "2026-02-20"), requestId: "SAR-2", requesterToldOn: day("2026-02-20")))).thenRejected(.reasonsRequired)
        c.record(Make.extendAccess("SAR-2", date: "2026-02-20"))
        let r = c.state.subjectAccessRequests["SAR-2"]!
        #expect(SubjectAccessRules.due(r, c.configuration) == day("2026-04-30"))
        c.record(Make.answerAccess("SAR-2", date: "2026-05-01"))
        #expect(SubjectAccessRules.answeredLate(c.state.subjectAccessRequests["SAR-2"]!, c.configuration))
    }
}
