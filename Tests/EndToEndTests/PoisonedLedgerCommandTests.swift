import Foundation
import LedgerJSON
import LedgerStore
import Testing

/// Issue 14, readers that cannot be poisoned, as a person runs the commands: the demo ledger with
/// two events written round the rules through the storage API — C-1002's `referralReceived` with
/// only a route (no `reasons`, no `actingRole`) and C-1003's with an effective date that is no date.
/// The council-wide reports list them and carry on with every other case (exit 2 for a caseload or
/// CLD export written without them, 1 for compliance's open findings, never no report); the
/// reports on those cases name the event and what to do. On the old code every one of these
/// commands failed with `unreadable-event` and wrote nothing.
@Suite struct PoisonedLedgerCommandTests {
    let audit = Executable.audit
    let tmp = TemporaryDirectory()
    var ledger: String { tmp.child("ledger") }
    let seqs: [String: Int64]

    init() throws {
        let demo = try Executable.caseledger.run(["demo", tmp.child("ledger")])
        #expect(demo.exitCode == 0, "\(demo.stderr)")
        let store = try Ledger.open(at: tmp.child("ledger"), mode: .readWrite)
        let first = try store.events(inStream: "C-1003")[0]
        var payload = try #require(first.payload?.objectValue)
        payload["effectiveDate"] = .string("2026-02-30")
        let results = try store.append([
            NewEvent(stream: "C-1002", type: "referralReceived", schema: 1, actor: "S-17", payload: .object(["route": .string("self")])),
            NewEvent(stream: "C-1003", type: first.type, schema: first.schema, actor: first.actor, payload: .object(payload)),
        ], clock: { Timestamp(rfc3339: "2027-01-05T10:00:00Z")! })
        seqs = ["C-1002": results[0].seq, "C-1003": results[1].seq]
    }

    @Test(arguments: ["text", "md", "html", "json", "csv"])
    func theCaseloadListsThePoisonAndEveryOtherOpenCase(format: String) throws {
        let run = try audit.run(["caseload", "--ledger", ledger, "--on", "2026-07-01", "--format", format])
        #expect(run.exitCode == 2, "\(run.stderr)")
        for id in ["C-1001", "C-1004", "C-1005"] { #expect(run.stdout.contains(id), "\(id)") }
        #expect(run.stdout.contains("event seq \(seqs["C-1002"]!) of case C-1002 (referralReceived, schema 1"))
        #expect(run.stdout.contains("event seq \(seqs["C-1003"]!) of case C-1003"))
        #expect(run.stdout.contains("effectiveDate"))
        #expect(run.stdout.contains("caseledger-audit verify --ledger"))
        #expect(run.stderr.contains("the caseload was written without cases C-1002, C-1003"))
        #expect(run.stderr.hasSuffix("[cases-unreadable]\n"))
    }

    @Test(arguments: ["text", "md", "html", "json", "csv"])
    func complianceChecksEveryOtherCaseAndListsThePoisonAsAFinding(format: String) throws {
        let run = try audit.run(["compliance", "--ledger", ledger, "--format", format])
        #expect(run.exitCode == 1, "\(run.stderr)")
        #expect(run.stderr.contains("[compliance-findings]"))
        #expect(run.stdout.contains("event-unreadable"))
        #expect(run.stdout.contains("event seq \(seqs["C-1002"]!) of case C-1002"))
        #expect(run.stdout.contains("first-review-late"))  // C-1004's and C-1005's, as without the poison
        #expect(run.stdout.contains("C-1006"))
    }

    @Test func complianceFromACheckpointIsTheSameAsFromScratch() throws {
        let checkpoint = tmp.child("oversight.checkpoint")
        let first = try audit.run(["compliance", "--ledger", ledger, "--format", "csv", "--checkpoint", checkpoint])
        let again = try audit.run(["compliance", "--ledger", ledger, "--format", "csv", "--checkpoint", checkpoint])
        let scratch = try audit.run(["compliance", "--ledger", ledger, "--format", "csv"])
        #expect(first.exitCode == 1 && again.exitCode == 1)
        #expect(!again.stderr.contains("discarded"))
        // issue 18: fastload. From the checkpoint the same rows; its integrity statement says so.
        #expect(first.stdout == scratch.stdout && CheckpointCommandTests.body(again.stdout) == CheckpointCommandTests.body(scratch.stdout))
        #expect(again.stdout.contains("Made from the oversight checkpoint"))
        let caseload = try audit.run(["caseload", "--ledger", ledger, "--on", "2026-07-01", "--format", "csv", "--checkpoint", checkpoint])
        #expect(caseload.exitCode == 2)
        #expect(
            CheckpointCommandTests.body(caseload.stdout)
                == CheckpointCommandTests.body((try audit.run(["caseload", "--ledger", ledger, "--on", "2026-07-01", "--format", "csv"])).stdout))
        let one = try audit.run(["compliance", "--ledger", ledger, "--case", "C-1002", "--format", "csv"])
        #expect(one.exitCode == 1)
        #expect(one.stdout.contains("\"event-unreadable\""))
    }

    @Test func theCLDExportCarriesOnAndNamesTheCasesLeftOut() throws {
        let file = tmp.child("cld.csv")
        let run = try audit.run(["export", "cld", "--ledger", ledger, "--from", "2025-04-01", "--to", "2026-03-31", "-o", file])
        #expect(run.exitCode == 2, "\(run.stderr)")
        let csv = try String(contentsOfFile: file, encoding: .utf8)
        #expect(csv.contains("\"C-1001\"") && csv.contains("\"C-1006\""))
        #expect(!csv.contains("\"C-1002\"") && !csv.contains("\"C-1003\""))
        #expect(run.stderr.contains("caseledger-audit export cld: case C-1002 left out: event seq \(seqs["C-1002"]!) of case C-1002 (referralReceived"))
        #expect(run.stderr.contains("2 cases left out, an event of each cannot be read"))
        #expect(run.stderr.contains("[cases-unreadable]"))
    }

    @Test func theReportsOnThePoisonedCaseNameTheEventAndWhatToDo() throws {
        let seq = seqs["C-1002"]!
        for args in [
            ["trail", "C-1002"], ["explain", "C-1002", "budget"], ["panel-pack", "C-1002"],
            ["diff", "C-1002", "--from", "2025-08-01", "--to", "2027-02-01"],
        ] {
            let run = try audit.run(args + ["--ledger", ledger])
            #expect(run.exitCode == 3, "\(args)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("event seq \(seq) of case C-1002 (referralReceived, schema 1"), "\(args)")
            #expect(run.stderr.contains("field `actingRole`: is missing"))
            #expect(run.stderr.contains("Tell whoever administers the ledger"))
            #expect(run.stderr.hasSuffix("[unreadable-event]\n"))
        }
        let show = try Executable.caseledger.run(["case", "show", "C-1002", "--ledger", ledger])
        #expect(show.exitCode == 3)
        #expect(show.stderr.contains("event seq \(seq) of case C-1002 (referralReceived, schema 1) cannot be read: field `actingRole`: is missing"))
        // Another case reads as before; the poisoned one as known before the poison was recorded.
        #expect(try audit.run(["trail", "C-1001", "--ledger", ledger]).exitCode == 0)
        #expect(try audit.run(["trail", "C-1002", "--ledger", ledger, "--as-known-at", "2026-07-01"]).exitCode == 0)
        #expect(try Executable.caseledger.run(["case", "show", "C-1002", "--ledger", ledger, "--as-known-at", "2026-07-01"]).exitCode == 0)
        #expect(try audit.run(["diff", "C-1002", "--ledger", ledger, "--from", "2025-08-01", "--to", "2027-01-01"]).exitCode == 0)
    }
}
