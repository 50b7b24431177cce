import Foundation
import LedgerJSON
import Testing

// issue 18: scripts — both tools as a script and a spreadsheet meet them. Each test here failed on
// the code before (named in each): exit codes that mixed "found something" with "failed", a
// reversed range that was 1 in one command and 64 in another, `verify --format json|csv` silent on
// a damaged ledger, no `--version`, text always wrapped at 100 columns, CSV without a byte order
// mark, and trail JSON with money only as words and optional keys left out.
@Suite struct ScriptsCommandTests {
    let audit = Executable.audit
    let caseledger = Executable.caseledger
    let demo = repositoryRoot + "/events/demo"

    /// A damaged ledger: the tamper fixture with one payload byte of seq 3 changed.
    func damagedLedger() throws -> TamperFixture {
        let fixture = try TamperFixture()
        try fixture.changeByte(ofSeq: 3, after: "\"n\":")
        return fixture
    }

    // Old code: the damaged ledger and the failed report both exited 1.
    @Test func findingsExitOneAndFailuresExitThreeInBothTools() throws {
        let damaged = try damagedLedger()
        #expect(try audit.run(["verify", "--ledger", damaged.dir]).exitCode == 1)
        #expect(try caseledger.run(["verify", "--ledger", damaged.dir]).exitCode == 1)
        // A report that cannot be made on a damaged ledger failed: 3.
        let trail = try audit.run(["trail", "C-1", "--ledger", damaged.dir])
        #expect(trail.exitCode == 3)
        #expect(trail.stderr.contains("[ledger-damaged]"))
        #expect(try caseledger.run(["stream", "C-1", "--ledger", damaged.dir]).exitCode == 3)
        // No ledger at all: failed, 3, in both tools (a command line that is fine).
        let nowhere = TemporaryDirectory().child("no-ledger")
        #expect(try audit.run(["compliance", "--ledger", nowhere]).exitCode == 3)
        #expect(try caseledger.run(["staff", "show", "--ledger", nowhere]).exitCode == 3)
        // The demo's compliance findings: found something, 1.
        let compliance = try audit.run(["compliance", "--ledger", demo, "--as-known-at", "2026-06-03"])
        #expect([0, 1].contains(compliance.exitCode), "\(compliance.stderr)")
        if compliance.exitCode == 1 { #expect(compliance.stderr.contains("[compliance-findings]")) }
    }

    // Old code: diff exited 1 (reversed-interval), export cld 64.
    @Test func aReversedRangeIsAUsageErrorInEveryCommand() throws {
        let diff = try audit.run(["diff", "C-1001", "--ledger", demo, "--from", "2026-06-03", "--to", "2026-06-01"])
        #expect(diff.exitCode == 64, "\(diff.stderr)")
        #expect(diff.stderr.contains("is after --to"))
        let cld = try audit.run(["export", "cld", "--ledger", demo, "--from", "2026-06-03", "--to", "2026-06-01"])
        #expect(cld.exitCode == 64, "\(cld.stderr)")
        // --as-known-at before --from contradicts it too.
        let capped = try audit.run(["diff", "C-1001", "--ledger", demo, "--from", "2026-06-02", "--to", "2026-06-03", "--as-known-at", "2026-06-01"])
        #expect(capped.exitCode == 64, "\(capped.stderr)")
    }

    // Old code: nothing on standard output, exit 1 for a failure like any other.
    @Test func verifyOnADamagedLedgerWritesItsJSONAndCSVToStandardOutput() throws {
        let damaged = try damagedLedger()
        let json = try audit.run(["verify", "--ledger", damaged.dir, "--format", "json"])
        #expect(json.exitCode == 1)
        #expect(json.stderr.contains("[ledger-damaged]"))
        let object = try #require(try JSONParser.parse(json.stdout).objectValue)
        #expect(object["verified"] == .bool(false))
        #expect(object["merkleTree"] == .null)
        #expect(object["integrity"] == .null)
        let fault = try #require(object["fault"]?.objectValue)
        #expect(fault["seq"] == .integer(3))
        #expect(fault["soundEvents"] == .integer(2))
        #expect(fault["code"] == .string("ledger-damaged"))

        let csv = try audit.run(["verify", "--ledger", damaged.dir, "--format", "csv"])
        #expect(csv.exitCode == 1)
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("\"fault_seq\"") == true)
        #expect(lines.last?.contains("\"damaged\"") == true)
        #expect(lines.last?.hasSuffix("\"3\"") == true)

        // An intact ledger's JSON has the same keys.
        let intact = try audit.run(["verify", "--ledger", demo, "--format", "json"])
        #expect(intact.exitCode == 0, "\(intact.stderr)")
        let sound = try #require(try JSONParser.parse(intact.stdout).objectValue)
        #expect(Set(sound.keys) == Set(object.keys))
        #expect(sound["verified"] == .bool(true))
        #expect(sound["fault"] == .null)
    }

    // Old code: `--version` was an unknown option (64).
    @Test func bothToolsPrintTheirVersion() throws {
        for (tool, name) in [(audit, "caseledger-audit"), (caseledger, "caseledger")] {
            let run = try tool.run(["--version"])
            #expect(run.exitCode == 0, "\(run.stderr)")
            let lines = run.stdout.split(separator: "\n")
            #expect(lines.first?.hasPrefix(name + " 0.") == true, "\(run.stdout)")
            #expect(lines.last?.hasPrefix("ledger format 2 (reads 1 and 2), verification record format ") == true, "\(run.stdout)")
            #expect(try tool.run(["--version", "extra"]).exitCode == 64)
            let help = try tool.run(["--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(help.contains("3 failed: nothing was done or written"), "\(help)")
            #expect(help.contains("1 done, and the report found something"))
        }
        #expect(try audit.run(["--version"]).stdout.split(separator: "\n").first?.dropFirst("caseledger-audit ".count)
            == caseledger.run(["--version"]).stdout.split(separator: "\n").first?.dropFirst("caseledger ".count))
    }

    // Old code: every line up to 100 columns whatever COLUMNS said.
    @Test func textIsWrappedToColumns() throws {
        func widest(_ text: String) -> Int {
            // The last line of the integrity statement is a command to paste: never wrapped; a word
            // longer than the line (a 64-digit hash) stands alone on its line.
            text.split(separator: "\n").dropLast().filter { $0.trimmingCharacters(in: .whitespaces).contains(" ") }.map(\.count).max() ?? 0
        }
        let narrow = try audit.run(["trail", "C-1001", "--ledger", demo], environment: ["COLUMNS": "60"])
        #expect(narrow.exitCode == 0, "\(narrow.stderr)")
        #expect(widest(narrow.stdout) <= 60)
        let piped = try audit.run(["trail", "C-1001", "--ledger", demo], environment: ["COLUMNS": nil])
        #expect(widest(piped.stdout) > 60)
        #expect(widest(piped.stdout) <= 100)
        let wide = try audit.run(["trail", "C-1001", "--ledger", demo], environment: ["COLUMNS": "160"])
        #expect(widest(wide.stdout) > 100)
    }

    // Old code: `case show` and `staff show` printed each fact on one line however long (137
    // columns for C-1001's open challenge), whatever the terminal or COLUMNS said.
    @Test func caseAndStaffShowAreWrappedToColumnsWithNothingLost() throws {
        func widest(_ text: String) -> Int { text.split(separator: "\n").map(\.count).max() ?? 0 }
        func words(_ text: String) -> [Substring] { text.split(whereSeparator: \.isWhitespace) }
        for arguments in [["case", "show", "C-1001", "--in-force-on", "2026-06-03"], ["staff", "show"]] {
            let narrow = try caseledger.run(arguments + ["--ledger", demo], environment: ["COLUMNS": "60"])
            #expect(narrow.exitCode == 0, "\(narrow.stderr)")
            #expect(widest(narrow.stdout) <= 60, "\(arguments)")
            let piped = try caseledger.run(arguments + ["--ledger", demo], environment: ["COLUMNS": nil])
            #expect(widest(piped.stdout) <= 100, "\(arguments)")
            #expect(widest(piped.stdout) > 60, "\(arguments)")
            let wide = try caseledger.run(arguments + ["--ledger", demo], environment: ["COLUMNS": "1000"])
            #expect(words(narrow.stdout) == words(wide.stdout), "\(arguments)")
            #expect(words(piped.stdout) == words(wide.stdout), "\(arguments)")
        }
        let wide = try caseledger.run(["case", "show", "C-1001", "--ledger", demo], environment: ["COLUMNS": "1000"])
        #expect(widest(wide.stdout) > 100)
    }

    // Old code: help was 80 columns whatever COLUMNS said.
    @Test func helpIsWrappedToColumnsAndToEightyInAPipe() throws {
        func widest(_ text: String) -> Int { text.split(separator: "\n").map(\.count).max() ?? 0 }
        for tool in [audit, caseledger] {
            let piped = try tool.run(["--help"], environment: ["COLUMNS": nil])
            #expect(piped.exitCode == 0, "\(piped.stderr)")
            #expect(widest(piped.stdout) > 60)
            #expect(widest(piped.stdout) <= 80)
            let wide = try tool.run(["--help"], environment: ["COLUMNS": "160"])
            #expect(widest(wide.stdout) > 80)
            #expect(widest(wide.stdout) <= 160)
            let narrow = try tool.run(["--help"], environment: ["COLUMNS": "50"])
            #expect(widest(narrow.stdout.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).contains(" ") }.joined(separator: "\n")) <= 50)
        }
    }

    // Old code: CSV began with the header's quote, so a spreadsheet read "£" as "Â£".
    @Test func csvStartsWithAByteOrderMarkAndKeepsItsFormulaDefence() throws {
        for arguments in [["trail", "C-1001"], ["caseload"], ["compliance"], ["verify"], ["diff", "C-1001", "--from", "2026-06-01", "--to", "2026-06-03"]] {
            let run = try audit.run(arguments + ["--ledger", demo, "--format", "csv", "--as-known-at", "2026-06-03"])
            #expect([0, 1].contains(run.exitCode), "\(arguments): \(run.stderr)")
            #expect(Array(run.stdout.utf8.prefix(4)) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "\"")], "\(arguments)")
        }
        let trail = try audit.run(["trail", "C-1001", "--ledger", demo, "--format", "csv"])
        #expect(trail.stdout.utf8.count > 0)
        #expect(trail.stdout.contains("£17.50"))
        // The CLD export is a submission file read by programs: no byte order mark.
        let cld = try audit.run(["export", "cld", "--ledger", demo, "--from", "2025-04-01", "--to", "2026-03-31"])
        #expect(cld.stdout.utf8.first == UInt8(ascii: "\""), "\(cld.stderr)")
    }

    // Old code: figures were words only ("£17.50 a week"), and supersededBy, corrects, comparison,
    // imported and the integrity's optional members were left out when they did not apply.
    @Test func trailJSONGivesPenceAndCodesAndEveryKey() throws {
        let run = try audit.run(["trail", "C-1001", "--ledger", demo, "--format", "json", "--as-known-at", "2026-06-03"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let trail = try #require(try JSONParser.parse(run.stdout).objectValue)
        let figures = try #require(trail["figures"]?.arrayValue).compactMap(\.objectValue)
        func figure(_ key: String) -> JSONObject? { figures.first { $0["key"] == .string(key) } }
        #expect(figure("weeklyContribution")?["pence"] == .integer(1750))
        #expect(figure("weeklyContribution")?["value"] == .string("£17.50 a week"))
        #expect(figure("stage")?["code"]?.stringValue?.isEmpty == false)
        #expect(figure("eligibility")?["code"] == .string("eligible"))
        for f in figures { #expect(Set(f.keys) == ["key", "label", "value", "pence", "code"]) }
        let entries = try #require(trail["entries"]?.arrayValue).compactMap(\.objectValue)
        for e in entries {
            for key: JSONKey in ["imported", "supersededBy", "corrects", "comparison"] { #expect(e.keys.contains(key), "\(key)") }
        }
        #expect(entries.contains { $0["supersededBy"] != .null })
        let changes = entries.flatMap { $0["changes"]?.arrayValue ?? [] }.compactMap(\.objectValue)
        #expect(changes.contains { $0["key"] == .string("weeklyContribution") && $0["toPence"] == .integer(1750) })
        let integrity = try #require(trail["integrity"]?.objectValue)
        for key: JSONKey in ["checkedAgainstRecord", "recordWritten", "checkpoint", "asKnownAt", "knownAtSeq", "knownAtHash"] {
            #expect(integrity.keys.contains(key), "\(key)")
        }
    }
}
