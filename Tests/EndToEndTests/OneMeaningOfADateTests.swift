import Foundation
import LedgerJSON
import Testing

/// A bare date given as a time means the same in every command of both tools: the end of that
/// day in UK time (issue 18 item 2; before, `caseledger case show` took the end of the day in UTC
/// and `caseledger-audit` took 00:00 UTC, so on the demo ledger C-1001 "as known at 2026-06-02"
/// was £17.50 a week in one and £30.00 a week in the other).
@Suite struct OneMeaningOfADateTests {
    let tmp = TemporaryDirectory()
    var ledger: String { tmp.child("demo") }

    init() throws {
        try FileManager.default.copyItem(atPath: repositoryRoot + "/events/demo", toPath: tmp.child("demo"))
    }

    @Test func bothToolsGiveTheSameContributionForABareDate() throws {
        let show = try Executable.caseledger.run(["case", "show", "C-1001", "--ledger", ledger, "--as-known-at", "2026-06-02", "--format", "json"])
        #expect(show.exitCode == 0, "\(show.stderr)")
        let json = try JSONParser.parse(show.stdout)
        #expect(json["contribution"]?["weeklyContribution"] == 1750)
        #expect(json["asKnownAt"] == "2026-06-02T22:59:59.999999Z")  // 23:59:59.999999 BST; JSON gives UTC
        for (command, line) in [
            (["trail", "C-1001"], "Weekly contribution:      £17.50 a week"),
            (["explain", "C-1001", "contribution"], "Weekly contribution now (the latest recorded): £17.50 a week"),
        ] {
            let audit = try Executable.audit.run(command + ["--ledger", ledger, "--as-known-at", "2026-06-02", "--copy", "staff"])
            #expect(audit.exitCode == 0, "\(audit.stderr)")
            #expect(audit.stdout.contains(line), "\(command)")
            #expect(audit.stdout.contains("As known at 2 June 2026, 23:59:59.999999 BST"), "\(command)")
        }
        let text = try Executable.caseledger.run(["case", "show", "C-1001", "--ledger", ledger, "--as-known-at", "2026-06-02"])
        #expect(text.stdout.flowed.contains("Contribution: £17.50 a week"))
        #expect(text.stdout.flowed.contains("as known at 2 June 2026, 23:59:59.999999 BST; last recorded 2 June 2026, 10:12 BST"))
    }

    @Test func theDateAndTheEndOfItsUKDayAreTheSameAnswer() throws {
        for tool in [Executable.caseledger, Executable.audit] {
            let args = tool.url == Executable.caseledger.url ? ["case", "show", "C-1001"] : ["trail", "C-1001", "--format", "json"]
            let date = try tool.run(args + ["--ledger", ledger, "--as-known-at", "2026-06-02"])
            let instant = try tool.run(args + ["--ledger", ledger, "--as-known-at", "2026-06-02T22:59:59.999999Z"])
            #expect(date.exitCode == 0 && instant.exitCode == 0, "\(date.stderr)\(instant.stderr)")
            #expect(date.stdout == instant.stdout)
        }
    }

    @Test func everyTimeOptionSaysWhatADateMeans() throws {
        for (tool, command) in [
            (Executable.caseledger, ["case", "show"]), (Executable.audit, ["trail"]), (Executable.audit, ["diff"]),
            (Executable.audit, ["verify"]), (Executable.audit, ["caseload"]), (Executable.audit, ["explain"]),
            (Executable.audit, ["panel-pack"]), (Executable.audit, ["compliance"]),
        ] {
            let help = try tool.run(command + ["--help"])
            let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains("meaning the end of that day in UK time"), "\(command)")
        }
    }

    @Test func reportTimesAreUKTimeWithTheZoneAndJSONIsUTC() throws {
        let text = try Executable.audit.run(["trail", "C-1001", "--ledger", ledger])
        #expect(!text.stdout.contains(" UTC"))
        #expect(text.stdout.contains(" BST") || text.stdout.contains(" GMT"))
        let csv = try Executable.audit.run(["trail", "C-1001", "--ledger", ledger, "--format", "csv"])
        #expect(csv.stdout.contains(" BST\",") || csv.stdout.contains(" GMT\","))
        let json = try Executable.audit.run(["trail", "C-1001", "--ledger", ledger, "--format", "json"])
        let parsed = try JSONParser.parse(json.stdout)
        let recorded = parsed["entries"]?.arrayValue?.first?["recordedAt"]?.stringValue
        #expect(recorded?.hasSuffix("Z") == true, "\(recorded ?? "no recordedAt")")
    }
}
