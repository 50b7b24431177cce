import CaseAudit
import CaseDemo
import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 18: fold18
/// The caseload's rows built from the projection in parts at once (`OversightProjection.caseload(...parts:)`,
/// joined in order by `CaseloadBuilder.append`) are the caseload built in one part, whatever the
/// number of parts, the filter or the day, with cases that cannot be read among them; and rows
/// given in order are not sorted again, with the same caseload.
@Suite("Oversight: the caseload's rows built in parts at once")
struct CaseloadRowPartsTests {
    @Test("any number of parts gives the caseload of one part, in every format", arguments: [UInt64(51), 52])
    func partsEqualOnePart(seed: UInt64) throws {
        let dir = try TempDirectory("rows-\(seed)")
        defer { dir.remove() }
        try SyntheticCaseload.write(to: dir.path + "/l", cases: 90, seed: seed)
        try Poison.append(to: dir.path + "/l", cases: [3, 40, 77])
        let fx = try OversightFixture(path: dir.path + "/l")
        let projection = try fx.rebuild().fromScratch()
        #expect(projection.cases.values.contains { !$0.unreadable.isEmpty })
        let staff = StaffRegister(try fx.ledger.staffEvents())
        let integrity = try fx.ledger.integrity()
        let config = fx.deadlineConfiguration.configuration
        let workers = Set(projection.cases.values.compactMap(\.workerId)).sorted()
        let filters = [
            CaseloadFilter(), CaseloadFilter(overdue: true), CaseloadFilter(dueWithin: 30), CaseloadFilter(overdue: true, dueWithin: 7),
            CaseloadFilter(worker: workers.first), CaseloadFilter(worker: "S-none"),
        ]
        for day in [OversightFixture.asOf, CalendarDate("2027-02-01")!] {
            for filter in filters {
                let one = projection.caseload(on: day, filter: filter, staff: staff, configuration: config, configurationSource: "test", parts: 1)
                for parts in [2, 3, 7, 200] {
                    let many = projection.caseload(on: day, filter: filter, staff: staff, configuration: config, configurationSource: "test", parts: parts)
                    #expect(many == one, "\(parts) parts, \(filter), \(day)")
                    for format in ReportFormat.allCases {
                        #expect(many.render(RenderOptions(format: format), integrity: integrity) == one.render(RenderOptions(format: format), integrity: integrity))
                    }
                }
                let chosen = projection.caseload(on: day, filter: filter, staff: staff, configuration: config, configurationSource: "test")
                #expect(chosen == one)
            }
        }
    }

    @Test("rows given out of order are sorted, rows given in order kept: the same caseload either way")
    func rowsSortedOnce() {
        let staff = StaffRegister([])
        let config = Configuration(chargingRateTables: [])
        func caseload(_ ids: [String]) -> Caseload {
            var b = CaseloadBuilder(on: OversightFixture.asOf, view: TimeView(), filter: CaseloadFilter(), staff: staff, configuration: config)
            for id in ids { b.add(caseId: id, customerName: "N \(id)", stage: .contact, workerId: nil, deadlines: []) }
            return b.build(configurationSource: "test")
        }
        let ids = ["C-10", "C-2", "C-1", "C-33", "C-3", "Ç-1", "C-1a"]
        let sorted = ids.sorted()
        #expect(caseload(ids).rows.map(\.caseId) == sorted)
        #expect(caseload(sorted) == caseload(ids))
        #expect(caseload(ids.reversed()) == caseload(ids))
    }
}
