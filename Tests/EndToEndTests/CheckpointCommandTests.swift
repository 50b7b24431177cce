import CaseDemo
import CaseLedgerTestSupport
import Foundation
import Testing

/// `--checkpoint FILE` on `caseload` and `compliance` as a person runs them: the file is written
/// outside the ledger, read back (quietly) on the next run, shared by the two commands, and
/// discarded — said so on standard error — when it belongs to another ledger or is not a
/// checkpoint; never with `--as-known-at`.
@Suite struct CheckpointCommandTests {
    let audit = Executable.audit
    let tmp = TemporaryDirectory()

    init() throws {
        try SyntheticCaseload.write(to: tmp.child("a"), cases: 40, seed: 1)
        try SyntheticCaseload.write(to: tmp.child("b"), cases: 40, seed: 2)
    }

    @Test func aCheckpointIsWrittenReadBackAndGivesTheSameReports() throws {
        let cp = tmp.child("oversight.jsonl")
        let before = snapshot(of: tmp.child("a"))
        let first = try audit.run(["caseload", "--ledger", tmp.child("a"), "--on", "2026-11-01", "--format", "csv", "--checkpoint", cp])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty)
        #expect(FileManager.default.fileExists(atPath: cp))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cp)).starts(with: Array("CLOVCP03".utf8)))
        let again = try audit.run(["caseload", "--ledger", tmp.child("a"), "--on", "2026-11-01", "--format", "csv", "--checkpoint", cp])
        // issue 18: fastload. The same rows; the integrity statement says it was made from the checkpoint.
        #expect(Self.body(again.stdout) == Self.body(first.stdout))
        #expect(again.stdout.contains("Made from the oversight checkpoint \(cp)"))
        #expect(again.stderr.isEmpty, "a matching checkpoint is read quietly (and no progress bar when stderr is not a terminal)")
        let whole = try audit.run(["caseload", "--ledger", tmp.child("a"), "--on", "2026-11-01", "--format", "csv", "--checkpoint", cp, "--verify-whole"])
        #expect(whole.stdout == first.stdout, "--verify-whole verifies the whole ledger, as without a checkpoint")
        let plain = try audit.run(["caseload", "--ledger", tmp.child("a"), "--on", "2026-11-01", "--format", "csv"])
        #expect(plain.stdout == first.stdout)
        let compliance = try audit.run(["compliance", "--ledger", tmp.child("a"), "--format", "csv", "--checkpoint", cp])
        let fromScratch = try audit.run(["compliance", "--ledger", tmp.child("a"), "--format", "csv"])
        #expect(Self.body(compliance.stdout) == Self.body(fromScratch.stdout))
        #expect(!compliance.stderr.contains("discarded"))
        #expect(snapshot(of: tmp.child("a")) == before, "the audit tool never writes in the ledger")
    }

    @Test func anotherLedgersOrABrokenCheckpointIsDiscardedAndSaidSo() throws {
        let cp = tmp.child("oversight.jsonl")
        #expect(try audit.run(["caseload", "--ledger", tmp.child("a"), "--checkpoint", cp]).exitCode == 0)
        let other = try audit.run(["caseload", "--ledger", tmp.child("b"), "--format", "csv", "--checkpoint", cp])
        #expect(other.exitCode == 0)
        #expect(other.stderr.contains("checkpoint \(cp) discarded"), "\(other.stderr)")
        #expect(other.stdout == (try audit.run(["caseload", "--ledger", tmp.child("b"), "--format", "csv"])).stdout)
        try Data("not a checkpoint\n".utf8).write(to: URL(fileURLWithPath: cp))
        let broken = try audit.run(["compliance", "--ledger", tmp.child("b"), "--checkpoint", cp])
        #expect(broken.stderr.contains("discarded: not a caseledger oversight checkpoint"), "\(broken.stderr)")
        #expect(try audit.run(["caseload", "--ledger", tmp.child("b"), "--as-known-at", "2026-01-01", "--checkpoint", cp]).exitCode == 64)
        #expect(try audit.run(["compliance", "--ledger", tmp.child("b"), "--as-known-at", "2026-01-01", "--checkpoint", cp]).exitCode == 64)
    }

    // issue 18: fastload
    /// A checkpoint saved by a run over the ledger as it stood 25 events earlier (a copy of its
    /// first events), then used over the whole ledger: only the 25 events after it are verified,
    /// and caseload and compliance are the same as with the whole ledger verified and rebuilt.
    @Test func fromAnEarlierCheckpointOnlyTheEventsAfterItAreVerifiedAndTheReportsAreTheSame() throws {
        let head = try Self.headSeq(tmp.child("a"))
        let at = try LedgerPrefix.copy(tmp.child("a"), to: tmp.child("earlier"), through: head - 25)
        #expect(at > head - 60)
        for command in ["caseload", "compliance"] {
            let cp = tmp.child("\(command).cp")
            let earlier = try audit.run([command, "--ledger", tmp.child("earlier"), "--format", "csv", "--checkpoint", cp])
            #expect(earlier.exitCode <= 1, "\(earlier.stderr)")
            let fast = try audit.run([command, "--ledger", tmp.child("a"), "--format", "json", "--checkpoint", cp])
            #expect(fast.exitCode <= 1 && !fast.stderr.contains("discarded"), "\(fast.stderr)")
            let full = try audit.run([command, "--ledger", tmp.child("a"), "--format", "json"])
            let f = try JSONSerialization.jsonObject(with: Data(fast.stdout.utf8)) as! [String: Any]
            let w = try JSONSerialization.jsonObject(with: Data(full.stdout.utf8)) as! [String: Any]
            #expect(NSDictionary(dictionary: f.filter { $0.key != "integrity" }) == NSDictionary(dictionary: w.filter { $0.key != "integrity" }))
            let integrity = try #require(f["integrity"] as? [String: Any])
            let checked = try #require(integrity["checkedAgainstCheckpoint"] as? [String: Any])
            #expect(checked["headSeq"] as? Int == Int(at))
            #expect(checked["eventsSince"] as? Int == Int(head - at))
            #expect(integrity["eventsVerified"] as? Int == Int(head - at))
            #expect((integrity["statement"] as? [String])?.joined().contains("seqs \(at + 1) to \(head) (\(head - at) events) were re-hashed") == true)
        }
    }

    /// The ledger changed under the checkpoint: its head event replaced (another history), or an
    /// earlier event of a case worked out again broken. The checkpoint is not trusted: one line on
    /// standard error says so and the whole ledger is verified, which gives the same report as
    /// without a checkpoint, or no report and the place of the damage.
    @Test func aLedgerChangedUnderTheCheckpointIsCaughtNotTrusted() throws {
        let head = try Self.headSeq(tmp.child("a"))
        try LedgerPrefix.copy(tmp.child("a"), to: tmp.child("earlier"), through: head - 25)
        let cp = tmp.child("c.cp")
        #expect(try audit.run(["caseload", "--ledger", tmp.child("earlier"), "--format", "csv", "--checkpoint", cp]).exitCode == 0)
        let saved = try Data(contentsOf: URL(fileURLWithPath: cp))
        // Another ledger at that seq (b): discarded, the whole of b verified, the same as without a checkpoint.
        let other = try audit.run(["caseload", "--ledger", tmp.child("b"), "--format", "csv", "--checkpoint", cp])
        #expect(other.stderr.contains("checkpoint \(cp) discarded"), "\(other.stderr)")
        #expect(other.stdout == (try audit.run(["caseload", "--ledger", tmp.child("b"), "--format", "csv"])).stdout)
        // The staff register's first line (which every caseload reads) in a copy of a, one letter changed: no report.
        try FileManager.default.copyItem(atPath: tmp.child("a"), toPath: tmp.child("broken"))
        var line = try LedgerPrefix.line(seq: 1, in: tmp.child("broken"))
        #expect(String(decoding: line, as: UTF8.self).contains("\"stream\":\"staff\""))
        guard let k = line.lastIndex(of: UInt8(ascii: "e")) else {
            Issue.record("the staff register's first line has no letter e")
            return
        }
        line[k] = UInt8(ascii: "f")
        try LedgerPrefix.replace(seq: 1, in: tmp.child("broken"), with: line, keepingIndex: true)
        try saved.write(to: URL(fileURLWithPath: cp))
        let broken = try audit.run(["caseload", "--ledger", tmp.child("broken"), "--format", "csv", "--checkpoint", cp])
        #expect(broken.exitCode != 0)
        #expect(broken.stderr.contains("checkpoint \(cp) discarded"), "\(broken.stderr)")
        #expect(broken.stderr.contains("seq 1"), "the whole verification names the damage: \(broken.stderr)")
        #expect(!broken.stdout.contains("integrity"), "no report from a ledger that does not verify")
    }

    // issue 18: fast18
    /// The checkpoint is saved on another thread while the report is rendered; a checkpoint that
    /// cannot be saved still stops the command before any report is written.
    @Test func aCheckpointThatCannotBeSavedStopsTheCommandBeforeTheReport() throws {
        // A missing directory stands for a disk that refuses the save.
        let missing = tmp.child("missing/cp.bin")
        for command in ["caseload", "compliance"] {
            let run = try audit.run([command, "--ledger", tmp.child("a"), "--format", "csv", "--checkpoint", missing])
            #expect(run.exitCode == 3, "\(command): \(run.stderr)")
            #expect(run.stdout.isEmpty, "no report when its checkpoint could not be saved")
            #expect(run.stderr.contains("could not write the report to \(missing)"), "\(run.stderr)")
        }
    }

    // issue 18: the report and the checkpoint never share a file.
    /// `-o` naming the checkpoint or its delta (by the same name, another path to it, or a link
    /// to it) is refused before any work: the report would replace the projection saved there.
    /// The checkpoint, its delta and the ledger are left byte for byte as they were.
    @Test func aReportIsNeverWrittenOverItsCheckpointOrItsDelta() throws {
        let dir = tmp.child("cps")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
        let cp = dir + "/oversight.bin"
        #expect(try audit.run(["caseload", "--ledger", tmp.child("a"), "--checkpoint", cp]).exitCode == 0)
        #expect(try audit.run(["caseload", "--ledger", tmp.child("a"), "--checkpoint", cp]).exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: cp + ".delta"), "a run from the checkpoint saves its delta")
        try FileManager.default.createSymbolicLink(atPath: tmp.child("link.csv"), withDestinationPath: cp)
        let before = snapshot(of: dir), ledgerBefore = snapshot(of: tmp.child("a"))
        for command in ["caseload", "compliance"] {
            for output in [cp, cp + ".delta", dir + "/../cps/oversight.bin", tmp.child("link.csv")] {
                let run = try audit.run([command, "--ledger", tmp.child("a"), "--format", "csv", "--checkpoint", cp, "-o", output])
                #expect(run.exitCode == 64, "\(command) -o \(output): \(run.stderr)")
                #expect(run.stderr.contains("the report would be written over the projection saved there"), "\(run.stderr)")
                #expect(snapshot(of: dir) == before, "\(command) -o \(output) changed the checkpoint")
            }
        }
        #expect(snapshot(of: tmp.child("a")) == ledgerBefore)
        let elsewhere = try audit.run(["compliance", "--ledger", tmp.child("a"), "--format", "csv", "--checkpoint", cp, "-o", dir + "/report.csv"])
        #expect(elsewhere.exitCode <= 1, "0 or 1 (findings to act on): \(elsewhere.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir + "/report.csv"), "a report beside the checkpoint is fine")
    }

    // issue 18: fast18b
    /// The CSV written in pieces as it is rendered is the same to standard output and to a file
    /// (`-o`, written whole or not at all), from a checkpoint and from the ledger read whole.
    @Test func theCSVWrittenInPiecesIsTheSameToStandardOutputAndToAFile() throws {
        for command in ["caseload", "compliance"] {
            let on = command == "caseload" ? ["--on", "2026-11-01"] : []
            let cp = tmp.child("\(command)-cp.bin"), file = tmp.child("\(command).csv")
            let first = try audit.run([command, "--ledger", tmp.child("a")] + on + ["--format", "csv", "--checkpoint", cp])
            let toFile = try audit.run([command, "--ledger", tmp.child("a")] + on + ["--format", "csv", "--checkpoint", cp, "-o", file])
            let toOutput = try audit.run([command, "--ledger", tmp.child("a")] + on + ["--format", "csv", "--checkpoint", cp])
            let plain = try audit.run([command, "--ledger", tmp.child("a")] + on + ["--format", "csv"])
            #expect(first.exitCode == toOutput.exitCode && toFile.exitCode == toOutput.exitCode, "\(command): \(toFile.stderr)")
            #expect(toFile.stdout.isEmpty)
            let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)  // the byte order mark kept
            #expect(written == toOutput.stdout, "\(command): the file holds what standard output gets")
            #expect(Self.body(written) == Self.body(plain.stdout), "\(command): the same rows as from the ledger read whole")
            #expect(written.hasPrefix("\u{FEFF}") && written.contains("\"integrity\","))
        }
    }

    // issue 18: delta18
    /// A run from the checkpoint saves only a delta beside it (the base untouched); the next run
    /// reads the two together, quietly, with the same reports as the whole ledger verified and
    /// rebuilt. A damaged delta, or one beside a base it was not saved against, is discarded and
    /// said so, the projection rebuilt, and the checkpoint saved whole again (the delta removed).
    /// A delta that cannot be saved stops the command before any report.
    @Test func aRunFromTheCheckpointSavesADeltaReadBackWithItsBaseOnly() throws {
        let head = try Self.headSeq(tmp.child("a"))
        try LedgerPrefix.copy(tmp.child("a"), to: tmp.child("earlier"), through: head - 10)
        let cp = tmp.child("d.cp"), delta = cp + ".delta"
        let full = try audit.run(["compliance", "--ledger", tmp.child("a"), "--format", "csv"])
        func run() throws -> (stdout: String, stderr: String, exitCode: Int32) {
            let r = try audit.run(["compliance", "--ledger", tmp.child("a"), "--format", "csv", "--checkpoint", cp])
            #expect(r.exitCode == full.exitCode, "\(r.stderr)")
            return (r.stdout, r.stderr, r.exitCode)
        }
        #expect(try audit.run(["compliance", "--ledger", tmp.child("earlier"), "--format", "csv", "--checkpoint", cp]).exitCode <= 1)
        #expect(!FileManager.default.fileExists(atPath: delta))
        let base = try Data(contentsOf: URL(fileURLWithPath: cp))
        let first = try run()
        #expect(!first.stderr.contains("discarded"), "\(first.stderr)")
        #expect(Self.body(first.stdout) == Self.body(full.stdout))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cp)) == base, "the base is not written again")
        let saved = try Data(contentsOf: URL(fileURLWithPath: delta))
        #expect(saved.starts(with: Array("CLOVCD03".utf8)) && saved.count * 4 < base.count)
        let again = try run()
        #expect(!again.stderr.contains("discarded"), "base and delta are read quietly: \(again.stderr)")
        #expect(Self.body(again.stdout) == Self.body(full.stdout))
        #expect(again.stdout.contains("Made from the oversight checkpoint \(cp)"))
        // A delta changed in one byte: discarded, rebuilt, saved whole, the delta gone.
        var changed = saved
        changed[changed.count / 2] ^= 0x20
        try changed.write(to: URL(fileURLWithPath: delta))
        let damaged = try run()
        #expect(damaged.stderr.contains("checkpoint \(cp) discarded: its delta is unreadable"), "\(damaged.stderr)")
        #expect(Self.body(damaged.stdout) == Self.body(full.stdout))
        #expect(!FileManager.default.fileExists(atPath: delta))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cp)) != base, "saved whole at the head")
        // The first delta beside the base written since: not its base, discarded.
        try saved.write(to: URL(fileURLWithPath: delta))
        let foreign = try run()
        #expect(foreign.stderr.contains("saved against another checkpoint"), "\(foreign.stderr)")
        #expect(Self.body(foreign.stdout) == Self.body(full.stdout))
        #expect(!FileManager.default.fileExists(atPath: delta))
        // A delta that cannot be saved (a directory in its place): no report.
        _ = try run()
        try FileManager.default.removeItem(atPath: delta)
        try FileManager.default.createDirectory(atPath: delta + "/x", withIntermediateDirectories: true)
        let unsaved = try audit.run(["compliance", "--ledger", tmp.child("a"), "--format", "csv", "--checkpoint", cp])
        #expect(unsaved.exitCode == 3, "\(unsaved.stderr)")
        #expect(unsaved.stdout.isEmpty, "no report when its checkpoint could not be saved")
        #expect(unsaved.stderr.contains("could not write the report to \(delta)"), "\(unsaved.stderr)")
    }

    // issue 18: fold18
    /// One checkpoint shared by `caseload` and `compliance`: a caseload run from it leaves the
    /// findings of the cases it works out again pending, and the next compliance run works them
    /// out, with the same rows as from scratch; a version 2 checkpoint (before the flag) is
    /// discarded, said so, and saved again as version 3.
    @Test func aCaseloadRunLeavesFindingsPendingThatTheNextComplianceRunWorksOut() throws {
        let head = try Self.headSeq(tmp.child("a"))
        _ = try LedgerPrefix.copy(tmp.child("a"), to: tmp.child("earlier"), through: head - 25)
        let cp = tmp.child("shared.cp")
        #expect(try audit.run(["caseload", "--ledger", tmp.child("earlier"), "--format", "csv", "--checkpoint", cp]).exitCode == 0)
        let caseload = try audit.run(["caseload", "--ledger", tmp.child("a"), "--format", "csv", "--checkpoint", cp])
        #expect(caseload.exitCode == 0 && caseload.stderr.isEmpty, "\(caseload.stderr)")
        let plainCaseload = try audit.run(["caseload", "--ledger", tmp.child("a"), "--format", "csv"])
        #expect(Self.body(caseload.stdout) == Self.body(plainCaseload.stdout))
        let compliance = try audit.run(["compliance", "--ledger", tmp.child("a"), "--format", "csv", "--checkpoint", cp])
        #expect(compliance.exitCode <= 1 && !compliance.stderr.contains("discarded"), "\(compliance.stderr)")
        let plainCompliance = try audit.run(["compliance", "--ledger", tmp.child("a"), "--format", "csv"])
        #expect(Self.body(compliance.stdout) == Self.body(plainCompliance.stdout))
        // The same checkpoint as version 2: discarded, the same report, saved again as version 3.
        try? FileManager.default.removeItem(atPath: cp + ".delta")
        var old = try Data(contentsOf: URL(fileURLWithPath: cp))
        old.replaceSubrange(0..<8, with: Array("CLOVCP02".utf8))
        try old.write(to: URL(fileURLWithPath: cp))
        let again = try audit.run(["compliance", "--ledger", tmp.child("a"), "--format", "csv", "--checkpoint", cp])
        #expect(again.stderr.contains("checkpoint \(cp) discarded: format version 2, this tool reads version 3; rebuilt from scratch"), "\(again.stderr)")
        #expect(Self.body(again.stdout) == Self.body(plainCompliance.stdout))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cp)).starts(with: Array("CLOVCP03".utf8)))
    }

    /// The CSV without its integrity row.
    static func body(_ csv: String) -> String {
        csv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).filter { !$0.hasPrefix("\"integrity\",") }.joined(separator: "\n")
    }

    /// The seq of the ledger's last event (its lines, counted).
    static func headSeq(_ ledger: String) throws -> Int64 {
        let names = try FileManager.default.contentsOfDirectory(atPath: ledger).filter { $0.hasPrefix("segment-") }.sorted()
        let last = try #require(names.last)
        let first = try #require(Int64(last.dropFirst(8).dropLast(6)))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: ledger + "/" + last))
        return first + Int64(bytes.filter { $0 == 0x0A }.count) - 1
    }
}
