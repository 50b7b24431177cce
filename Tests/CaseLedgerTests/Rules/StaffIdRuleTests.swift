import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 16: staff ids — a staff id is its exact bytes (`StaffId`, `StaffIdRules`,
// `staff-id-look-alike`, events/INVARIANTS.md rule 67).
/// Staff ids that differ only by Unicode normalisation compare equal as Swift strings
/// ("S-\u{212A}" with a Kelvin sign == "S-K"; "Zoe\u{308}-1" == "Zo\u{EB}-1"): neither may act,
/// be allocated or be changed as the member whose id it only looks like, and neither may be added
/// beside that member.
@Suite("A staff id is its exact bytes")
struct StaffIdRuleTests {
    /// "S-K" with a Kelvin sign (U+212A), which looks like "S-K".
    static let kelvin = "S-\u{212A}"
    /// "Zoë-1" decomposed: e and U+0308 COMBINING DIAERESIS.
    static let zoeDecomposed = "Zoe\u{308}-1"
    /// "Zoë-1" composed: U+00EB.
    static let zoeComposed = "Zo\u{EB}-1"

    /// The register with Kay Kelvin ("S-K", plain K) and Zoë Brown ("Zoë-1", composed).
    static let register = StaffRegister(TestStaff.events(adding: [("S-K", "Kay Kelvin"), (zoeComposed, "Zoë Brown")]))

    /// The register with Kay Kelvin ("S-K") also a register administrator.
    static let kayAdministrator: StaffRegister = {
        var events = TestStaff.events(adding: [("S-K", "Kay Kelvin")])
        let m = meta(.registerAdministrator, "2025-01-01", reasons: ["administrator"])
        events.append(RecordedStaffEvent(seq: Int64(events.count + 1), id: "ST-K", recordedAt: at("2025-01-01T09:00:00Z"),
            actor: TestStaff.administrator, event: .staffRoleGranted(StaffRoleGranted(metadata: m, staffId: "S-K", role: .registerAdministrator))))
        return StaffRegister(events)
    }()

    /// An open case whose register holds Kay Kelvin and Zoë Brown.
    static var opened: TestCase {
        var c = TestCase.adult(upTo: .opened)
        c.staff = register
        return c
    }

    /// `command` decided on the register by `actor` at 1 April 2026.
    static func staffChange(_ command: StaffCommand, by actor: String = TestStaff.administrator) -> Result<[StaffEvent], Rejection> {
        Result { () throws(Rejection) in
            try decide(command, register, actor: actor, now: at("2026-04-01T09:00:00Z"), configuration: TestConfiguration.standard)
        }
    }

    static let admin = meta(.registerAdministrator, "2026-04-01", reasons: ["register change"])

    // Case commands: the actor and the allocated worker.

    @Test func givenKayKelvinSKWhenADecisionIsRecordedAsSKWithAKelvinSignThenItIsRefusedNamingBothSpellings() {
        Self.opened.when(.assessNeeds(Make.needsAssessment(notAchieved: [:])), by: Self.kelvin)
            .thenRejected(.staffIdLookAlike,
                containing: "the acting member of staff \"S-\u{212A}\" is not on the staff register: it looks like Kay Kelvin's staff id \"S-K\" but is spelt differently (U+212A KELVIN SIGN where the register has U+004B LATIN CAPITAL LETTER K)")
    }

    @Test func givenKayKelvinSKWhenADecisionIsRecordedAsSKThenItIsAccepted() {
        Self.opened.when(.assessNeeds(Make.needsAssessment(notAchieved: [:])), by: "S-K").thenAccepted()
    }

    @Test func givenZoeComposedWhenADecisionIsRecordedUnderTheDecomposedSpellingThenItIsRefusedNamingTheCharacters() {
        Self.opened.when(.assessNeeds(Make.needsAssessment(notAchieved: [:])), by: Self.zoeDecomposed)
            .thenRejected(.staffIdLookAlike,
                containing: "(U+0065 LATIN SMALL LETTER E + U+0308 COMBINING DIAERESIS where the register has U+00EB LATIN SMALL LETTER E WITH DIAERESIS)")
        Self.opened.when(.assessNeeds(Make.needsAssessment(notAchieved: [:])), by: Self.zoeComposed).thenAccepted()
    }

    @Test func givenKayKelvinSKWhenTheKelvinSpellingIsAllocatedAsWorkerThenItIsRefused() {
        Self.opened.when(Make.allocate(Self.kelvin))
            .thenRejected(.staffIdLookAlike, containing: "the allocated worker \"S-\u{212A}\" is not on the staff register: it looks like Kay Kelvin's staff id \"S-K\"")
        Self.opened.when(Make.allocate("S-K")).thenAccepted()
    }

    @Test func givenAnIdNothingLooksLikeWhenItActsThenItIsStillStaffUnknown() {
        Self.opened.when(.assessNeeds(Make.needsAssessment(notAchieved: [:])), by: "S-\u{212B}")
            .thenRejected(.staffUnknown)
    }

    // The staff register.

    @Test func givenKayKelvinSKWhenARoleIsGrantedToTheKelvinSpellingThenItIsRefused() {
        let result = Self.staffChange(.grantRole(StaffRoleGranted(metadata: Self.admin, staffId: Self.kelvin, role: .teamManager)))
        guard case .failure(let r) = result else { Issue.record("expected a refusal, got \(result)"); return }
        #expect(r.rule == .staffIdLookAlike, "\(r)")
        #expect(r.message.contains("the member of staff \"S-\u{212A}\" is not on the staff register: it looks like Kay Kelvin's staff id \"S-K\""), "\(r)")
        #expect((try? Self.staffChange(.grantRole(StaffRoleGranted(metadata: Self.admin, staffId: "S-K", role: .teamManager))).get()) != nil)
    }

    @Test func givenKayKelvinSKWhenTheKelvinSpellingIsAddedThenItIsRefusedAsALookAlike() {
        let result = Self.staffChange(.addStaff(StaffAdded(metadata: Self.admin, staffId: Self.kelvin, name: "Ken Kay", team: nil)))
        guard case .failure(let r) = result else { Issue.record("expected a refusal, got \(result)"); return }
        #expect(r.rule == .staffIdLookAlike, "\(r)")
        #expect(r.message.contains("staff id \"S-\u{212A}\" cannot be added: it looks like Kay Kelvin's staff id \"S-K\", already on the register, but is spelt differently (U+212A KELVIN SIGN where the register has U+004B LATIN CAPITAL LETTER K)"), "\(r)")
    }

    @Test func givenZoeComposedWhenTheDecomposedSpellingIsAddedThenItIsRefusedAsALookAlike() {
        let result = Self.staffChange(.addStaff(StaffAdded(metadata: Self.admin, staffId: Self.zoeDecomposed, name: "Zoe Green", team: nil)))
        guard case .failure(let r) = result else { Issue.record("expected a refusal, got \(result)"); return }
        #expect(r.rule == .staffIdLookAlike, "\(r)")
    }

    @Test func givenKayKelvinSKWhenTheKelvinSpellingActsOnTheRegisterThenItIsRefused() {
        let result = Result { () throws(Rejection) in
            try decide(.addStaff(StaffAdded(metadata: Self.admin, staffId: "S-30", name: "New Starter", team: nil)), Self.kayAdministrator,
                actor: Self.kelvin, now: at("2026-04-01T09:00:00Z"), configuration: TestConfiguration.standard)
        }
        guard case .failure(let r) = result else { Issue.record("expected a refusal, got \(result)"); return }
        #expect(r.rule == .staffIdLookAlike, "\(r)")
    }

    @Test func givenKayKelvinSKAsAnAdministratorWhenTheKelvinSpellingImportsHistoryThenItIsRefused() {
        let register = Self.kayAdministrator
        let check = { (actor: String) in
            Result { () throws(Rejection) in
                try ImportRules.checkImporter(actor, register: register, configuration: TestConfiguration.standard, on: day("2026-04-01"))
            }
        }
        guard case .failure(let r) = check(Self.kelvin) else { Issue.record("expected a refusal"); return }
        #expect(r.rule == .staffIdLookAlike, "\(r)")
        #expect(r.message.contains("the importing member of staff \"S-\u{212A}\""), "\(r)")
        #expect((try? check("S-K").get()) != nil)
    }

    // Old ledgers: the register and the case fold whatever they hold.

    @Test func givenAnOldRegisterHoldingBothSpellingsWhenItIsFoldedThenThereAreTwoMembers() {
        let register = StaffRegister(TestStaff.events(adding: [("S-K", "Kay Kelvin"), (Self.kelvin, "Ken Kay")]))
        #expect(register.member("S-K")?.name == "Kay Kelvin")
        #expect(register.member(Self.kelvin)?.name == "Ken Kay")
        #expect(register.nameOf(Self.kelvin) == "Ken Kay (S-\u{212A})")
        // Each acts as who they are.
        var c = TestCase.adult(upTo: .opened)
        c.staff = register
        c.when(.assessNeeds(Make.needsAssessment(notAchieved: [:])), by: Self.kelvin).thenAccepted()
    }

    @Test func givenAnOldRegisterWithBothSpellingsWhenKayCorrectsKensSignOffThenSheIsNotTakenForItsMaker() {
        // Kay Kelvin ("S-K", limit £1,000) and Ken Kay ("S-" + Kelvin sign, limit £250), both team managers.
        var events = TestStaff.events(adding: [("S-K", "Kay Kelvin"), (Self.kelvin, "Ken Kay")])
        let m = meta(.registerAdministrator, "2025-01-01", reasons: ["managers"])
        for (id, limit) in [("S-K", pounds(1000)), (Self.kelvin, pounds(250))] {
            for e: StaffEvent in [
                .staffRoleGranted(StaffRoleGranted(metadata: m, staffId: id, role: .teamManager)),
                .signOffLimitGranted(SignOffLimitGranted(metadata: m, staffId: id, weeklyLimit: limit)),
            ] {
                events.append(RecordedStaffEvent(seq: Int64(events.count + 1), id: "ST-\(events.count + 1)",
                    recordedAt: at("2025-01-01T09:00:00Z"), actor: TestStaff.administrator, event: e))
            }
        }
        var c = TestCase.adult(upTo: .budgetSet)
        c.staff = StaffRegister(events)
        c.configuration.correctionAuthority = .aboveDecisionMaker
        c.record(Make.signOff(), by: Self.kelvin)
        let correction = Make.correct(c.lastId(of: "planSignedOff"), with: c.lastEvent(of: "planSignedOff"), as: .teamManager)
        // Kay is not Ken: her limit is above his.
        c.when(correction, by: "S-K").thenAccepted()
        // Ken is the decision's maker himself.
        c.when(correction, by: Self.kelvin).thenRejected(.correctionAuthorityMissing, containing: "Ken Kay (S-\u{212A}) held up to £250.00 a week")
    }

    @Test func givenAnOldCaseEventRecordedByTheKelvinSpellingWhenTheCaseIsFoldedThenItIsKeptAsRecorded() {
        var c = Self.opened
        c.given([.needsAssessed(Make.needsAssessment(notAchieved: [:]))], actor: Self.kelvin)
        #expect(c.state.history.last?.actor.unicodeScalars.elementsEqual(Self.kelvin.unicodeScalars) == true)
        #expect(c.staff.member(c.state.history.last!.actor) == nil)
        #expect(c.staff.lookAlike(of: c.state.history.last!.actor)?.name == "Kay Kelvin")
    }

    @Test func theDifferenceNamesOnlyTheCharactersThatDiffer() {
        #expect(StaffIdRules.difference(given: "S-\u{212A}-2", registered: "S-K-2")
            == "U+212A KELVIN SIGN where the register has U+004B LATIN CAPITAL LETTER K")
        #expect(StaffId("S-K") != StaffId(Self.kelvin))
        #expect(StaffId("S-K") == StaffId("S-K"))
        #expect(!StaffId.same("S-K", Self.kelvin))
        #expect(Set([StaffId(Self.zoeComposed), StaffId(Self.zoeDecomposed)]).count == 2)
    }
}
