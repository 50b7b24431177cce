import Foundation
import LedgerSigning
import LedgerStore
import Testing

/// `caseledger-audit verify --since CHECKPOINT --log-key KEY` and `--expect SEQ:HASH`, through the
/// built executable: the rewrite attack (an event changed mid-log and every hash after it
/// recomputed) passes a plain `verify`, as it always did, and is refused against a checkpoint signed
/// before it and against a head printed before it; so are a checkpoint signed by another key, of
/// another origin, or larger than the ledger (truncated or rolled back). Nothing in the ledger is
/// ever written.
@Suite struct VerifySinceCommandTests {
    let audit = Executable.audit
    let tmp = TemporaryDirectory()
    static let origin = "council.example.gov.uk/caseledger"

    /// 12 events in batches of 1, 2, 3, 1, 2, 3 with fixed ids and times; with `altered`, the
    /// event with that seq carries other content (so it and every hash after it differ).
    static func build(at path: String, count: Int = 12, altered: Int? = nil) throws {
        let ledger = try Ledger.create(at: path)
        // The same bytes on every build (the test builds the honest ledger twice): salts from a
        // seed, as the demo's are — a test ledger holds no one's records.
        ledger.saltSource = .unsafeDeterministicSalts(seed: 12)
        var seq = 1, size = 1
        var clock: Int64 = 1_780_000_000_000_000
        while seq <= count {
            let batch = (seq..<min(count + 1, seq + size)).map { n in
                NewEvent(
                    id: EventID(high: 0x1234_5678_9ABC_4DEF, low: 0x8000_0000_0000_0000 | UInt64(n)), stream: "C-\(n % 3)",
                    type: "noteAdded", actor: "S-17", payload: ["n": .integer(Int64(n)), "note": .string(n == altered ? "rewritten" : "as recorded")])
            }
            clock += 60_000_000
            let at = clock
            try ledger.append(batch, clock: { Timestamp(microsecondsSinceEpoch: at) })
            seq += batch.count
            size = size % 3 + 1
        }
    }

    /// A seeded log key (its private half never leaves the test).
    static func key(_ byte: UInt8 = 7) throws -> Ed25519PrivateKey { try Ed25519PrivateKey(seed: [UInt8](repeating: byte, count: 32)) }

    /// Writes the checkpoint of the ledger at `ledger`'s first `size` events, signed by `key` as
    /// `origin`, and returns its path.
    func checkpoint(of ledger: String, size: Int64, key: Ed25519PrivateKey, origin: String = origin, name: String = "checkpoint") throws -> String {
        let root = try Ledger.open(at: ledger).merkleRoot(size: size)
        let note = try Checkpoint(origin: origin, size: size, rootHash: root.bytes).signed(by: try NoteSigner(name: origin, privateKey: key))
        let path = tmp.child(name)
        try Data(note.bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The verifier key line of `key` as `origin`, written to a file.
    func verifierKeyFile(_ key: Ed25519PrivateKey, origin: String = origin, name: String = "log.vkey") throws -> String {
        let path = tmp.child(name)
        try Data((try NoteVerifier(name: origin, publicKey: key.publicKey).verifierKey + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The ledger as the council holds it, a checkpoint signed at 7 events, then 5 more events;
    /// and the same history with seq 3 rewritten and every hash after it recomputed.
    func honestAndRewritten() throws -> (honest: String, rewritten: String, checkpoint: String, key: String, headAt7: String) {
        let honest = tmp.child("honest"), rewritten = tmp.child("rewritten")
        try Self.build(at: honest, count: 7)
        let key = try Self.key()
        let checkpoint = try checkpoint(of: honest, size: 7, key: key)
        let headAt7 = try Ledger.open(at: honest).headHash.hex
        try FileManager.default.removeItem(atPath: honest)
        try Self.build(at: honest)
        try Self.build(at: rewritten, altered: 3)
        return (honest, rewritten, checkpoint, try verifierKeyFile(key), headAt7)
    }

    @Test func theRewriteAttackPassesAPlainVerifyButNotVerifySinceOrExpect() throws {
        let (honest, rewritten, checkpoint, key, headAt7) = try honestAndRewritten()
        // The honest ledger extends the checkpoint, and still has the head printed at 7.
        let ok = try audit.run(["verify", "--ledger", honest, "--since", checkpoint, "--log-key", key, "--expect", "7:\(headAt7)"])
        #expect(ok.exitCode == 0, "\(ok.stderr)")
        let flat = ok.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(flat.contains("The ledger extends the signed checkpoint \(checkpoint) (\(Self.origin), signed by \(Self.origin)+"))
        #expect(flat.contains("The event at seq 7 has hash \(headAt7), as expected."))
        // The rewritten one verifies on its own: the chain agrees with itself (so it always did).
        let plain = try audit.run(["verify", "--ledger", rewritten])
        #expect(plain.exitCode == 0, "\(plain.stderr)")
        #expect(try Executable.caseledger.run(["verify", "--ledger", rewritten]).exitCode == 0)
        // But not against the checkpoint signed before the rewrite …
        let before = snapshot(of: rewritten)
        let since = try audit.run(["verify", "--ledger", rewritten, "--since", checkpoint, "--log-key", key])
        #expect(since.exitCode == 3)
        let root7 = try Ledger.open(at: honest).merkleRoot(size: 7).hex, rewrittenRoot7 = try Ledger.open(at: rewritten).merkleRoot(size: 7).hex
        #expect(since.stderr.contains("[checkpoint-root-differs]"))
        #expect(since.stderr.contains("tree of 7 events has root \(root7)"))
        #expect(since.stderr.contains("first 7 events have root \(rewrittenRoot7)"))
        #expect(since.stderr.contains("it now holds 12 events, root \(try Ledger.open(at: rewritten).merkleRoot().hex)"))
        #expect(since.stdout.isEmpty)
        // … nor against the head printed before it.
        let expect = try audit.run(["verify", "--ledger", rewritten, "--expect", "7:\(headAt7)"])
        #expect(expect.exitCode == 3)
        #expect(expect.stderr.contains("[expected-head-differs]"))
        #expect(expect.stderr.contains("the event at seq 7 has hash \(try Ledger.open(at: rewritten).event(seq: 7).hash.hex), not \(headAt7)"))
        #expect(snapshot(of: rewritten) == before)
    }

    @Test func aCheckpointSignedByAnotherKeyIsRefused() throws {
        let (honest, _, _, key, _) = try honestAndRewritten()
        let forged = try checkpoint(of: honest, size: 7, key: try Self.key(9), name: "forged")
        let run = try audit.run(["verify", "--ledger", honest, "--since", forged, "--log-key", key])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains(Self.origin), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func aCheckpointOfAnotherOriginIsRefused() throws {
        let (honest, _, _, _, _) = try honestAndRewritten()
        let key = try Self.key()
        let other = try checkpoint(of: honest, size: 7, key: key, origin: "another.example.gov.uk/caseledger", name: "other")
        // The same key, published under the log's name, does not open a checkpoint of another log …
        let run = try audit.run(["verify", "--ledger", honest, "--since", other, "--log-key", try verifierKeyFile(key)])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("another.example.gov.uk/caseledger"), "\(run.stderr)")
        // … nor does naming another origin than the key's.
        let mismatch = try audit.run(["verify", "--ledger", honest, "--since", other, "--log-key", try verifierKeyFile(key), "--origin", "another.example.gov.uk/caseledger"])
        #expect(mismatch.exitCode == 3)
        #expect(mismatch.stderr.contains("[log-key-origin]"), "\(mismatch.stderr)")
    }

    @Test func aCheckpointLargerThanTheLedgerIsRefused() throws {
        let (honest, _, _, key, _) = try honestAndRewritten()
        let later = try checkpoint(of: honest, size: 12, key: try Self.key(), name: "at-12")
        // The ledger rolled back to 7 events (a copy restored from before the last batches).
        let rolledBack = tmp.child("rolled-back")
        try Self.build(at: rolledBack, count: 7)
        let run = try audit.run(["verify", "--ledger", rolledBack, "--since", later, "--log-key", key])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("[checkpoint-ahead-of-ledger]"), "\(run.stderr)")
        #expect(run.stderr.contains("covers 12 events (root \(try Ledger.open(at: honest).merkleRoot().hex)), but the ledger holds only 7"))
        let expect = try audit.run(["verify", "--ledger", rolledBack, "--expect", "12:\(try Ledger.open(at: honest).headHash.hex)"])
        #expect(expect.exitCode == 3)
        #expect(expect.stderr.contains("[expected-head-missing]"), "\(expect.stderr)")
    }

    @Test func aPEMPublicKeyNeedsTheOriginAndThenWorks() throws {
        let (honest, _, _, _, _) = try honestAndRewritten()
        let pem = tmp.child("log.pem"), pub = tmp.child("log.pub")
        for args in [["genpkey", "-algorithm", "ed25519", "-out", pem], ["pkey", "-in", pem, "-pubout", "-out", pub]] {
            let openssl = Process()
            openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            openssl.arguments = ["openssl"] + args
            try openssl.run()
            openssl.waitUntilExit()
            try #require(openssl.terminationStatus == 0)
        }
        let signed = try checkpoint(of: honest, size: 5, key: try Ed25519PrivateKey.load(pemFile: pem), name: "pem-signed")
        let noOrigin = try audit.run(["verify", "--ledger", honest, "--since", signed, "--log-key", pub])
        #expect(noOrigin.exitCode == 3)
        #expect(noOrigin.stderr.contains("[log-key-needs-origin]"))
        let ok = try audit.run(["verify", "--ledger", honest, "--since", signed, "--log-key", pub, "--origin", Self.origin, "--format", "json"])
        #expect(ok.exitCode == 0, "\(ok.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ok.stdout.utf8)) as? [String: Any])
        let tree = try #require(json["merkleTree"] as? [String: Any])
        #expect(tree["root"] as? String == (try Ledger.open(at: honest).merkleRoot().hex))
        #expect(tree["size"] as? Int == 12)
        #expect((tree["headsConfirmed"] as? [String])?.count == 1)
    }

    @Test func misusedOptionsAreUsageErrors() throws {
        let (honest, _, checkpoint, key, _) = try honestAndRewritten()
        #expect(try audit.run(["verify", "--ledger", honest, "--since", checkpoint]).exitCode == 64)
        #expect(try audit.run(["verify", "--ledger", honest, "--log-key", key]).exitCode == 64)
        #expect(try audit.run(["verify", "--ledger", honest, "--expect", "7"]).exitCode == 64)
        #expect(try audit.run(["verify", "--ledger", honest, "--expect", "0:" + String(repeating: "0", count: 64)]).exitCode == 64)
    }

    @Test func caseledgerVerifyPrintsTheRootOfTheLog() throws {
        let path = tmp.child("ledger")
        try Self.build(at: path)
        let run = try Executable.caseledger.run(["verify", "--ledger", path])
        #expect(run.exitCode == 0)
        let hashes = try { () throws -> [SHA256Digest] in
            var out: [SHA256Digest] = []
            try Ledger.open(at: path).forEachEvent { out.append($0.hash) }
            return out
        }()
        let root = try InMemoryMerkleTree(eventHashes: hashes).root(size: 12)
        #expect(run.stdout.contains("; Merkle tree root \(root.hex); head seq 12 hash "))
    }

    @Test func aReportCheckedAgainstAVerificationRecordNamesTheRootItRecorded() throws {
        let path = tmp.child("ledger"), record = tmp.child("verified.rec")
        try AuditLedgerFixture.create(at: path)
        #expect(try audit.run(["verify", "--ledger", path, "--verification-record", record]).exitCode == 0)
        let run = try audit.run(["trail", "C-1001", "--ledger", path, "--verification-record", record])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let flat = run.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        let root = try Ledger.open(at: path).merkleRoot().hex
        #expect(flat.contains("which holds a verification of the whole ledger through seq 8 (hash \(try Ledger.open(at: path).headHash.hex), Merkle tree root \(root)) made at"))
    }
}
