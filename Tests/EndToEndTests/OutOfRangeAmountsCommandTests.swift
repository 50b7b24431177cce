import CaseLedger
import CaseLedgerTestSupport
import Foundation
import LedgerJSON
import LedgerStore
import Testing

// issue 14: h-limits — numbers that cannot crash, end to end. Before: with such a plan in the
// ledger, `case show`, `trail`, `explain`, `panel-pack`, `diff` and `record signOffPlan` died
// with SIGILL (exit status 4) or on CanonicalJSON's precondition.
@Suite("Amounts out of range in a ledger written by hand: every command reports, none crashes")
struct OutOfRangeAmountsCommandTests {
    static let largest = Money(pence: 9_007_199_254_740_991)

    /// Joe's case recorded through his personal budget, then plan P-9 of `lines` lines at
    /// 2^53 − 1 pence each, and a personal budget for it, written straight to the store (as a
    /// hand-edited or foreign ledger would hold them). Returns the story and a time before the
    /// plan was written.
    static func ledger(lines: Int) throws -> (story: CommandLineStory, before: String) {
        let story = try CommandLineStory()
        try story.recordJoe(through: "setPersonalBudget")
        let before = Timestamp.now().rfc3339
        let plan = Make.plan("P-9", lines: (1...lines).map { Make.line("L\($0)", .homeCare, largest) })
        let events: [CaseEvent] = [
            .supportPlanDrafted(SupportPlanDrafted(metadata: meta(.socialWorker, "2026-05-01"), plan: plan, version: 1)),
            .personalBudgetSet(PersonalBudgetSet(
                metadata: meta(.socialWorker, "2026-05-01"), planId: "P-9", planVersion: 1, weeklyTotal: pounds(240),
                weeklyCustomerContribution: pounds(23, 10), weeklyCouncilContribution: pounds(216, 90), aboveIndicative: false)),
        ]
        let store = try Ledger.open(at: story.ledger, mode: .readWrite)
        _ = try store.append(events.map {
            NewEvent(stream: "C-1001", type: $0.typeName, schema: Int64($0.schemaVersion), actor: "S-1", payload: $0.payload)
        })
        return (story, before)
    }

    /// Expects a run that ended by exiting (0, or 3 with one line saying why), never by a signal.
    static func expectNoCrash(_ run: Executable.Run, _ what: String, exitCode: Int32? = 0, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect([0, 3].contains(run.exitCode), "\(what) ended with status \(run.exitCode): \(run.stderr)", sourceLocation: sourceLocation)
        if let exitCode { #expect(run.exitCode == exitCode, "\(what): \(run.stderr)", sourceLocation: sourceLocation) }
        #expect(!run.stderr.contains("Fatal error"), "\(what): \(run.stderr)", sourceLocation: sourceLocation)
    }

    @Test("given a plan of 1,025 lines, or 2 lines summing past 2^53 − 1, written by hand, when case show, the audit reports and sign-off run, then each exits normally: figures out of range are shown as such and sign-off is refused with the limit, nothing written",
        arguments: [(1_025, "plan-too-many-lines"), (2, "amount-out-of-range")])
    func everyCommandReports(lines: Int, rule: String) throws {
        let (story, before) = try Self.ledger(lines: lines)
        let ledger = story.ledger
        let audit = Executable.audit

        let json = try story.run(["case", "show", "C-1001", "--format", "json"])
        Self.expectNoCrash(json, "case show --format json")
        let shown = try JSONParser.parse(json.stdout)
        #expect(shown["plan"]?["planId"] == "P-9")
        #expect(shown["plan"]?["weeklyCost"] == .string("out of range"))
        let text = try story.run(["case", "show", "C-1001"])
        Self.expectNoCrash(text, "case show")
        #expect(text.stdout.flowed.contains("P-9 version 1 costing an amount out of range a week"), "\(text.stdout)")

        for format in ["text", "json", "html", "csv"] {
            Self.expectNoCrash(try audit.run(["trail", "C-1001", "--ledger", ledger, "--format", format]), "trail --format \(format)")
        }
        Self.expectNoCrash(try audit.run(["explain", "C-1001", "budget", "--ledger", ledger]), "explain budget")
        Self.expectNoCrash(try audit.run(["panel-pack", "C-1001", "--ledger", ledger, "--format", "json"]), "panel-pack", exitCode: nil)
        Self.expectNoCrash(try audit.run(["diff", "C-1001", "--ledger", ledger, "--from", before, "--to", Timestamp.now().rfc3339]), "diff")
        Self.expectNoCrash(try audit.run(["compliance", "--ledger", ledger]), "compliance", exitCode: nil)
        Self.expectNoCrash(try audit.run(["caseload", "--ledger", ledger]), "caseload")
        Self.expectNoCrash(try audit.run(["export", "cld", "--from", "2026-01-01", "--to", "2026-12-31", "--ledger", ledger]), "export cld")

        let unchanged = snapshot(of: ledger)
        let signOff = try story.run(["record", "signOffPlan", "--case", "C-1001", "--as", "S-2", "--actingRole", "teamManager",
            "--reasons", "within budget", "--planId", "P-9", "--version", "1", "--effectiveDate", "2026-05-01"])
        Self.expectNoCrash(signOff, "record signOffPlan", exitCode: 3)
        #expect(signOff.stderr.contains("[\(rule)]"), "\(signOff.stderr)")
        #expect(snapshot(of: ledger) == unchanged)
    }

    @Test("given a plan of 1,025 lines at 9,007,199,254,740,991 pence, when record draftSupportPlan is run, then it exits 3 with plan-too-many-lines and writes nothing")
    func draftingIsRefused() throws {
        let story = try CommandLineStory()
        try story.recordJoe(through: "calculateIndicativeBudget")
        let plan = Make.plan("P-9", lines: (1...1_025).map { Make.line("L\($0)", .homeCare, Self.largest) })
        let unchanged = snapshot(of: story.ledger)
        let run = try story.run(["record", "draftSupportPlan", "--case", "C-1001", "--as", "S-1", "--actingRole", "socialWorker",
            "--effectiveDate", "2026-04-20", "--json", "-"], stdin: Data(CanonicalJSON.encode(plan.json)))
        Self.expectNoCrash(run, "record draftSupportPlan", exitCode: 3)
        #expect(run.stderr.contains("plan P-9 has 1025 lines; a support plan has at most 200"), "\(run.stderr)")
        #expect(run.stderr.contains("[plan-too-many-lines]"))
        #expect(snapshot(of: story.ledger) == unchanged)
    }

    @Test("given a referral with a blank name, or an effective date of 9999-12-31, when recorded, then each exits 3 naming its rule and writes nothing",
        arguments: [
            (["--customerName", "   ", "--effectiveDate", "2026-04-01"], "customer-name-missing"),
            (["--customerName", "Joe Bloggs", "--effectiveDate", "9999-12-31"], "effective-date-out-of-range"),
            (["--customerName", "Joe Bloggs", "--effectiveDate", "0001-01-01"], "effective-date-out-of-range"),
        ])
    func referralIsRefused(fields: [String], rule: String) throws {
        let story = try CommandLineStory()
        let referral = CommandLineStory.step("receiveReferral")
        let unchanged = snapshot(of: story.ledger)
        let run = try story.run(["record", "receiveReferral", "--case", "C-2001", "--as", "S-1", "--json", "-"] + fields,
            stdin: Data(CanonicalJSON.encode(referral.input)))
        Self.expectNoCrash(run, "record receiveReferral", exitCode: 3)
        #expect(run.stderr.contains("[\(rule)]"), "\(run.stderr)")
        #expect(snapshot(of: story.ledger) == unchanged)
    }
}
