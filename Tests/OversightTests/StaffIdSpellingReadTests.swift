import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 16: staff ids — read models over old ledgers (events/INVARIANTS.md rule 67).
/// A ledger recorded before rule 67 may hold an event whose actor only looks like a member's id
/// ("S-\u{212A}" with a Kelvin sign, where the register has Kay Kelvin as "S-K"). Read models never
/// fail on it, and read it as the Ombudsman would: another id, not on the register, with the
/// member it looks like named, so a reader can see why.
@Suite("Reports read a look-alike staff id as another id")
struct StaffIdSpellingReadTests {
    static let kelvin = "S-\u{212A}"
    static let staff = TestStaff.events(adding: [("S-K", "Kay Kelvin")])

    /// An open case allocated to Kay Kelvin by herself, whose needs assessment was then recorded,
    /// before the rule, by the Kelvin sign spelling (right after an event of hers, so compliance's
    /// memo of the last member found is asked too).
    static var oldCase: TestCase {
        var c = TestCase.adult(upTo: .opened)
        c.staff = StaffRegister(staff)
        c.record(Make.allocate("S-K"), by: "S-K")
        c.given([.needsAssessed(Make.needsAssessment(notAchieved: [:]))], actor: kelvin)
        return c
    }

    @Test func givenAnEventRecordedByALookAlikeWhenComplianceRunsThenItIsRecordedBySomeoneNotOnTheRegister() throws {
        let c = Self.oldCase
        let configuration = c.configuration
        let input = ComplianceInput(caseId: c.stream, events: c.recorded, staffEvents: Self.staff, asOf: day("2026-12-31"),
            configuration: { _ in configuration })
        let findings = ComplianceCheck.of(.staffUnknown).check(input)
        let finding = try #require(findings.first, "the look-alike's event must be a finding")
        #expect(findings.count == 1)
        #expect(finding.sentence.contains(
            "by S-\u{212A}, who is not on the staff register (it looks like Kay Kelvin's staff id \"S-K\" but is spelt differently: U+212A KELVIN SIGN where the register has U+004B LATIN CAPITAL LETTER K)"),
            "\(finding.sentence)")
    }

    @Test func givenAnEventRecordedByALookAlikeWhenTheTrailIsReadThenTheActorIsNotConfirmedAndTheLookAlikeIsNamed() throws {
        let c = Self.oldCase
        let trail = DecisionTrail(history: CaseHistory(caseId: c.stream, events: c.recorded, staffEvents: Self.staff), view: TimeView(),
            copy: .staff, configuration: c.configuration)
        let entry = try #require(trail.entries.first { $0.eventType == "needsAssessed" })
        #expect(entry.who.name == nil)
        #expect(!entry.who.authorityConfirmed)
        #expect(entry.who.authority.contains("not on the staff register on 8 April 2026 (the id looks like Kay Kelvin's staff id \"S-K\""), "\(entry.who.authority)")
        // Kay Kelvin's own allocation is hers.
        #expect(trail.entries.last { $0.eventType == "workerAllocated" }?.title.contains("Kay Kelvin") == true)
    }

    @Test func givenACaseAllocatedToSKWhenTheCaseloadIsFilteredByTheKelvinSpellingThenItShowsNoCase() {
        let c = Self.oldCase
        func rows(worker: String) -> Int {
            var builder = CaseloadBuilder(on: day("2026-04-10"), view: TimeView(), filter: CaseloadFilter(worker: worker),
                staff: StaffRegister(Self.staff), configuration: c.configuration)
            builder.add(caseId: c.stream, events: c.recorded)
            return builder.build(configurationSource: "the test configuration").rows.count
        }
        #expect(rows(worker: "S-K") == 1)
        #expect(rows(worker: Self.kelvin) == 0)
    }
}
