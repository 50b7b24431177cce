import Foundation
import Testing

/// `caseledger-audit caseload` as a person runs it, on the audit fixture (case C-1001: eligibility
/// determined at 17:00 on 9 April 2026, its written notice recorded a minute later).
@Suite struct CaseloadCommandTests {
    let audit = Executable.audit
    let tmp = TemporaryDirectory()
    var ledger: String { tmp.child("ledger") }

    init() throws {
        try AuditLedgerFixture.create(at: tmp.child("ledger"))
    }

    @Test func aPendingNoticeShowsAsKnownBeforeItWasRecordedAndTodayDefaultsToThatDate() throws {
        let run = try audit.run(["caseload", "--ledger", ledger, "--as-known-at", "2026-04-09T17:00:30Z", "--format", "csv"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"deadline\",\"6\","))
        #expect(run.stdout.contains("\"eligibilityNotice\",\"Written notice of eligibility\",\"assessment A-1\",\"2026-04-09\",\"due-today\",\"0\""))
        let later = try audit.run(["caseload", "--ledger", ledger, "--as-known-at", "2026-04-09T17:00:30Z", "--on", "2026-04-12", "--overdue"])
        #expect(later.exitCode == 0, "\(later.stderr)")
        #expect(later.stdout.contains("overdue by 3 days"))
        #expect(later.stdout.contains("Sam Patel (S-1)"))
    }

    @Test func everythingRecordedLeavesNothingDueAndFiltersLeaveNoCase() throws {
        let run = try audit.run(["caseload", "--ledger", ledger, "--on", "2026-05-01"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("C-1001 (Joe Bloggs)"))
        #expect(run.stdout.contains("nothing due"))
        let overdue = try audit.run(["caseload", "--ledger", ledger, "--on", "2026-05-01", "--overdue", "--worker", "S-1", "--format", "json"])
        #expect(overdue.exitCode == 0)
        #expect(overdue.stdout.contains("\"cases\": []"))
        #expect(overdue.stdout.contains("\"report\": \"caseload\""))
    }

    @Test(arguments: ["text", "md", "html", "json", "csv"])
    func everyFormatEndsWithTheIntegrityStatement(format: String) throws {
        let file = tmp.child("caseload.\(format)")
        let run = try audit.run(["caseload", "--ledger", ledger, "--format", format, "--due-within", "14", "-o", file])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("caseledger-audit verify --ledger"))
    }

    @Test func badOptionsAreUsageErrors() throws {
        #expect(try audit.run(["caseload", "--ledger", ledger, "--on", "1 May"]).exitCode == 64)
        #expect(try audit.run(["caseload", "--ledger", ledger, "--due-within", "-3"]).exitCode == 64)
        #expect(try audit.run(["caseload", "--help"]).stdout.contains("--due-within"))
    }
}
