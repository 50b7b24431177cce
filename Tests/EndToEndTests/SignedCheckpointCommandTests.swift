import Foundation
import LedgerJSON
import LedgerStore
import Testing

/// `caseledger checkpoint`, `caseledger-audit witness` and `caseledger-audit check-fork` as a
/// council and its witness run them, with keys made by the `openssl` command.
@Suite struct SignedCheckpointCommandTests {
    let tmp = TemporaryDirectory()
    var ledger: String { tmp.child("ledger") }
    var state: String { tmp.child("witness-state") }

    init() throws {
        try Self.writeLedger(at: tmp.child("ledger"), count: 6)
        for name in ["log", "witness"] {
            try Self.openssl(["genpkey", "-algorithm", "ed25519", "-out", tmp.child("\(name).pem")])
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: tmp.child("\(name).pem"))
        }
    }

    /// Appends events 1…`count` (event `changed` with another note) to the ledger at `path`, at fixed times.
    static func writeLedger(at path: String, count: Int, changed: Int? = nil) throws {
        let ledger = FileManager.default.fileExists(atPath: path) ? try Ledger.open(at: path, mode: .readWrite) : try Ledger.create(at: path)
        for n in Int(ledger.headSeq) + 1...count {
            let payload: JSONValue = ["n": .integer(Int64(n)), "note": .string(n == changed ? "rewritten" : "as recorded")]
            try ledger.append([NewEvent(id: EventID(high: 0x4000, low: 0x8000_0000_0000_0000 | UInt64(n)), stream: "N-\(n % 2)", type: "noteAdded", actor: "S-17", payload: payload)],
                              clock: { Timestamp(microsecondsSinceEpoch: 1_780_000_000_000_000 + Int64(n) * 1_000_000) })
        }
    }

    static func openssl(_ arguments: [String]) throws {
        let run = try Executable(path: "/usr/bin/env").run(["openssl"] + arguments)
        #expect(run.exitCode == 0, "openssl \(arguments): \(run.stderr)")
    }

    func checkpoint(_ extra: [String] = []) throws -> Executable.Run {
        try Executable.caseledger.run(["checkpoint", "--ledger", ledger, "--key", tmp.child("log.pem")] + extra)
    }

    func witness(_ extra: [String] = []) throws -> Executable.Run {
        try Executable.audit.run(["witness", "--ledger", ledger, "--state", state, "--key", tmp.child("witness.pem"), "--log-key", tmp.child("log.vkey")] + extra)
    }

    /// Signs the first checkpoint and publishes the log key to `log.vkey`, as the council would.
    func firstCheckpoint() throws {
        let run = try checkpoint(["--origin", "council.example/caseledger"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let key = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("log key: ") }).dropFirst("log key: ".count)
        try Data((key + "\n").utf8).write(to: URL(fileURLWithPath: tmp.child("log.vkey")))
    }

    @Test func theCouncilSignsTheWitnessCosignsAndTheCosignatureIsStored() throws {
        try firstCheckpoint()
        let first = try witness(["--name", "ombudsman.example/witness", "--out", tmp.child("cosigned.note")])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stdout.contains("first use"))
        let add = try Executable.caseledger.run(["checkpoint", "--ledger", ledger, "--add-cosignature", tmp.child("cosigned.note"), "--witness-key", state + "/witness.vkey"])
        #expect(add.exitCode == 0, "\(add.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: ledger + "/checkpoints").sorted()
        #expect(names.count == 3 && names[0].hasPrefix("checkpoint-0000000000000006.cosigned-") && names[1] == "checkpoint-0000000000000006.note")
        // The ledger grows; the next checkpoint is cosigned after a consistency proof.
        try Self.writeLedger(at: ledger, count: 11)
        #expect(try checkpoint().exitCode == 0)
        let second = try witness(["--out", tmp.child("cosigned-2.note")])
        #expect(second.exitCode == 0, "\(second.stderr)")
        #expect(second.stdout.contains("at size 11 (consistent with size 6"))
    }

    @Test func aWorldReadableKeyIsRefusedAndNothingIsWritten() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: tmp.child("log.pem"))
        let before = snapshot(of: ledger)
        let run = try checkpoint(["--origin", "council.example/caseledger"])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("chmod 600") && run.stderr.contains("[key-readable-by-others]"), "\(run.stderr)")
        #expect(snapshot(of: ledger) == before)
    }

    @Test func aLedgerThatDoesNotVerifyIsNotSigned() throws {
        let segment = ledger + "/segment-0000000000000001.jsonl"
        var text = try String(contentsOfFile: segment, encoding: .utf8)
        let range = try #require(text.range(of: "as recorded"))
        text.replaceSubrange(range, with: "as recordeD")
        try Data(text.utf8).write(to: URL(fileURLWithPath: segment))
        let before = snapshot(of: ledger)
        let run = try checkpoint(["--origin", "council.example/caseledger"])
        #expect(run.exitCode == 3 && run.stderr.contains("[ledger-damaged]"), "\(run.stderr)")
        #expect(snapshot(of: ledger) == before)
    }

    @Test func theFirstCheckpointNeedsAnOriginAndLaterOnesKeepIt() throws {
        let before = snapshot(of: ledger)
        let run = try checkpoint()
        #expect(run.exitCode == 3 && run.stderr.contains("[checkpoint-origin-needed]"), "\(run.stderr)")
        #expect(snapshot(of: ledger) == before)
        try firstCheckpoint()
        try Self.writeLedger(at: ledger, count: 7)
        let afterFirst = snapshot(of: ledger)
        let other = try checkpoint(["--origin", "council.example/other"])
        #expect(other.exitCode == 3 && other.stderr.contains("[checkpoint-origin-changed]"), "\(other.stderr)")
        try Self.openssl(["genpkey", "-algorithm", "ed25519", "-out", tmp.child("new.pem")])
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: tmp.child("new.pem"))
        let newKey = try Executable.caseledger.run(["checkpoint", "--ledger", ledger, "--key", tmp.child("new.pem")])
        #expect(newKey.exitCode == 3 && newKey.stderr.contains("[checkpoint-key-changed]"), "\(newKey.stderr)")
        #expect(snapshot(of: ledger) == afterFirst)
        let rotated = try Executable.caseledger.run(["checkpoint", "--ledger", ledger, "--key", tmp.child("new.pem"), "--rotate-key"])
        #expect(rotated.exitCode == 0 && rotated.stdout.contains("give every witness the new log key"), "\(rotated.stderr)")
    }

    @Test func theRewriteAttackAfterACosignedCheckpointIsCaughtByTheWitnessAndTheEvidenceChecks() throws {
        try firstCheckpoint()
        #expect(try witness(["--name", "ombudsman.example/witness", "--out", tmp.child("cosigned.note")]).exitCode == 0)
        // Whoever holds the files rewrites event 3, recomputes every hash after it, and signs anew.
        try Self.writeLedger(at: tmp.child("rewritten"), count: 8, changed: 3)
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: ledger) where name.hasPrefix("segment-") || name == "index" || name == "checkpoints" {
            try manager.removeItem(atPath: ledger + "/" + name)
        }
        for name in try manager.contentsOfDirectory(atPath: tmp.child("rewritten")) where name.hasPrefix("segment-") {
            try manager.copyItem(atPath: tmp.child("rewritten") + "/" + name, toPath: ledger + "/" + name)
        }
        #expect(try Executable.caseledger.run(["verify", "--ledger", ledger]).exitCode == 0)  // the chain agrees with itself
        #expect(try checkpoint(["--origin", "council.example/caseledger"]).exitCode == 0)
        let stateBefore = snapshot(of: state).filter { !$0.key.hasPrefix("evidence") }
        let refused = try witness(["--out", tmp.child("cosigned-2.note")])
        #expect(refused.exitCode == 3)
        #expect(refused.stderr.contains("[witness-inconsistent]") && refused.stderr.contains("the log forked"), "\(refused.stderr)")
        #expect(snapshot(of: state).filter { !$0.key.hasPrefix("evidence") } == stateBefore)
        #expect(!manager.fileExists(atPath: tmp.child("cosigned-2.note")))
        let evidence = try #require(try manager.contentsOfDirectory(atPath: state + "/evidence").first)
        let check = try Executable.audit.run(["check-fork", state + "/evidence/" + evidence, "--log-key", tmp.child("log.vkey")])
        #expect(check.exitCode == 0, "\(check.stderr)")
        #expect(check.stdout.contains("the evidence holds (inconsistent)") && check.stdout.contains("a fork"), "\(check.stdout)")
        // With any other key, the evidence proves nothing.
        try Self.openssl(["genpkey", "-algorithm", "ed25519", "-out", tmp.child("other.pem")])
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: tmp.child("other.pem"))
        let otherLedger = tmp.child("other-ledger")
        try Self.writeLedger(at: otherLedger, count: 1)
        let otherKey = try Executable.caseledger.run(["checkpoint", "--ledger", otherLedger, "--key", tmp.child("other.pem"), "--origin", "council.example/caseledger"])
        let key = try #require(otherKey.stdout.split(separator: "\n").first { $0.hasPrefix("log key: ") }).dropFirst("log key: ".count)
        let wrong = try Executable.audit.run(["check-fork", state + "/evidence/" + evidence, "--log-key", String(key)])
        #expect(wrong.exitCode == 3 && wrong.stderr.contains("[evidence-does-not-hold]"), "\(wrong.stderr)")
    }

    @Test func aWitnessAskedToRollBackRefusesAndKeepsItsState() throws {
        try firstCheckpoint()
        let old = try String(contentsOfFile: ledger + "/checkpoints/checkpoint-0000000000000006.note", encoding: .utf8)
        try Data(old.utf8).write(to: URL(fileURLWithPath: tmp.child("old.note")))
        try Self.writeLedger(at: ledger, count: 9)
        #expect(try checkpoint().exitCode == 0)
        #expect(try witness(["--name", "ombudsman.example/witness", "--out", tmp.child("c.note")]).exitCode == 0)
        let stateBefore = snapshot(of: state)
        let refused = try witness(["--checkpoint", tmp.child("old.note"), "--out", tmp.child("c2.note")])
        #expect(refused.exitCode == 3 && refused.stderr.contains("[witness-rollback]"), "\(refused.stderr)")
        #expect(snapshot(of: state).filter { !$0.key.hasPrefix("evidence") } == stateBefore)
        let evidence = try #require(try FileManager.default.contentsOfDirectory(atPath: state + "/evidence").first)
        let check = try Executable.audit.run(["check-fork", state + "/evidence/" + evidence, "--log-key", tmp.child("log.vkey")])
        #expect(check.exitCode == 0 && check.stdout.contains("rollback"), "\(check.stdout) \(check.stderr)")
    }

    @Test func theWitnessWritesNothingInTheLedger() throws {
        try firstCheckpoint()
        let before = snapshot(of: ledger)
        for args in [["--state", ledger + "/state"], ["--out", ledger + "/cosigned.note"]] {
            var base = ["witness", "--ledger", ledger, "--state", state, "--key", tmp.child("witness.pem"), "--log-key", tmp.child("log.vkey"), "--name", "w.example/w"]
            if args[0] == "--state" { base[4] = args[1] } else { base += args }
            let run = try Executable.audit.run(base)
            #expect(run.exitCode == 64 && run.stderr.contains("never writes in the ledger"), "\(run.stderr)")
        }
        #expect(snapshot(of: ledger) == before)
    }
}
