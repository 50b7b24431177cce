import Foundation
import Testing

/// `caseledger-audit` as a person runs it: reports in every format, help, exit codes, one-line
/// errors, and a ledger left byte-for-byte as it was.
@Suite struct AuditCommandTests {
    let audit = Executable.audit
    let tmp = TemporaryDirectory()
    var ledger: String { tmp.child("ledger") }

    init() throws {
        try AuditLedgerFixture.create(at: tmp.child("ledger"))
    }

    @Test func trailIsTheCustomersCopyByDefaultAndEndsWithTheIntegrityStatement() throws {
        let run = try audit.run(["trail", "C-1001", "--ledger", ledger])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.contains("This is the customer's copy"))
        #expect(run.stdout.contains("Eligibility decided on assessment A-1: eligible"))
        #expect(!run.stdout.contains("he drinks too much"))
        #expect(run.stdout.contains("1 item of third-party information is withheld"))
        #expect(run.stdout.contains("To re-check: caseledger-audit verify --ledger \(ledger)"))
        #expect(run.stdout.contains("Ledger head when this report was made: seq 8"))
        let staff = try audit.run(["trail", "C-1001", "--copy", "staff"], environment: ["CASELEDGER_LEDGER": ledger])
        #expect(staff.exitCode == 0)
        #expect(staff.stdout.contains("[restricted] Opinion of a neighbour: he drinks too much"))
    }

    @Test(arguments: ["text", "md", "html", "json", "csv"])
    func everyFormatOfEveryCommand(format: String) throws {
        for args in [["trail", "C-1001"], ["explain", "C-1001", "eligibility"], ["explain", "C-1001", "stage"],
                     ["diff", "C-1001", "--from", "2026-04-01", "--to", "2026-04-10"], ["verify"]] {
            let run = try audit.run(args + ["--ledger", ledger, "--format", format])
            #expect(run.exitCode == 0, "\(args) \(format): \(run.stderr)")
            #expect(run.stdout.contains("caseledger-audit verify --ledger"), "\(args) \(format)")
        }
    }

    @Test func outputFileAndLargePrintHTML() throws {
        let file = tmp.child("trail.html")
        let run = try audit.run(["trail", "C-1001", "--ledger", ledger, "--format", "html", "--large-print", "-o", file])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<body class=\"large-print\">"))
        #expect(html.contains("<svg"))
    }

    @Test func timeTravel() throws {
        let before = try audit.run(["trail", "C-1001", "--ledger", ledger, "--as-known-at", "2026-04-08T12:00:00Z"])
        #expect(before.exitCode == 0, "\(before.stderr)")
        #expect(before.stdout.contains("Allocated worker: Sam Patel"))
        #expect(!before.stdout.contains("Needs assessment A-1"))
        #expect(before.stdout.contains("the ledger ended at seq 4"))
        let inForce = try audit.run(["explain", "C-1001", "eligibility", "--ledger", ledger, "--in-force-on", "2026-04-08"])
        #expect(inForce.stdout.contains("Eligibility has not been decided on 8 April 2026"))
    }

    @Test func theLedgerIsNeverWritten() throws {
        let before = snapshot(of: ledger)
        for args in [["trail", "C-1001"], ["explain", "C-1001", "budget"], ["verify"], ["diff", "C-1001", "--from", "2026-04-01", "--to", "2026-05-01"]] {
            _ = try audit.run(args + ["--ledger", ledger])
        }
        #expect(snapshot(of: ledger) == before)
    }

    @Test(arguments: ["trail", "explain", "diff", "verify"])
    func everyCommandHasHelp(command: String) throws {
        let run = try audit.run([command, "--help"])
        #expect(run.exitCode == 0)
        #expect(run.stdout.contains("USAGE"))
        #expect(try audit.run(["--help"]).stdout.contains("trail"))
    }

    @Test func errorsAreOneLineWithExitCode3() throws {
        let cases: [([String], String)] = [
            (["trail", "C-9999", "--ledger", ledger], "no case C-9999 in the ledger"),
            (["trail", "C-1001", "--ledger", ledger, "--as-known-at", "2024-01-01"], "is before the ledger began"),
            (["verify", "--ledger", tmp.child("nowhere")], "no ledger at"),
        ]
        for (args, text) in cases {
            let run = try audit.run(args)
            #expect(run.exitCode == 3, "\(args)")
            #expect(run.stderr.contains(text), "\(args): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(args): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test func aDamagedLedgerGivesNoReportAndSaysWhere() throws {
        let segment = ledger + "/segment-0000000000000001.jsonl"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: segment))
        bytes.replaceSubrange(try #require(bytes.range(of: Data("physical disability".utf8))), with: Data("physical dizability".utf8))
        try bytes.write(to: URL(fileURLWithPath: segment))
        for args in [["trail", "C-1001"], ["verify"], ["explain", "C-1001", "stage"]] {
            let run = try audit.run(args + ["--ledger", ledger])
            // verify found what it looks for (1); the reports could not be made (3).
            #expect(run.exitCode == (args == ["verify"] ? 1 : 3))
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("the ledger is damaged at segment-0000000000000001.jsonl line 5 (seq 5)"), "\(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func usageErrorsExit64() throws {
        #expect(try audit.run(["trail", "C-1001", "--ledger", ledger, "--format", "pdf"]).exitCode == 64)
        #expect(try audit.run(["explain", "C-1001", "colour", "--ledger", ledger]).exitCode == 64)
        #expect(try audit.run(["trail", "C-1001", "--ledger", ledger, "--as-known-at", "yesterday"]).exitCode == 64)
        #expect(try audit.run(["trail", "C-1001"], environment: ["CASELEDGER_LEDGER": nil]).exitCode == 64)
        #expect(try audit.run(["append"]).exitCode == 64)
    }
}
