import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

/// A case closed because the person moved away or their case passed to another council records
/// which council took over (Care Act s37), and the trail tells the person.
@Suite("A case closed to another council")
struct ClosureTransferTests {
    /// Mr T's referral, then his case closed with `closure`.
    func closed(_ closure: CaseClosed) throws -> (events: [RecordedCaseEvent], text: String) {
        let fx = try FixtureLedger()
        var s = Story(fx, "C-1001")
        try s.record(.receiveReferral(ReferralReceived(
            metadata: meta(.socialWorker, "2026-04-01", reasons: ["referral by telephone"]),
            customerName: "Mr T", caseKind: .adult, routeOfAccess: .communityOrOtherRoute, source: .otherPerson,
            referrerName: "his son", presentingNeed: "falls at home", caredForPerson: nil)))
        try s.record(.closeCase(closure))
        let history = try fx.history("C-1001")
        let text = AuditReport.trail(DecisionTrail(history: history, view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard))
            .render(RenderOptions(format: .text), integrity: try fx.integrity())
        return (history.events, text)
    }

    @Test("given a referral, when the case is closed as transferred naming the council, then the event keeps it and the trail says who took over")
    func transferNamesTheCouncil() throws {
        let (events, text) = try closed(CaseClosed(
            metadata: meta(.socialWorker, "2026-04-10", reasons: ["Mr T moved to Coventry to live with his son"]),
            reason: .transferredToAnotherCouncil, receivingCouncil: "Coventry City Council"))
        let closure = try #require(events.last)
        guard case .caseClosed(let c) = closure.event else { Issue.record("not a closure: \(closure.event)"); return }
        #expect(c.receivingCouncil == "Coventry City Council")
        #expect(closure.event.payload.objectValue?["receivingCouncil"]?.stringValue == "Coventry City Council")
        #expect(text.contains("Responsibility for the person's care passed to Coventry City Council."), "\(text)")
    }

    @Test("given a referral, when the case is closed naming no council, then the payload has no such member and the trail says nothing of one")
    func noCouncilNoMember() throws {
        let (events, text) = try closed(CaseClosed(
            metadata: meta(.socialWorker, "2026-04-10", reasons: ["advice was all that was needed"]), reason: .informationAndAdviceOnly))
        let closure = try #require(events.last)
        #expect(closure.event.payload.objectValue?.keys.contains("receivingCouncil") == false)
        #expect(!text.contains("Responsibility for the person's care"))
    }
}
