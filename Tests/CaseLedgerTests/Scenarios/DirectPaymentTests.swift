import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: direct payments and capacity

/// Mr B's case to sign-off (Warwickshire, 2012): a personal assistant, £180.00 a week, and a
/// leisure line, £40.00, within a personal budget of £220.00.
private func mrBSignedOff() -> TestCase { signedOffCase(name: "Mr B", stream: "C-MRB") }

/// A case for `name` to sign-off of plan P-1: a personal assistant £180.00 and leisure £40.00 a
/// week, within a personal budget of £220.00, signed off on 27 April 2026.
private func signedOffCase(name: String, stream: String) -> TestCase {
    var c = TestCase()
    c.stream = stream
    c.record(Make.referral(name: name))
    c.record(Make.allocate())
    c.record(.assessNeeds(Make.needsAssessment(notAchieved: [
        .managingNutrition: [.cannotWithoutAssistance],
        .usingCommunityFacilitiesAndServices: [.cannotWithoutAssistance],
        .developingFamilyAndOtherRelationships: [.cannotWithoutAssistance],
    ])))
    c.record(Make.determine())
    c.record(Make.notice())
    c.record(Make.financial(), by: TestStaff.financeOfficer)
    c.record(Make.indicative())
    c.record(Make.draft(Make.plan(lines: [
        Make.line("L1", .personalAssistant, pounds(180), "a personal assistant he employs: the cinema, golf, swimming, the farm"),
        Make.line("L2", .dayOpportunity, pounds(40), "leisure activities"),
    ])))
    c.record(Make.budget(total: pounds(220)))
    c.record(Make.signOff(), by: TestStaff.teamManager)
    return c
}

/// Mr B's direct payment paying `payee`, related as given, for both lines.
private func mrBDirectPayment(_ payee: String, _ relationship: PayeeRelationship, inHousehold: Bool) -> CaseCommand {
    Make.deliver("P-1", [Make.payeeArrangement(lines: ["L1", "L2"], weekly: pounds(220), payee: payee,
        relationship: relationship, inHousehold: inHousehold)])
}

/// Mr B (Warwickshire personalisation update, 2012): "He used his budget to employ his own
/// personal assistant (PA), who is an old family friend." Paying a friend needs nothing more;
/// paying a close relative who lives with him needs the council's decision that it is necessary,
/// with reasons (Care and Support (Direct Payments) Regulations 2014 reg 3).
@Suite("Scenario: Mr B employs his own personal assistant with a direct payment")
struct MrBTests {
    @Test("given Mr B's signed-off plan, when his direct payment pays an old family friend as his PA, then it is accepted and he receives it himself")
    func familyFriend() {
        var c = mrBSignedOff()
        c.record(Make.agreement(name: "Mr B", weekly: pounds(220), date: "2026-05-04"))
        c.record(mrBDirectPayment("Pat Evans", .friend, inHousehold: false))
        let s = c.state
        let a = s.delivery.current?.arrangements.first
        #expect(a?.payee == "Pat Evans")
        #expect(a?.payeeRelationship == .friend)
        #expect(s.directPaymentAgreement(on: day("2026-05-04"))?.value?.recipient == .person)
        #expect(!s.directPaymentWithoutAgreement(on: day("2026-05-04")))
        // The first direct payment review: within 6 months of the start (reg 7).
        #expect(s.summary(c.configuration).nextReviewDue?.reason == .newOrChangedPlan)
        #expect(s.reviewSchedule(c.configuration.reviewIntervals)?.directPaymentReview == day("2026-11-04"))
    }

    // The defect of issue 15: "paying a daughter who lives with the person is accepted". Before
    // reg 3 was kept, `arrangeDelivery` had no payee, relationship or household to look at and
    // accepted this delivery; with `checkReg3` taken out this test fails.
    @Test("given Mr B's signed-off plan, when his direct payment pays his mother who lives with him and no necessity decision is recorded, then it is refused citing reg 3")
    func closeRelativeInHouseholdRefused() {
        mrBSignedOff().when(mrBDirectPayment("Mary B", .parent, inHousehold: true))
            .thenRejected(.directPaymentCloseFamilyInHousehold,
                containing: "the direct payment for Mr B cannot pay Mary B, their parent living in the same household, from 4 May 2026: no council decision that it is necessary (to meet needs or for administration) is recorded for Mary B; record it with its reasons first (decideDirectPaymentNecessity) — Care and Support (Direct Payments) Regulations 2014 reg 3")
    }

    @Test("given the council recorded that paying his mother is necessary, with reasons, when the direct payment pays her, then it is accepted")
    func closeRelativeWithNecessityAccepted() {
        var c = mrBSignedOff()
        c.when(Make.necessity(payee: "Mary B", relationship: .parent, reasons: [])).thenRejected(.reasonsRequired)
        c.record(Make.necessity(payee: "Mary B", relationship: .parent, date: "2026-05-01",
            reasons: ["no personal assistant can be recruited for the hours he needs; his mother already provides them"]))
        c.when(mrBDirectPayment("mary  b", .parent, inHousehold: true)).thenAccepted()
        c.record(mrBDirectPayment("Mary B", .parent, inHousehold: true))
        #expect(c.state.necessityDecision(for: "Mary B", on: day("2026-05-04"))?.value?.decisionId == "DPN-1")
    }

    @Test("given a necessity decision that takes effect after the payment starts, when the direct payment pays his mother, then it is refused")
    func necessityLaterThanPayment() {
        mrBSignedOff().then(Make.necessity(payee: "Mary B", relationship: .parent, date: "2026-05-10"))
            .when(mrBDirectPayment("Mary B", .parent, inHousehold: true))
            .thenRejected(.directPaymentCloseFamilyInHousehold)
    }

    @Test("given the same case, when the direct payment pays his mother who does not live with him, then reg 3 does not apply")
    func closeRelativeElsewhere() {
        mrBSignedOff().when(mrBDirectPayment("Mary B", .parent, inHousehold: false)).thenAccepted()
    }
}

/// Mrs A (Warwickshire, 2012) lacked capacity to decide where to live; a best-interests decision
/// kept her at home with a personal budget. Here she also lacks capacity to request a direct
/// payment, so her daughter receives it as an authorised person (Care Act 2014 s32).
@Suite("Scenario: Mrs A's direct payment is received by an authorised person")
struct MrsADirectPaymentTests {
    @Test("capacity assessed for each decision, best interests relying on it, an authorised person named by the assessment")
    func mrsA() {
        var c = signedOffCase(name: "Mrs A", stream: "C-MRSA2")
        let nurse = TestStaff.nurse
        c.record(Make.capacity("CAP-1", matter: "where to live", date: "2026-04-07", role: .communityPsychiatricNurse), by: nurse)
        // A best-interests decision on another decision cannot rely on it: capacity is decision-specific.
        c.when(Make.bestInterests("BI-1", date: "2026-04-10", capacityAssessmentId: "CAP-1", matter: "whether to move to residential care"), by: nurse)
            .thenRejected(.bestInterestsCapacityNotLacking, containing: "another decision (capacity is decision-specific)")
        c.record(Make.bestInterests("BI-1", date: "2026-04-10", capacityAssessmentId: "CAP-1"), by: nurse)
        c.record(Make.capacity("CAP-2", matter: "whether to receive and manage a direct payment", directPayment: true, date: "2026-04-28"))
        // She cannot receive it herself, nor nominate someone: she lacks capacity to request it.
        c.when(Make.agreement(recipient: .person, name: "Mrs A", date: "2026-05-04"))
            .thenRejected(.directPaymentRecipientNeedsCapacity, containing: "capacity assessment CAP-2 of 28 April 2026 found")
        c.when(Make.agreement(recipient: .nominatedPerson, name: "Ann Hill", date: "2026-05-04"))
            .thenRejected(.directPaymentRecipientNeedsCapacity)
        // An authorised person needs the assessment about the direct payment, named.
        c.when(Make.agreement(recipient: .authorisedPerson, name: "Ann Hill", date: "2026-05-04"))
            .thenRejected(.authorisedPersonNeedsIncapacity, containing: "names no capacity assessment")
        c.when(Make.agreement(recipient: .authorisedPerson, name: "Ann Hill", capacityAssessmentId: "CAP-1", date: "2026-05-04"))
            .thenRejected(.authorisedPersonNeedsIncapacity, containing: "not whether to request a direct payment")
        c.record(Make.agreement(recipient: .authorisedPerson, name: "Ann Hill", capacityAssessmentId: "CAP-2", date: "2026-05-04"))
        c.record(Make.deliver("P-1", [Make.arrangement(.directPayment, lines: ["L1", "L2"], weekly: pounds(220), heldBy: "Ann Hill")]))

        let s = c.state
        #expect(s.bestInterestsDecisions["BI-1"]?.capacityAssessmentId == "CAP-1")
        #expect(s.directPaymentAgreement(on: day("2026-05-04"))?.value?.recipientName == "Ann Hill")
        #expect(s.directPaymentCapacity(on: day("2026-05-04"))?.value?.assessmentId == "CAP-2")

        // Capacity is time-specific: once a later assessment finds she can request it, CAP-2 no
        // longer supports an authorised person, and she may receive it herself.
        c.record(Make.capacity("CAP-3", matter: "whether to receive and manage a direct payment", directPayment: true,
            retain: true, weigh: true, date: "2026-09-01"))
        c.when(Make.agreement("DPA-2", recipient: .authorisedPerson, name: "Ann Hill", capacityAssessmentId: "CAP-2", date: "2026-09-02"))
            .thenRejected(.authorisedPersonNeedsIncapacity, containing: "assessment CAP-3 of 1 September 2026 is the one in force")
        c.when(Make.agreement("DPA-2", recipient: .person, name: "Mrs A", date: "2026-09-02")).thenAccepted()
    }
}

/// Direct payments refused and terminated are decisions the person can challenge: each states
/// its written reasons (Care and Support (Direct Payments) Regulations 2014).
@Suite("Scenario: a direct payment refused, and one terminated with reasons")
struct DirectPaymentEndingTests {
    @Test("given a request, when the direct payment is refused without reasons, then it is refused; with reasons it is recorded")
    func refusal() {
        let c = TestCase.adult(upTo: .signedOff)
        c.when(Make.refuseDirectPayment(reasons: [" "])).thenRejected(.reasonsRequired)
        c.when(Make.refuseDirectPayment()).thenAccepted()
    }

    @Test("given a direct payment with its agreement, when it is terminated with reasons, then the direct payment and the agreement end and the managed account stays")
    func termination() {
        var c = TestCase.adult(upTo: .signedOff)
        c.record(Make.agreement(date: "2026-05-04"))
        c.record(Make.deliver())
        c.when(Make.terminateDirectPayment(reasons: [])).thenRejected(.reasonsRequired)
        c.record(Make.terminateDirectPayment(date: "2026-08-15"))
        let s = c.state
        #expect(s.delivery.value(on: day("2026-08-14"))?.includesDirectPayment == true)
        #expect(s.delivery.value(on: day("2026-08-15"))?.arrangements.map(\.mechanism) == [.managedAccount])
        #expect(s.directPaymentAgreement(on: day("2026-08-14")) != nil)
        #expect(s.directPaymentAgreement(on: day("2026-08-15")) == nil)
        #expect(s.reviewSchedule(c.configuration.reviewIntervals)?.directPaymentReview == nil)
        #expect(s.directPaymentTerminations.first?.value?.metadata.reasons.isEmpty == false)
        // Nothing left to terminate.
        c.when(Make.terminateDirectPayment(date: "2026-08-20")).thenRejected(.directPaymentNotInForce)
    }
}
