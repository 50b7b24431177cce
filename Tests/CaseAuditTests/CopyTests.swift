import CaseAudit
import CaseLedger
import Testing

/// The customer's copy withholds restricted items and says where and why; the staff copy shows
/// them marked.
@Suite("Customer's copy and staff copy")
struct CopyTests {
    let fx: FixtureLedger
    let history: CaseHistory

    init() throws {
        fx = try FixtureLedger()
        try Stories.mrD(fx)
        history = try fx.history("C-1001")
    }

    func render(_ copy: Copy, _ format: ReportFormat) throws -> String {
        AuditReport.trail(DecisionTrail(history: history, view: TimeView(), copy: copy, configuration: FixtureConfiguration.standard))
            .render(RenderOptions(format: format), integrity: try fx.integrity())
    }

    @Test("no format of the customer's copy contains the restricted note, participant or referrer")
    func customerWithholds() throws {
        for format in ReportFormat.allCases {
            let text = try render(.customer, format)
            #expect(!text.contains("overstate his independence"), "\(format)")
            #expect(!text.contains("neighbour at number 12"), "\(format)")
        }
        let trail = DecisionTrail(history: history, view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard)
        #expect(trail.withheldCount == 3)
        let assessment = try #require(trail.entries.first { $0.eventType == "needsAssessed" })
        #expect(assessment.withheld.map(\.what) == ["the participants of this decision", "an opinion noted with this decision"])
        #expect(assessment.evidence.contains("Who took part: \(WithheldItem.placeholder)."))
        #expect(assessment.evidence.contains("Opinion of Sam Patel: Mr D is not motivated to use the walking frame"))
        let text = try render(.customer, .text)
        #expect(text.contains("3 items of third-party information are withheld from this copy"))
        #expect(text.contains("UK GDPR Article 15(4)"))
    }

    @Test("the staff copy shows restricted items, marked")
    func staffShows() throws {
        let text = try render(.staff, .text)
        #expect(text.contains("[restricted] Opinion of the neighbour at number 12: Mr D does not always accept help"))
        #expect(text.contains("[restricted] Mr D (customer), the neighbour at number 12 (friend)"))
        #expect(text.contains("Event:"))
        #expect(!text.contains(WithheldItem.placeholder))
    }
}
