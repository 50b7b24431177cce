import Foundation
import LedgerStore
import Testing

/// The command line guards every append against a clock that has jumped ahead: a writer whose
/// clock reads more than 31 days after the last recorded event is refused with nothing written,
/// `--clock-jump REASON` records the acknowledgement, and `verify` shows every jump to an auditor.
/// A clock behind the log is warned about. (Issue 14, item 7; INVARIANTS.md rule 16.)
@Suite struct ClockJumpCommandTests {
    /// A ledger whose last event was recorded at `at` (by the storage API, with its own clock).
    static func ledger(lastRecordedAt at: String) throws -> (TemporaryDirectory, String) {
        let directory = TemporaryDirectory()
        let path = directory.child("ledger")
        try Ledger.create(at: path).append(
            [NewEvent(stream: "notes", type: "noteAdded", actor: "S-9", payload: ["text": "set up"])],
            clock: { Timestamp(rfc3339: at)! })
        return (directory, path)
    }

    static let addAdministrator = ["staff", "add", "S-9", "--name", "Ada Admin", "--role", "registerAdministrator", "--as", "S-9", "--effectiveDate", "2025-01-01"]

    @Test func givenALedgerLastRecordedAYearAgoWhenStaffAreAddedThenTheJumpIsRefusedAndNothingChanges() throws {
        let (directory, path) = try Self.ledger(lastRecordedAt: "2025-06-01T09:00:00Z")
        defer { withExtendedLifetime(directory) {} }
        let before = snapshot(of: path)
        let run = try Executable.caseledger.run(Self.addAdministrator + ["--ledger", path])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("after the last recorded event (2025-06-01T09:00:00.000000Z)"), "\(run.stderr)")
        #expect(run.stderr.contains("--clock-jump REASON"))
        #expect(run.stderr.hasSuffix("[clock-jump]\n"))
        #expect(snapshot(of: path) == before)
    }

    @Test func givenTheJumpAcknowledgedWhenStaffAreAddedThenTheReasonIsInTheLogAndVerifyShowsIt() throws {
        let (directory, path) = try Self.ledger(lastRecordedAt: "2025-06-01T09:00:00Z")
        defer { withExtendedLifetime(directory) {} }
        let run = try Executable.caseledger.run(
            Self.addAdministrator + ["--ledger", path, "--clock-jump", "the ledger was set up in June 2025 and first used now"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("recorded staffAdded on staff: seq 3"))

        let stream = try Executable.caseledger.run(["stream", "ledger", "--ledger", path])
        #expect(stream.stdout.contains("clockJumpAcknowledged"), "\(stream.stdout)\(stream.stderr)")
        #expect(stream.stdout.contains("the ledger was set up in June 2025 and first used now"))

        let verify = try Executable.caseledger.run(["verify", "--ledger", path])
        #expect(verify.exitCode == 0)
        #expect(verify.stdout.contains("ahead at seq 2 (2025-06-01T09:00:00.000000Z to "), "\(verify.stdout)")
        #expect(verify.stdout.contains("acknowledged as a clock jump; the reason is seq 2 of stream 'ledger'"))
    }

    @Test func givenABlankAcknowledgementThenItIsAUsageError() throws {
        let (directory, path) = try Self.ledger(lastRecordedAt: "2025-06-01T09:00:00Z")
        defer { withExtendedLifetime(directory) {} }
        let before = snapshot(of: path)
        let run = try Executable.caseledger.run(Self.addAdministrator + ["--ledger", path, "--clock-jump", "  "])
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains("--clock-jump must say why the clock is right"))
        #expect(snapshot(of: path) == before)
    }

    @Test func givenALedgerRecordedInTheFutureWhenStaffAreAddedThenTheyAreRecordedAtItsTimeWithAWarning() throws {
        let (directory, path) = try Self.ledger(lastRecordedAt: "2099-01-01T00:00:00Z")
        defer { withExtendedLifetime(directory) {} }
        let run = try Executable.caseledger.run(Self.addAdministrator + ["--ledger", path])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("at 2099-01-01T00:00:00.000000Z"))
        #expect(run.stderr.contains("warning: this machine's clock reads "), "\(run.stderr)")
        #expect(run.stderr.contains("recorded at 2099-01-01T00:00:00.000000Z instead"))
        let verify = try Executable.caseledger.run(["verify", "--ledger", path])
        #expect(!verify.stdout.contains("ahead at seq 2"))
    }
}
