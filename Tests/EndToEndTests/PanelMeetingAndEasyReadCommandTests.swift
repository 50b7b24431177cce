import Foundation
import Testing

// issue 18: panel
/// `caseledger-audit panel-pack` for a meeting, and `trail --format easy-read`, as a person runs
/// them on the demo ledger (read-only).
@Suite struct PanelMeetingAndEasyReadCommandTests {
    let audit = Executable.audit
    let demo = DemoLedgerTests.committed

    @Test func runTodayThePackShowsTheReferralNotNothingReferred() throws {
        let run = try audit.run(["panel-pack", "C-1006", "--ledger", demo])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("Nothing is referred to the panel"))
        #expect(run.stdout.contains("What is asked of the panel:"))
        #expect(run.stdout.contains("For the Risk Enablement Panel meeting on 14 January 2026: challenge CH-1"))
    }

    @Test func aMeetingDateChoosesWhatWasKnownBeforeIt() throws {
        let before = try audit.run(["panel-pack", "C-1006", "--ledger", demo, "--meeting", "2025-12-20"])
        #expect(before.exitCode == 0, "\(before.stderr)")
        #expect(before.stdout.contains("Nothing is referred to the panel"))
        let during = try audit.run(["panel-pack", "C-1006", "--ledger", demo, "--meeting", "2026-01-10", "--format", "json"])
        #expect(during.exitCode == 0, "\(during.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(during.stdout.utf8)) as? [String: Any])
        let meeting = try #require(json["meeting"] as? [String: Any])
        #expect(meeting["challengeId"] as? String == "CH-1")
        #expect(meeting["dateGiven"] as? Bool == true)
        #expect(meeting["date"] as? String == "2026-01-10")
        let explicit = try audit.run(["panel-pack", "C-1006", "--ledger", demo, "--as-known-at", "2026-12-06"])
        #expect(explicit.stdout.contains("Nothing is referred to the panel"), "a point of view given alone is taken as it is")
    }

    @Test(arguments: [["--meeting", "14 January"], ["--meeting", "2026-02-30"], ["--format", "easy-read"]])
    func aBadMeetingDateOrFormatIsAUsageError(extra: [String]) throws {
        let run = try audit.run(["panel-pack", "C-1006", "--ledger", demo] + extra)
        #expect(run.exitCode == 64, "\(run.stdout)")
        #expect(run.stdout.isEmpty)
        #expect(!run.stderr.isEmpty)
    }

    @Test func theEasyReadPageIsTheSummaryAlone() throws {
        let run = try audit.run(["trail", "C-1006", "--ledger", demo, "--format", "easy-read"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(run.stdout.contains("<h1>Easy Read: your care and support for Mr D</h1>"))
        #expect(run.stdout.contains("<li>Your case is closed.</li>"))
        #expect(run.stdout.contains("<li>Phone: 0300 123 4567</li>"))
        #expect(!run.stdout.contains("ref. "))
        let help = try audit.run(["trail", "--help"])
        #expect(help.stdout.contains("easy-read"))
    }

    @Test func easyReadIsNotAnEvidenceFormat() throws {
        let dir = TemporaryDirectory()
        let run = try audit.run(["trail", "C-1006", "--ledger", demo, "--format", "easy-read", "--evidence", dir.child("e")])
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains("--format easy-read cannot be given with --evidence"))
        #expect(!FileManager.default.fileExists(atPath: dir.child("e")))
    }
}
