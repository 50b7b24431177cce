import Foundation
import LedgerSigning
import Testing

@Suite("C2SP tlog checkpoints")
struct CheckpointTests {
    /// The example of c2sp.org/tlog-checkpoint (github.com/C2SP/C2SP tlog-checkpoint.md at commit 27938939).
    static let specExample = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n"
        + "— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"

    static let origin = "council.example/caseledger"
    static let root: [UInt8] = (0..<32).map { UInt8($0) }

    static func signer(_ vector: Int = 0, name: String = origin) throws -> NoteSigner {
        try NoteSigner(name: name, privateKey: try Ed25519PrivateKey(seed: RFC8032Vector.all[vector].secretKey))
    }

    @Test("the specification's example reads as origin, size and root hash; its key is not ours, so it is rejected")
    func specificationExample() throws {
        let note = try SignedNote(parsing: Array(Self.specExample.utf8))
        let checkpoint = try Checkpoint(text: note.text)
        #expect(checkpoint.origin == "example.com/behind-the-sofa")
        #expect(checkpoint.size == 20852163)
        #expect(Base64.encode(checkpoint.rootHash) == "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=")
        #expect(checkpoint.extensions.isEmpty)
        #expect(checkpoint.text == note.text)
        let ours = try Self.signer(name: "example.com/behind-the-sofa").verifier
        #expect(caught(NoteError.self) { _ = try Checkpoint.open(Array(Self.specExample.utf8), logKey: ours) } == .noKnownSignature(signers: ["example.com/behind-the-sofa"]))
    }

    @Test("a checkpoint signed by the log opens with the log's key, keeping a witness's signature unchecked")
    func signAndOpen() throws {
        let log = try Self.signer()
        let checkpoint = try Checkpoint(origin: Self.origin, size: 42, rootHash: Self.root, extensions: ["an extension"])
        #expect(checkpoint.text == "council.example/caseledger\n42\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\nan extension\n")
        let witness = try Self.signer(1, name: "ombudsman.example/witness")
        let note = try checkpoint.signed(by: log).adding(signatureBy: witness)
        let opened = try Checkpoint.open(note.bytes, logKey: log.verifier)
        #expect(opened.checkpoint == checkpoint)
        #expect(opened.note.isSigned(by: log.verifier))
        #expect(opened.note.unverifiedSignatures.map(\.name) == ["ombudsman.example/witness"])
    }

    @Test("a checkpoint signed only by another known key is not the log's: a witness's signature alone does not open it")
    func onlyTheLogKeyCounts() throws {
        let witness = try Self.signer(1, name: "ombudsman.example/witness")
        let note = try Checkpoint(origin: Self.origin, size: 1, rootHash: Self.root).signed(by: witness)
        let error = caught(NoteError.self) { _ = try Checkpoint.open(note.bytes, logKey: try Self.signer().verifier) }
        #expect(error == .noKnownSignature(signers: ["ombudsman.example/witness"]))
    }

    @Test("a checkpoint changed after signing (a larger size, another root) is rejected")
    func alteredCheckpoint() throws {
        let log = try Self.signer()
        let signed = try Checkpoint(origin: Self.origin, size: 41, rootHash: Self.root).signed(by: log).serialized
        let grown = signed.replacingOccurrences(of: "\n41\n", with: "\n42\n")
        #expect(grown != signed)
        #expect(caught(NoteError.self) { _ = try Checkpoint.open(Array(grown.utf8), logKey: log.verifier) } == .invalidSignature(name: Self.origin, keyID: log.keyID))
    }

    @Test("a checkpoint of another log is refused even under the same key")
    func wrongOrigin() throws {
        let sameKeyOtherLog = try Self.signer(name: "council.example/other")
        let note = try Checkpoint(origin: "council.example/other", size: 1, rootHash: Self.root).signed(by: sameKeyOtherLog)
        #expect(caught(NoteError.self) { _ = try Checkpoint.open(note.bytes, logKey: sameKeyOtherLog.verifier, origin: Self.origin) } == .wrongOrigin(expected: Self.origin, found: "council.example/other"))
    }

    @Test("the empty tree has size 0")
    func emptyTree() throws {
        let checkpoint = try Checkpoint(text: "\(Self.origin)\n0\n\(Base64.encode(Self.root))\n")
        #expect(checkpoint.size == 0)
    }

    @Test("malformed checkpoint texts are refused", arguments: [
        "council.example/caseledger\n42\n",
        "council.example/caseledger\n42\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        "\n42\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",
        "council.example/caseledger\n042\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",
        "council.example/caseledger\n-1\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",
        "council.example/caseledger\n+1\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",
        "council.example/caseledger\n4 2\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",
        "council.example/caseledger\n\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",
        "council.example/caseledger\n99999999999999999999\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",
        "council.example/caseledger\n42\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8\n",
        "council.example/caseledger\n42\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd\n",
        "council.example/caseledger\n42\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n\n",
        "council.example/caseledger\n42\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\nextension\n\n",
    ])
    func malformedCheckpoints(text: String) {
        #expect(caught(NoteError.self) { _ = try Checkpoint(text: text) }?.code == "checkpoint-malformed")
    }

    @Test("a checkpoint to sign needs a one-line origin, a size not below zero and a 32-byte root")
    func invalidCheckpointsToSign() {
        #expect(caught(NoteError.self) { _ = try Checkpoint(origin: "", size: 1, rootHash: Self.root) }?.code == "checkpoint-malformed")
        #expect(caught(NoteError.self) { _ = try Checkpoint(origin: "a\nb", size: 1, rootHash: Self.root) }?.code == "checkpoint-malformed")
        #expect(caught(NoteError.self) { _ = try Checkpoint(origin: Self.origin, size: -1, rootHash: Self.root) }?.code == "checkpoint-malformed")
        #expect(caught(NoteError.self) { _ = try Checkpoint(origin: Self.origin, size: 1, rootHash: Array(Self.root.dropLast())) }?.code == "checkpoint-malformed")
        #expect(caught(NoteError.self) { _ = try Checkpoint(origin: Self.origin, size: 1, rootHash: Self.root, extensions: [""]) }?.code == "checkpoint-malformed")
    }

    @Test("a checkpoint signed with a key made by 'openssl genpkey' opens with the published public key")
    func opensslKeyEndToEnd() throws {
        let scratch = Scratch()
        try scratch.openssl(["genpkey", "-algorithm", "ed25519", "-out", "log.pem"])
        try scratch.openssl(["pkey", "-in", "log.pem", "-pubout", "-out", "log.pub"])
        let signer = try NoteSigner(name: Self.origin, privateKey: try Ed25519PrivateKey.load(pemFile: scratch.path + "/log.pem"))
        let published = try NoteVerifier(name: Self.origin, publicKey: try Ed25519PublicKey.load(pemFile: scratch.path + "/log.pub"))
        #expect(published == signer.verifier)
        let note = try Checkpoint(origin: Self.origin, size: 7, rootHash: Self.root).signed(by: signer)
        #expect(try Checkpoint.open(note.bytes, logKey: try NoteVerifier(verifierKey: published.verifierKey)).checkpoint.size == 7)
    }
}
