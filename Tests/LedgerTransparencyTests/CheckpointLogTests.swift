import Foundation
import LedgerSigning
import LedgerStore
import LedgerTransparency
import Testing

@Suite("Checkpoints kept in the ledger directory")
struct CheckpointLogTests {
    @Test("the first checkpoint records the log key and is stored once, under its 16-digit size")
    func firstCheckpoint() throws {
        let scratch = Scratch()
        let ledger = try makeLedger(at: scratch.path + "/ledger", count: 5)
        let log = CheckpointLog(ledger: ledger.path)
        let signed = try log.sign(ledger, signer: try logSigner())
        #expect(signed.written && signed.keyRecorded && signed.checkpoint.size == 5)
        #expect(signed.checkpoint.rootHash == (try InMemoryMerkleTree(eventHashes: allHashes(ledger)).root(size: 5).bytes))
        let names = try FileManager.default.contentsOfDirectory(atPath: ledger.path + "/checkpoints").sorted()
        #expect(names == ["checkpoint-0000000000000005.note", "log-key-0000000000000005.vkey"])
        #expect(try scratch.snapshot(ledger.path)["checkpoints/checkpoint-0000000000000005.note"] == signed.note.bytes)
        #expect(try log.currentLogKey() == (try logSigner()).verifier)
        #expect(try log.open().checkpoint == signed.checkpoint)
        // The same head signed again is the same note: nothing is written.
        let again = try log.sign(ledger, signer: try logSigner())
        #expect(!again.written && !again.keyRecorded && again.note == signed.note)
    }

    @Test("later checkpoints are new files; the earlier ones stay byte for byte")
    func laterCheckpoints() throws {
        let scratch = Scratch()
        let path = scratch.path + "/ledger"
        try makeLedger(at: path, count: 3)
        let log = CheckpointLog(ledger: path)
        _ = try log.sign(try Ledger.open(at: path), signer: try logSigner())
        let before = try scratch.snapshot(path + "/checkpoints")
        try makeLedger(at: path, count: 9)
        let later = try log.sign(try Ledger.open(at: path), signer: try logSigner())
        #expect(later.written && !later.keyRecorded && later.checkpoint.size == 9)
        let after = try scratch.snapshot(path + "/checkpoints")
        for (name, bytes) in before { #expect(after[name] == bytes) }
        #expect(try log.latestSize() == 9)
        #expect(try CheckpointFiles(ledger: path).checkpointSizes() == [3, 9])
    }

    @Test("a rewritten history is refused against the stored checkpoint (the ledger's bytes unchanged)")
    func rewrittenHistoryRefused() throws {
        let scratch = Scratch()
        let path = scratch.path + "/ledger"
        try makeLedger(at: path, count: 6)
        let log = CheckpointLog(ledger: path)
        let first = try log.sign(try Ledger.open(at: path), signer: try logSigner())
        // The rewrite: event 4 changed and every hash after it recomputed, the chain intact.
        try makeLedger(at: scratch.path + "/rewritten", count: 8, changed: 4)
        try replaceSegments(of: path, with: scratch.path + "/rewritten")
        let before = try scratch.snapshot(path)
        let error = caught(TransparencyError.self) { _ = try log.sign(try Ledger.open(at: path), signer: try logSigner()) }
        guard case .fork(6, first.checkpoint.rootHash, _)? = error else { Issue.record("expected a fork, got \(String(describing: error))"); return }
        #expect(error?.code == "checkpoint-fork")
        #expect(try scratch.snapshot(path) == before)
    }

    @Test("a ledger shorter than the last checkpoint is refused (a restore from an old backup)")
    func sizeDecreased() throws {
        let scratch = Scratch()
        let path = scratch.path + "/ledger"
        try makeLedger(at: path, count: 6)
        _ = try CheckpointLog(ledger: path).sign(try Ledger.open(at: path), signer: try logSigner())
        try makeLedger(at: scratch.path + "/old", count: 4)
        try replaceSegments(of: path, with: scratch.path + "/old")
        let before = try scratch.snapshot(path)
        #expect(caught(TransparencyError.self) { _ = try CheckpointLog(ledger: path).sign(try Ledger.open(at: path), signer: try logSigner()) }
            == .sizeDecreased(stored: 6, now: 4))
        #expect(try scratch.snapshot(path) == before)
    }

    @Test("another key or origin is refused; --rotate-key records the new key from the new checkpoint on")
    func keyAndOrigin() throws {
        let scratch = Scratch()
        let path = scratch.path + "/ledger"
        try makeLedger(at: path, count: 2)
        let log = CheckpointLog(ledger: path)
        _ = try log.sign(try Ledger.open(at: path), signer: try logSigner())
        try makeLedger(at: path, count: 3)
        let before = try scratch.snapshot(path)
        let other = try logSigner(2)
        #expect(caught(TransparencyError.self) { _ = try log.sign(try Ledger.open(at: path), signer: other) }?.code == "checkpoint-key-changed")
        #expect(caught(TransparencyError.self) { _ = try log.sign(try Ledger.open(at: path), signer: try logSigner(origin: "council.example/other")) }
            == .originChanged(recorded: "council.example/caseledger", given: "council.example/other"))
        #expect(caught(TransparencyError.self) { _ = try log.sign(try Ledger.open(at: path), signer: try logSigner(2, origin: "council.example/other"), rotateKey: true) }?.code == "checkpoint-origin-changed")
        #expect(try scratch.snapshot(path) == before)
        let rotated = try log.sign(try Ledger.open(at: path), signer: other, rotateKey: true)
        #expect(rotated.keyRecorded && rotated.written)
        #expect(try log.logKey(forSize: 2) == (try logSigner()).verifier)
        #expect(try log.logKey(forSize: 3) == other.verifier)
        #expect(try log.open(size: 2).checkpoint.size == 2)
        #expect(try log.open(size: 3).checkpoint.size == 3)
    }

    @Test("an empty ledger has nothing to sign")
    func emptyLedger() throws {
        let scratch = Scratch()
        let ledger = try Ledger.create(at: scratch.path + "/ledger")
        let before = try scratch.snapshot(ledger.path)
        #expect(caught(TransparencyError.self) { _ = try CheckpointLog(ledger: ledger.path).sign(ledger, signer: try logSigner()) }?.code == "checkpoint-empty-ledger")
        #expect(try scratch.snapshot(ledger.path) == before)
    }

    @Test("a witness's cosigned copy is stored beside the checkpoint, which stays as it was")
    func cosignatureStored() throws {
        let scratch = Scratch()
        let path = scratch.path + "/ledger"
        try makeLedger(at: path, count: 4)
        let log = CheckpointLog(ledger: path)
        let signed = try log.sign(try Ledger.open(at: path), signer: try logSigner())
        let witness = try witnessSigner()
        let cosigned = try witness.cosign(signed.note, time: 1_780_000_100)
        #expect(try log.addCosignature(cosigned.bytes, witness: witness.verifier) == .stored(size: 4))
        #expect(try log.addCosignature(cosigned.bytes, witness: witness.verifier) == .alreadyStored(size: 4))
        // A later cosignature by the same witness is not stored over the first.
        #expect(try log.addCosignature(try witness.cosign(signed.note, time: 1_780_000_200).bytes, witness: witness.verifier) == .alreadyStored(size: 4))
        let idHex = String(witness.keyID, radix: 16)
        let name = "checkpoints/checkpoint-0000000000000004.cosigned-\(String(repeating: "0", count: 8 - idHex.count) + idHex).note"
        let files = try scratch.snapshot(path)
        #expect(files[name] == cosigned.bytes)
        #expect(files["checkpoints/checkpoint-0000000000000004.note"] == signed.note.bytes)
        let merged = try log.withCosignatures()
        let verified = try merged.verify(try NoteVerifiers([try logSigner().verifier, witness.verifier]))
        let logKey = try logSigner().verifier
        #expect(verified.isSigned(by: witness.verifier) && verified.isSigned(by: logKey))
        #expect(witness.verifier.time(in: verified) == 1_780_000_100)
    }

    @Test("a cosignature of another text, without the witness's line, or by another key is refused and nothing is written")
    func badCosignatures() throws {
        let scratch = Scratch()
        let path = scratch.path + "/ledger"
        try makeLedger(at: path, count: 4)
        let log = CheckpointLog(ledger: path)
        let signed = try log.sign(try Ledger.open(at: path), signer: try logSigner())
        let witness = try witnessSigner()
        let before = try scratch.snapshot(path)
        let otherRoot = try Checkpoint(origin: "council.example/caseledger", size: 4, rootHash: [UInt8](repeating: 9, count: 32)).signed(by: try logSigner())
        #expect(caught(TransparencyError.self) { _ = try log.addCosignature(try witness.cosign(otherRoot, time: 1).bytes, witness: witness.verifier) }?.code == "cosignature-mismatch")
        #expect(caught(TransparencyError.self) { _ = try log.addCosignature(signed.note.bytes, witness: witness.verifier) }?.code == "cosignature-mismatch")
        let impostor = try witnessSigner(8)
        #expect(caught(TransparencyError.self) { _ = try log.addCosignature(try impostor.cosign(signed.note, time: 1).bytes, witness: witness.verifier) }?.code == "cosignature-mismatch")
        let unknownSize = try Checkpoint(origin: "council.example/caseledger", size: 3, rootHash: signed.checkpoint.rootHash).signed(by: try logSigner())
        #expect(caught(TransparencyError.self) { _ = try log.addCosignature(try witness.cosign(unknownSize, time: 1).bytes, witness: witness.verifier) }?.code == "checkpoint-not-found")
        #expect(try scratch.snapshot(path) == before)
    }

    @Test("file names: 16-digit sizes and 8-digit lowercase key IDs; anything else is ignored")
    func fileNames() {
        #expect(CheckpointFiles.Kind.checkpoint(size: 42).fileName == "checkpoint-0000000000000042.note")
        #expect(CheckpointFiles.Kind.cosigned(size: 42, keyID: 0xab).fileName == "checkpoint-0000000000000042.cosigned-000000ab.note")
        #expect(CheckpointFiles.Kind.logKey(fromSize: 1).fileName == "log-key-0000000000000001.vkey")
        for kind in [CheckpointFiles.Kind.checkpoint(size: 42), .cosigned(size: 7, keyID: 0xdeadbeef), .logKey(fromSize: 9)] {
            #expect(CheckpointFiles.Kind(fileName: kind.fileName) == kind)
        }
        for name in ["checkpoint-42.note", "checkpoint-0000000000000042.note.tmp", ".tmp-1-checkpoint-0000000000000042.note",
                     "checkpoint-0000000000000042.cosigned-000000AB.note", "checkpoint-0000000000000042.cosigned-0000ab.note", "log-key-x.vkey"] {
            #expect(CheckpointFiles.Kind(fileName: name) == nil, "\(name)")
        }
    }

    @Test("a stored file is never replaced: writing other bytes under its name reports the conflict and changes nothing")
    func writeOnce() throws {
        let scratch = Scratch()
        let ledger = try makeLedger(at: scratch.path + "/ledger", count: 1)
        let files = CheckpointFiles(ledger: ledger.path)
        #expect(try files.write(Array("a\n".utf8), as: .logKey(fromSize: 1)) == .written)
        #expect(try files.write(Array("a\n".utf8), as: .logKey(fromSize: 1)) == .alreadyStored)
        #expect(try files.write(Array("b\n".utf8), as: .logKey(fromSize: 1)) == .conflicts(existing: Array("a\n".utf8)))
        #expect(try files.read(.logKey(fromSize: 1)) == Array("a\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.directory) == ["log-key-0000000000000001.vkey"])
    }
}

/// The event hashes of every event of `ledger`, in seq order.
func allHashes(_ ledger: Ledger) throws -> [SHA256Digest] {
    var out: [SHA256Digest] = []
    try ledger.forEachEvent { out.append($0.hash) }
    return out
}

/// Replaces the segments of the ledger at `path` with those of the ledger at `source` and drops
/// its index cache: what someone who holds the files does to rewrite history.
func replaceSegments(of path: String, with source: String) throws {
    let manager = FileManager.default
    for name in try manager.contentsOfDirectory(atPath: path) where name.hasPrefix("segment-") || name == "index" {
        try manager.removeItem(atPath: path + "/" + name)
    }
    for name in try manager.contentsOfDirectory(atPath: source) where name.hasPrefix("segment-") {
        try manager.copyItem(atPath: source + "/" + name, toPath: path + "/" + name)
    }
}
