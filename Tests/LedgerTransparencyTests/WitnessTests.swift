import Foundation
import LedgerSigning
import LedgerStore
import LedgerTransparency
import Testing

@Suite("The witness: cosigns only what extends what it cosigned, and writes evidence otherwise")
struct WitnessTests {
    /// A ledger of `count` events with a signed checkpoint of its head, a witness state directory and a witness.
    struct Setup {
        let scratch = Scratch()
        var ledger: String { scratch.path + "/ledger" }
        var stateDirectory: String { scratch.path + "/witness-state" }
        let witness: Witness

        init(count: Int) throws {
            try makeLedger(at: scratch.path + "/ledger", count: count)
            let state = WitnessState(directory: scratch.path + "/witness-state")
            witness = Witness(state: state, logKey: try logSigner().verifier,
                              cosigner: try Witness.cosigner(privateKey: try key(7), name: "ombudsman.example/witness", state: state))
        }

        /// Signs the ledger's head and returns the stored note's bytes.
        func checkpoint() throws -> [UInt8] {
            try CheckpointLog(ledger: ledger).sign(try Ledger.open(at: ledger), signer: try logSigner()).note.bytes
        }

        /// The state directory without its evidence, byte for byte.
        func stateFiles() throws -> [String: [UInt8]] {
            try scratch.snapshot(stateDirectory).filter { !$0.key.hasPrefix("evidence") && $0.key != "witness.lock" }
        }

        /// The evidence files written, by name.
        func evidence() throws -> [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: stateDirectory + "/evidence"))?.sorted() ?? []
        }

        /// Reads and checks the evidence of a refusal with the log's key.
        func check(_ error: WitnessError?) throws -> WitnessEvidence.Finding {
            guard case .refused(_, _, let path)? = error else { Issue.record("not refused: \(String(describing: error))"); return .init(holds: false, summary: "") }
            let evidence = try WitnessEvidence(parsing: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
            return evidence.check(logKey: try logSigner().verifier)
        }
    }

    @Test("the first run verifies the ledger and trusts the checkpoint on first use; later runs prove consistency")
    func firstUseThenGrowth() throws {
        let setup = try Setup(count: 5)
        let first = try setup.witness.observe(checkpoint: try setup.checkpoint(), ledger: setup.ledger, time: 1_780_000_000)
        #expect(first.previousSize == nil && first.checkpoint.size == 5)
        let verified = try first.cosigned.verify(try NoteVerifiers([try logSigner().verifier, setup.witness.cosigner.verifier]))
        #expect(verified.isSigned(by: setup.witness.cosigner.verifier) && setup.witness.cosigner.verifier.time(in: verified) == 1_780_000_000)
        #expect(try setup.witness.latest()?.checkpoint.size == 5)
        #expect(try String(contentsOfFile: setup.stateDirectory + "/witness.vkey", encoding: .utf8) == setup.witness.cosigner.verifier.verifierKey + "\n")
        #expect(FileManager.default.fileExists(atPath: setup.stateDirectory + "/council.example%2Fcaseledger.latest.note"))
        try makeLedger(at: setup.ledger, count: 12)
        let second = try setup.witness.observe(checkpoint: try setup.checkpoint(), ledger: setup.ledger, time: 1_780_000_100)
        #expect(second.previousSize == 5 && second.checkpoint.size == 12)
        #expect(try setup.witness.latest()?.checkpoint.size == 12)
        // The cosigned note is what `caseledger checkpoint --add-cosignature` stores.
        #expect(try CheckpointLog(ledger: setup.ledger).addCosignature(second.cosigned.bytes, witness: setup.witness.cosigner.verifier) == .stored(size: 12))
        #expect(try setup.evidence().isEmpty)
    }

    @Test("a witness asked to roll back refuses, keeps its state and writes evidence that checks")
    func rollbackRefused() throws {
        let setup = try Setup(count: 3)
        let old = try setup.checkpoint()
        try makeLedger(at: setup.ledger, count: 6)
        _ = try setup.witness.observe(checkpoint: try setup.checkpoint(), ledger: setup.ledger, time: 10)
        let before = try setup.stateFiles()
        let error = caught(WitnessError.self) { _ = try setup.witness.observe(checkpoint: old, ledger: setup.ledger, time: 20) }
        #expect(error?.code == "witness-rollback")
        #expect(try setup.stateFiles() == before)
        #expect(try setup.evidence() == ["20-rollback-3.evidence"])
        let finding = try setup.check(error)
        #expect(finding.holds && finding.summary.contains("rollback"))
    }

    @Test("a checkpoint of the cosigned size with another root is a fork: refused, with evidence that proves it")
    func sameSizeOtherRoot() throws {
        let setup = try Setup(count: 6)
        _ = try setup.witness.observe(checkpoint: try setup.checkpoint(), ledger: setup.ledger, time: 10)
        let before = try setup.stateFiles()
        let other = try Checkpoint(origin: "council.example/caseledger", size: 6, rootHash: [UInt8](repeating: 3, count: 32)).signed(by: try logSigner())
        let error = caught(WitnessError.self) { _ = try setup.witness.observe(checkpoint: other.bytes, ledger: setup.ledger, time: 20) }
        #expect(error?.code == "witness-fork")
        #expect(try setup.stateFiles() == before)
        let finding = try setup.check(error)
        #expect(finding.holds && finding.summary.contains("forked"))
    }

    @Test("the rewrite attack after a cosigned checkpoint (an event changed mid-log, every hash after it recomputed, a new checkpoint signed with the log key) is caught")
    func rewriteAttackCaught() throws {
        let setup = try Setup(count: 6)
        _ = try setup.witness.observe(checkpoint: try setup.checkpoint(), ledger: setup.ledger, time: 10)
        let before = try setup.stateFiles()
        // Whoever holds the files rewrites event 4, rebuilds the chain, drops the stored
        // checkpoints (which would refuse the new head) and signs the rewritten head.
        try makeLedger(at: setup.scratch.path + "/rewritten", count: 9, changed: 4)
        try replaceSegments(of: setup.ledger, with: setup.scratch.path + "/rewritten")
        try FileManager.default.removeItem(atPath: setup.ledger + "/checkpoints")
        #expect(try Verifier.verify(ledgerAt: setup.ledger).isIntact)  // the chain alone cannot tell
        let forged = try setup.checkpoint()
        let error = caught(WitnessError.self) { _ = try setup.witness.observe(checkpoint: forged, ledger: setup.ledger, time: 20) }
        #expect(error?.code == "witness-inconsistent")
        #expect(try setup.stateFiles() == before)
        let finding = try setup.check(error)
        #expect(finding.holds && finding.summary.contains("rewritten"))
        // The evidence convicts with the log's key alone, and not with another.
        guard case .refused(_, _, let path)? = error else { return }
        let evidence = try WitnessEvidence(parsing: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(!evidence.check(logKey: try logSigner(2).verifier).holds)
        #expect(evidence.kind == .inconsistent && evidence.earlier != nil && !evidence.proof.isEmpty)
    }

    @Test("tampered evidence does not hold: a proof hash changed, a prefix root equal to the cosigned root, the kind changed")
    func tamperedEvidence() throws {
        let setup = try Setup(count: 6)
        _ = try setup.witness.observe(checkpoint: try setup.checkpoint(), ledger: setup.ledger, time: 10)
        try makeLedger(at: setup.scratch.path + "/rewritten", count: 9, changed: 4)
        try replaceSegments(of: setup.ledger, with: setup.scratch.path + "/rewritten")
        try FileManager.default.removeItem(atPath: setup.ledger + "/checkpoints")
        let error = caught(WitnessError.self) { _ = try setup.witness.observe(checkpoint: try setup.checkpoint(), ledger: setup.ledger, time: 20) }
        guard case .refused(_, _, let path)? = error else { Issue.record("not refused"); return }
        let evidence = try WitnessEvidence(parsing: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(try WitnessEvidence(parsing: Array(evidence.serialized.utf8)) == evidence)
        var proof = evidence.proof
        proof[0][0] ^= 1
        let log = try logSigner().verifier
        let flipped = WitnessEvidence(kind: .inconsistent, logKey: evidence.logKey, witnessKey: evidence.witnessKey, time: 20, prefixRoot: evidence.prefixRoot,
                                      proof: proof, earlier: evidence.earlier, later: evidence.later)
        #expect(!flipped.check(logKey: log).holds)
        let honestPrefix = WitnessEvidence(kind: .inconsistent, logKey: evidence.logKey, witnessKey: evidence.witnessKey, time: 20,
                                           prefixRoot: try Checkpoint(text: evidence.earlier!.text).rootHash, proof: evidence.proof, earlier: evidence.earlier, later: evidence.later)
        #expect(!honestPrefix.check(logKey: log).holds)
        let asFork = WitnessEvidence(kind: .fork, logKey: evidence.logKey, witnessKey: evidence.witnessKey, time: 20, earlier: evidence.earlier, later: evidence.later)
        #expect(!asFork.check(logKey: log).holds)
        #expect(caught(EvidenceError.self) { _ = try WitnessEvidence(parsing: Array(evidence.serialized.replacingOccurrences(of: "kind inconsistent", with: "kind sideways").utf8)) }?.code == "evidence-malformed")
    }

    @Test("a checkpoint not signed by the log's key is refused with evidence; the state is unchanged")
    func invalidSignature() throws {
        let setup = try Setup(count: 4)
        _ = try setup.witness.observe(checkpoint: try setup.checkpoint(), ledger: setup.ledger, time: 10)
        let before = try setup.stateFiles()
        let root = try Checkpoint(text: try SignedNote(parsing: try setup.checkpoint()).text).rootHash
        let impostor = try Checkpoint(origin: "council.example/caseledger", size: 4, rootHash: root).signed(by: try logSigner(2))
        let error = caught(WitnessError.self) { _ = try setup.witness.observe(checkpoint: impostor.bytes, ledger: setup.ledger, time: 20) }
        #expect(error?.code == "witness-invalid-signature")
        #expect(try setup.stateFiles() == before)
        let finding = try setup.check(error)
        #expect(finding.holds && finding.summary.contains("not a fork"))
    }

    @Test("a first checkpoint whose root the ledger does not give is refused (no trust on first use of a wrong root)")
    func ledgerMismatchOnFirstUse() throws {
        let setup = try Setup(count: 4)
        let wrong = try Checkpoint(origin: "council.example/caseledger", size: 4, rootHash: [UInt8](repeating: 5, count: 32)).signed(by: try logSigner())
        let error = caught(WitnessError.self) { _ = try setup.witness.observe(checkpoint: wrong.bytes, ledger: setup.ledger, time: 20) }
        #expect(error?.code == "witness-ledger-mismatch")
        #expect(try setup.witness.latest() == nil)
        #expect(!FileManager.default.fileExists(atPath: setup.stateDirectory + "/witness.vkey"))
    }

    @Test("the first run needs a name; a later run with another key or name is refused")
    func witnessKeyRecorded() throws {
        let setup = try Setup(count: 2)
        let state = setup.witness.state
        #expect(caught(WitnessError.self) { _ = try Witness.cosigner(privateKey: try key(7), name: nil, state: state) } == .nameNeeded)
        _ = try setup.witness.observe(checkpoint: try setup.checkpoint(), ledger: setup.ledger, time: 10)
        #expect(try Witness.cosigner(privateKey: try key(7), name: nil, state: state).verifier == setup.witness.cosigner.verifier)
        #expect(caught(WitnessError.self) { _ = try Witness.cosigner(privateKey: try key(8), name: nil, state: state) }?.code == "witness-key-changed")
        #expect(caught(WitnessError.self) { _ = try Witness.cosigner(privateKey: try key(7), name: "panel.example/chair", state: state) }?.code == "witness-key-changed")
    }

    @Test("a log key other than the one the state was cosigned under is refused with what to do, the state unchanged")
    func logKeyChanged() throws {
        let setup = try Setup(count: 3)
        _ = try setup.witness.observe(checkpoint: try setup.checkpoint(), ledger: setup.ledger, time: 10)
        let before = try setup.stateFiles()
        let rotated = Witness(state: setup.witness.state, logKey: try logSigner(2).verifier, cosigner: setup.witness.cosigner)
        let other = try Checkpoint(text: try SignedNote(parsing: try setup.checkpoint()).text).signed(by: try logSigner(2))
        #expect(caught(WitnessError.self) { _ = try rotated.observe(checkpoint: other.bytes, ledger: setup.ledger, time: 20) }?.code == "witness-log-key-changed")
        #expect(try setup.stateFiles() == before)
    }
}
