import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Foundation
import Testing

/// The Client Level Data export of a fixture ledger against a hand-written expected file, and
/// the events that cannot be mapped, each named.
@Suite("Client Level Data export")
struct CLDTests {
    let fx: FixtureLedger
    let cases: [CaseHistory]

    init() throws {
        fx = try FixtureLedger()
        try Stories.mrD(fx)
        try CLDStories.record(fx)
        cases = try fx.audit().caseHistories()
    }

    func export(_ from: String = "2026-04-01", _ to: String = "2026-09-30") -> CLDExport {
        CLDExport(cases: cases, from: day(from), to: day(to))
    }

    @Test("the rows for April to September 2026 match the hand-written expected file")
    func expectedFile() throws {
        let url = Golden.directory.appendingPathComponent("cld-expected-fixture.csv")
        let expected = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        let actual = export().csv()
        let a = actual.components(separatedBy: "\r\n"), e = expected.components(separatedBy: "\r\n")
        for (i, (x, y)) in zip(a, e).enumerated() { #expect(x == y, "line \(i + 1)") }
        #expect(a.count == e.count)
    }

    @Test("every event that cannot be mapped is listed with its case, seq and why")
    func unmapped() {
        let lines = export().unmapped.map(\.line)
        #expect(lines.count == 5, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("C-2002 seq ") && $0.contains("(Assessment): no eligibility determination is recorded on assessment A-2") })
        #expect(lines.contains { $0.contains("(Service): line L2: service kind 'nhsService'") })
        #expect(lines.contains { $0.contains("(Service): lines L3: delivery mechanism 'broker'") })
        #expect(lines.contains { $0.contains("(Review): review outcome 'planRevised'") })
        #expect(lines.contains { $0.hasPrefix("C-3003 seq ") && $0.contains("(Request): a request closed as 'movedAway'") })
    }

    @Test("the period decides the rows", arguments: [
        ("2025-01-01", "2025-12-31", 1, 0),
        ("2026-04-01", "2026-04-06", 3, 1),
        ("2026-10-01", "2026-12-31", 3, 2),
    ])
    func period(from: String, to: String, rows: Int, unmapped: Int) {
        let x = export(from, to)
        #expect(x.rows.count == rows, "\(x.rows.map(\.fields))")
        #expect(x.unmapped.count == unmapped, "\(x.unmapped.map(\.line))")
    }

    @Test("every reference is unique, and the same in a later cumulative export")
    func stableReferences() {
        let first = export("2026-04-01", "2026-06-30").rows.map(\.reference)
        let later = export("2026-04-01", "2026-09-30").rows.map(\.reference)
        #expect(Set(later).count == later.count)
        #expect(Set(first).isSubset(of: Set(later)))
    }

    @Test("pence become pounds with 2 decimals; hourly costs round half up to the penny", arguments: [
        (Int64(0), "0.00"), (5, "0.05"), (2000, "20.00"), (21_910, "219.10"), (-150, "-1.50"),
    ])
    func pounds(pence: Int64, text: String) {
        #expect(CLDMapping.pounds(pence) == text)
    }

    @Test("the cost of a line with and without planned hours")
    func cost() {
        #expect(CLDMapping.cost(weekly: Money(pence: 15_000), unitsPerWeek: 7) == ("21.43", "Hourly", "7"))
        #expect(CLDMapping.cost(weekly: Money(pence: 4_000), unitsPerWeek: nil) == ("40.00", "Weekly", "1"))
    }

    // issue 15: charging
    @Test("a line bought once is its one-off cost, never a weekly one")
    func oneOffCost() {
        #expect(CLDMapping.cost(weekly: .zero, unitsPerWeek: nil, oneOff: Money(pence: 35_000)) == ("350.00", "One-Off", "1"))
    }
}

/// Cases written straight to the ledger (no rules applied: the export reads what is recorded),
/// to give every kind of row and every kind of unmappable event.
enum CLDStories {
    static func record(_ fx: FixtureLedger) throws {
        var clock = at("2026-08-01T09:00:00Z")
        func add(_ stream: String, _ events: [CaseEvent]) throws {
            for e in events {
                _ = try fx.append([e], stream: stream, actor: FixtureStaff.socialWorker, at: clock)
                clock = Timestamp(microsecondsSinceEpoch: clock.microsecondsSinceEpoch + 60_000_000)
            }
        }
        // Ms E: from hospital into reablement, then assessed with no eligibility determination
        // recorded, a plan with hourly home care through an individual service fund, an NHS line
        // and a broker, a review that cannot be mapped, and a
        // scheduled review (no request).
        let lines = [
            PlanLine(lineId: "L1", description: "home care, an hour a day", kind: .homeCare, weeklyCost: pounds(150), provider: "Care Co", unitsPerWeek: 7),
            PlanLine(lineId: "L2", description: "district nurse", kind: .nhsService, weeklyCost: pounds(10)),
            PlanLine(lineId: "L3", description: "taxi to the day centre", kind: .transport, weeklyCost: pounds(20)),
        ]
        try add("C-2002", [
            .referralReceived(ReferralReceived(
                metadata: meta(.socialWorker, "2026-04-02"), customerName: "Ms E", caseKind: .adult, routeOfAccess: .dischargeFromHospital,
                source: .hospital, referrerName: "ward 7", presentingNeed: "cannot manage at home after a fall")),
            .reablementStarted(ReablementStarted(metadata: meta(.socialWorker, "2026-04-03"), reablementId: "R-1", provider: "Reablement team", freeUntil: day("2026-05-14"))),
            .reablementEnded(ReablementEnded(metadata: meta(.socialWorker, "2026-05-14"), reablementId: "R-1", outcome: .ongoingNeeds)),
            .needsAssessed(NeedsAssessed(
                metadata: meta(.socialWorker, "2026-05-15"), assessmentId: "A-2", needsArisingFromImpairment: true, impairmentOrIllness: "a broken hip",
                wellbeingImpact: WellbeingImpact(significant: true, description: "cannot go out"), advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false))),
            .supportPlanDrafted(SupportPlanDrafted(
                metadata: meta(.socialWorker, "2026-05-20"),
                plan: SupportPlanContent(planId: "P-2", author: .allocatedWorker, components: Stories.fullComponents, needs: [], lines: lines, risks: [], preventionAdvice: "none"),
                version: 1)),
            .deliveryArranged(DeliveryArranged(metadata: meta(.socialWorker, "2026-06-01"), planId: "P-2", planVersion: 1, arrangements: [
                DeliveryArrangement(mechanism: .individualServiceFund, lineIds: ["L1"], weeklyAmount: pounds(150), paymentAmount: pounds(150), frequency: .weekly, heldBy: "Care Co"),
                DeliveryArrangement(mechanism: .directPayment, lineIds: ["L2"], weeklyAmount: pounds(10), paymentAmount: pounds(10), frequency: .weekly, heldBy: "Ms E"),
                DeliveryArrangement(mechanism: .broker, lineIds: ["L3"], weeklyAmount: pounds(20), paymentAmount: pounds(20), frequency: .weekly, heldBy: "the broker"),
            ])),
            .reviewRequested(ReviewRequested(metadata: meta(.socialWorker, "2026-06-15"), reviewId: "RV-9", requestedBy: .provider, reason: .unplannedHospital, changeOfCircumstances: "readmitted")),
            .reviewCompleted(ReviewCompleted(metadata: meta(.socialWorker, "2026-06-20"), reviewId: "RV-9", outcome: .planRevised, needsStillEligible: true, customerInvited: true, findings: "more care needed")),
            .reviewCompleted(ReviewCompleted(metadata: meta(.socialWorker, "2026-07-01"), reviewId: "RV-10", outcome: .noChange, needsStillEligible: true, customerInvited: true, findings: "settled")),
        ])
        // Mr F: from prison, moved away before anything else happened.
        try add("C-3003", [
            .referralReceived(ReferralReceived(
                metadata: meta(.socialWorker, "2026-04-05"), customerName: "Mr F", caseKind: .adult, routeOfAccess: .prison,
                source: .nhsProfessional, presentingNeed: "personal care on release")),
            .caseClosed(CaseClosed(metadata: meta(.socialWorker, "2026-04-06"), reason: .movedAway)),
        ])
        // Mrs G: advice only, in 2025 (outside the period).
        try add("C-4004", [
            .referralReceived(ReferralReceived(
                metadata: meta(.socialWorker, "2025-01-10"), customerName: "Mrs G", caseKind: .adult, routeOfAccess: .selfFunder,
                source: .selfReferral, presentingNeed: "which care homes are near")),
            .informationAndAdviceGiven(InformationAndAdviceGiven(metadata: meta(.socialWorker, "2025-01-11"), topics: ["care homes"], furtherActionNeeded: false)),
        ])
        // Mr H, a carer: advice only in the period.
        try add("C-5005", [
            .referralReceived(ReferralReceived(
                metadata: meta(.socialWorker, "2026-04-04"), customerName: "Mr H", caseKind: .carer, routeOfAccess: .communityOrOtherRoute,
                source: .selfReferral, presentingNeed: "a break from caring", caredForPerson: "his wife")),
            .informationAndAdviceGiven(InformationAndAdviceGiven(metadata: meta(.socialWorker, "2026-04-04"), topics: ["carers' centre"], furtherActionNeeded: false)),
        ])
    }
}
