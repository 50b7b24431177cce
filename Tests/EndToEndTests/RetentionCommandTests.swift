import Foundation
import LedgerJSON
import Testing

// issue 17: retention
/// `caseledger retention review` and `apply` on a copy of the demo ledger whose council has
/// published a configuration with retention periods of one day after closure: Mr D's case
/// (C-1006), closed in July 2026, is then due; the other five are open.
@Suite("caseledger retention review and apply")
struct RetentionCommandTests {
    /// A demo ledger with the short retention periods published today.
    static func dueLedger(_ dir: TemporaryDirectory) throws -> String {
        let ledger = dir.child("demo")
        let demo = try Executable.caseledger.run(["demo", ledger])
        #expect(demo.exitCode == 0, "\(demo.stderr)")
        let file = try String(contentsOfFile: repositoryRoot + "/events/config/england-2026.json", encoding: .utf8)
        guard case .object(var document) = try JSONParser.parse(file), case .object(var configuration)? = document["configuration"] else {
            Issue.record("the England configuration is not an object")
            return ledger
        }
        let period: JSONValue = ["period": "1 day", "from": "closure", "source": "a test schedule"]
        configuration["retentionPeriods"] = ["adultCase": period, "carersCase": period, "initialContact": period, "complaint": period, "safeguarding": period]
        document["configuration"] = .object(configuration)
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        document["effectiveFrom"] = .string(today)
        let json = dir.child("short-retention.json")
        try JSONValue.object(document).prettyPrinted().write(toFile: json, atomically: false, encoding: .utf8)
        let publish = try Executable.caseledger.run(["config", "publish", "--ledger", ledger, "--json", json, "--as", "S-9", "--clock-jump", "the demo ledger was last used months ago"])
        #expect(publish.exitCode == 0, "\(publish.stderr)")
        return ledger
    }

    @Test func reviewListsTheCaseDueAndTheOpenOnesInEveryFormatAndWritesNothing() throws {
        let dir = TemporaryDirectory()
        let ledger = try Self.dueLedger(dir)
        let before = snapshot(of: ledger)
        let text = try Executable.caseledger.run(["retention", "review", "--ledger", ledger])
        #expect(text.exitCode == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Due for erasure (1)"))
        #expect(text.stdout.contains("C-1006 — Standing: due for erasure since"))
        #expect(text.stdout.contains("adult case: 1 day after closure"))
        #expect(text.stdout.contains("Open (5)"))
        let json = try JSONParser.parse(try Executable.caseledger.run(["retention", "review", "--ledger", ledger, "-f", "json"]).stdout)
        let due = json["cases"]?.arrayValue?.filter { $0["standing"] == "due" }.compactMap { $0["caseId"]?.stringValue }
        #expect(due == ["C-1006"])
        let csv = try Executable.caseledger.run(["retention", "review", "--ledger", ledger, "-f", "csv"]).stdout
        #expect(csv.hasPrefix("\u{FEFF}\"row_type\",\"case_id\",\"standing\",\"record_kind\",\"from\",\"due\",\"rule\",\"holds\",\"erased_on\",\"status\""))
        #expect(csv.contains("\"case\",\"C-1006\",\"due\",\"adultCase\""))
        let md = try Executable.caseledger.run(["retention", "review", "--ledger", ledger, "-f", "md"]).stdout
        #expect(md.hasPrefix("# Retention review"))
        let html = try Executable.caseledger.run(["retention", "review", "--ledger", ledger, "-f", "html"]).stdout
        #expect(html.contains("<html") && html.contains("C-1006"))
        #expect(snapshot(of: ledger) == before)
    }

    @Test func applyBySomeoneWithoutTheAuthorityIsRefusedAndChangesNothingByteForByte() throws {
        let dir = TemporaryDirectory()
        let ledger = try Self.dueLedger(dir)
        let before = snapshot(of: ledger)
        let run = try Executable.caseledger.run(["retention", "apply", "--ledger", ledger, "--as", "S-1", "--actingRole", "socialWorker"])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("case C-1006"), "\(run.stderr)")
        #expect(run.stderr.contains("decision-role-not-allowed"), "\(run.stderr)")
        #expect(snapshot(of: ledger) == before)
    }

    @Test func applyRecordsTheErasureDecisionThenReviewSaysErasedAndTheTrailShowsIt() throws {
        let dir = TemporaryDirectory()
        let ledger = try Self.dueLedger(dir)
        let run = try Executable.caseledger.run(["retention", "apply", "--ledger", ledger, "--as", "S-2"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("recorded erasureAuthorised on C-1006: seq "))
        #expect(run.stdout.contains(" part(s) of ") && run.stdout.contains("the chain and the Merkle tree are unchanged"), "\(run.stdout)")
        let stream = try Executable.caseledger.run(["stream", "C-1006", "--ledger", ledger]).stdout
        let lines = try stream.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        let last = try #require(lines.last)
        #expect(last["type"] == "erasureAuthorised")
        let erases = try #require(last["data"]?["erases"]?.arrayValue)
        #expect(!erases.isEmpty)
        #expect(erases.allSatisfy { $0["parts"]?.arrayValue?.contains("/actingRole") == false })
        // The bytes went: every earlier event of the case keeps only what its type declares kept
        // (the acting role and the effective date), and the log still verifies, for the Swift
        // verifier and the independent one, with the same events before the decision.
        for line in lines.dropLast() {
            let kept = Set(line["data"]?.objectValue?.keys.map { $0 } ?? [])
            #expect(kept.isSubset(of: ["actingRole", "effectiveDate"]), "\(line["type"] ?? .null): \(kept.sorted())")
        }
        #expect(try pythonVerify(ledger).exitCode == 0)
        let review = try Executable.caseledger.run(["retention", "review", "--ledger", ledger]).stdout
        #expect(review.contains("Erased (1)"))
        let again = try Executable.caseledger.run(["retention", "apply", "--ledger", ledger, "--as", "S-2"])
        #expect(again.stdout.contains("no case is due for erasure"))
        let verify = try Executable.caseledger.run(["verify", "--ledger", ledger])
        #expect(verify.exitCode == 0, "\(verify.stderr)")
    }

    // issue 17: mirror17 — the court-order path removes the bytes in the same command.
    @Test func anErasureRecordedOnACourtOrderRemovesTheBytesInTheSameCommand() throws {
        let dir = TemporaryDirectory()
        let ledger = try Self.dueLedger(dir)
        let segments = { () -> Data in
            (try? FileManager.default.contentsOfDirectory(atPath: ledger))?.filter { $0.hasPrefix("segment-") }.sorted()
                .reduce(into: Data()) { $0 += FileManager.default.contents(atPath: ledger + "/" + $1) ?? Data() } ?? Data()
        }
        // Mr D's referrer's name is in the demo ledger once, in C-1006's referral.
        let referrer = Data("a neighbour at number 12".utf8)
        #expect(segments().range(of: referrer) != nil)
        let run = try Executable.caseledger.run([
            "record", "authoriseErasure", "--ledger", ledger, "--case", "C-1006", "--as", "S-2", "--actingRole", "teamManager",
            "--basis", "courtOrder", "--courtOrder", "Re D (a test order) [2026] EWCOP 1", "--reasons", "the court ordered the records erased",
        ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("recorded erasureAuthorised on C-1006: seq "), "\(run.stdout)")
        #expect(run.stdout.contains(" part(s) of ") && run.stdout.contains("the chain and the Merkle tree are unchanged"), "\(run.stdout)")
        // The bytes went in that command: no retention apply was run.
        #expect(segments().range(of: referrer) == nil)
        let stream = try Executable.caseledger.run(["stream", "C-1006", "--ledger", ledger]).stdout
        let lines = try stream.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        #expect(lines.last?["type"] == "erasureAuthorised")
        for line in lines.dropLast() {
            let kept = Set(line["data"]?.objectValue?.keys.map { $0 } ?? [])
            #expect(kept.isSubset(of: ["actingRole", "effectiveDate"]), "\(line["type"] ?? .null): \(kept.sorted())")
        }
        #expect(try Executable.caseledger.run(["verify", "--ledger", ledger]).exitCode == 0)
        #expect(try pythonVerify(ledger).exitCode == 0)
        // Nothing is left for retention apply to remove.
        let apply = try Executable.caseledger.run(["retention", "apply", "--ledger", ledger, "--as", "S-2", "--format", "json"])
        #expect(apply.exitCode == 0, "\(apply.stderr)")
        #expect(try JSONParser.parse(apply.stdout)["erased"] == .array([]), "\(apply.stdout)")
    }

    @Test func anErasureRecordedWithoutTheAuthorityIsRefusedAndChangesNothingByteForByte() throws {
        let dir = TemporaryDirectory()
        let ledger = try Self.dueLedger(dir)
        let before = snapshot(of: ledger)
        let run = try Executable.caseledger.run([
            "record", "authoriseErasure", "--ledger", ledger, "--case", "C-1006", "--as", "S-1", "--actingRole", "socialWorker",
            "--basis", "courtOrder", "--courtOrder", "Re D (a test order) [2026] EWCOP 1",
        ])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("decision-role-not-allowed"), "\(run.stderr)")
        #expect(snapshot(of: ledger) == before)
    }

    // issue 17: mirror17 — an erasure reaches the off-site copy.
    @Test func aMirrorMadeBeforeACourtOrderedErasureIsErasedTooByTheNextMirrorRun() throws {
        let dir = TemporaryDirectory()
        let ledger = try Self.dueLedger(dir)
        let mirror = dir.child("offsite")
        let first = try Executable.caseledger.run(["mirror", "--ledger", ledger, "--to", mirror])
        #expect(first.exitCode == 0, "\(first.stderr)")
        let referrer = Data("a neighbour at number 12".utf8)
        let holds = { (d: String) in snapshot(of: d).values.contains { $0.range(of: referrer) != nil } }
        #expect(holds(mirror))
        let erase = try Executable.caseledger.run([
            "record", "authoriseErasure", "--ledger", ledger, "--case", "C-1006", "--as", "S-2", "--actingRole", "teamManager",
            "--basis", "courtOrder", "--courtOrder", "Re D (a test order) [2026] EWCOP 1",
        ])
        #expect(erase.exitCode == 0, "\(erase.stderr)")
        let second = try Executable.caseledger.run(["mirror", "--ledger", ledger, "--to", mirror])
        #expect(second.exitCode == 0, "\(second.stderr)")
        #expect(second.stdout.contains("carried the ledger's erasure of "), "\(second.stdout)")
        #expect(!holds(mirror))
        let logFiles = { (d: String) in snapshot(of: d).filter { $0.key.hasPrefix("segment-") || $0.key == "ledger.json" } }
        #expect(logFiles(mirror) == logFiles(ledger))
        #expect(try Executable.caseledger.run(["verify", "--ledger", mirror]).exitCode == 0)
        #expect(try pythonVerify(mirror).exitCode == 0)
        let full = try Executable.caseledger.run(["mirror", "--ledger", ledger, "--to", mirror, "--full"])
        #expect(full.exitCode == 0, "\(full.stderr)")
    }
}
