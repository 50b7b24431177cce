import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: direct payments and capacity
/// The trail links a best-interests decision and an authorised person's agreement to the capacity
/// assessment they rely on; the panel pack shows who holds the money and every reg 3 decision.
@Suite("Direct payments and capacity in the trail and the panel pack")
struct DirectPaymentReportTests {
    /// A case where the person lacks capacity to request a direct payment (CAP-1) and to decide
    /// where to live (CAP-2, relied on by BI-1); her daughter, who lives with her, is her personal
    /// assistant under a reg 3 decision (DPN-1) and receives the payment as an authorised person.
    static let story: TestCase = {
        var c = TestCase.adult(upTo: .signedOff)
        c.record(Make.capacity("CAP-1", matter: "whether to receive a direct payment", directPayment: true, date: "2026-04-20"))
        c.record(Make.capacity("CAP-2", date: "2026-04-20"))
        c.record(Make.bestInterests(date: "2026-04-21", capacityAssessmentId: "CAP-2"))
        c.record(Make.necessity(date: "2026-04-28"))
        c.record(Make.agreement(recipient: .authorisedPerson, name: "Ann Hill", capacityAssessmentId: "CAP-1", date: "2026-05-04"))
        c.record(Make.deliver("P-1", [Make.payeeArrangement(), Make.arrangement(.managedAccount, lines: ["L2"], weekly: pounds(40), frequency: .weekly, heldBy: "the council")]))
        c.record(Make.terminateDirectPayment(date: "2026-08-15"))
        return c
    }()

    static func history(_ c: TestCase) -> CaseHistory { CaseHistory(caseId: c.stream, events: c.recorded, staffEvents: TestStaff.events) }

    @Test("given a best-interests decision and an agreement relying on capacity assessments, the trail links each assessment to them and says what was found")
    func trailLinks() {
        let trail = DecisionTrail(history: Self.history(Self.story), view: TimeView(), copy: .staff, configuration: Self.story.configuration)
        let cap1 = trail.entries.first { $0.eventType == "capacityAssessed" }!
        let cap2 = trail.entries.last { $0.eventType == "capacityAssessed" }!
        #expect(cap1.followUps.map(\.kind) == ["directPaymentAgreement"])
        #expect(cap2.followUps.map(\.kind) == ["bestInterests"])
        #expect(cap2.what.contains("Can understand the information: yes; retain it: no; use or weigh it: no; communicate the decision: yes."))
        #expect(cap2.what.contains("Finding: the person lacks capacity to make this decision at this time (Mental Capacity Act 2005 ss2-3)."))
        let bi = trail.entries.first { $0.eventType == "bestInterestsDecisionMade" }!
        #expect(bi.what.contains { $0.hasPrefix("Relies on capacity assessment CAP-2: ref. \(cap2.seq) (Capacity assessed: where to live)") }, "\(bi.what)")
        let agreed = trail.entries.first { $0.eventType == "directPaymentAgreed" }!
        #expect(agreed.what.contains("Who receives the payment: Ann Hill, an authorised person (Care Act 2014 s32)."))
        #expect(agreed.followUps.map(\.kind) == ["termination"])
        let delivery = trail.entries.first { $0.eventType == "deliveryArranged" }!
        #expect(delivery.what.contains { $0.contains("pays Ann Hill (son or daughter, living in the same household)") }, "\(delivery.what)")
        let ended = trail.entries.last!
        #expect(ended.title == "Direct payments ended")
        #expect(ended.reasons == ["the payments were not used for the support in the plan for three months"])
    }

    @Test("given the same case before the termination, the panel pack shows who holds the money, whom it pays, the agreement and the reg 3 decision with its reasons")
    func panelPack() {
        let pack = PanelPack(history: Self.history(Self.story), view: TimeView(inForceOn: day("2026-06-01")), configuration: Self.story.configuration)
        guard let section = pack.sections.first(where: { $0.anchor == "direct-payments" }) else {
            Issue.record("no direct payments section: \(pack.sections.map(\.heading))")
            return
        }
        let text = "\(section.blocks)"
        #expect(text.contains("Ann Hill, an authorised person (Care Act 2014 s32)"))
        #expect(text.contains("CAP-1 of 20 April 2026"))
        #expect(text.contains("no agency covers the night-time calls and he accepts personal care only from his daughter"))
        #expect(text.contains("son or daughter"))
        #expect(text.contains("lacks capacity (cannot retain it, use or weigh it)"))
    }

    @Test("given a case with no direct payment facts of its own, the panel pack has no direct payments section")
    func noSection() {
        let c = TestCase.adult(upTo: .signedOff)
        let pack = PanelPack(history: Self.history(c), view: TimeView(), configuration: c.configuration)
        #expect(!pack.sections.contains { $0.anchor == "direct-payments" })
    }
}
