import Foundation
import LedgerSigning
import Testing

/// c2sp.org/tlog-cosignature (github.com/C2SP/C2SP tlog-cosignature.md at commit 5ba5ee83): Ed25519
/// cosignatures, signature type 0x04. The specification publishes no cosigner key with a
/// signature, so the vectors are: its example cosignature line (key ID and time), the native 0x04
/// verifier key and cosignature time published in transparency-dev/formats
/// `note/note_cosigv1_test.go` (TestCoSigV1NewVerifier, TestCoSigV1Timestamp), and a cross-check
/// with the `openssl` command over a message spelled out here byte by byte.
@Suite("C2SP tlog cosignatures")
struct CosignatureTests {
    static let origin = "council.example/caseledger"
    static let root: [UInt8] = (0..<32).map { UInt8($0) }

    static func key(_ vector: Int) throws -> Ed25519PrivateKey { try Ed25519PrivateKey(seed: RFC8032Vector.all[vector].secretKey) }
    static func log() throws -> NoteSigner { try NoteSigner(name: origin, privateKey: try key(0)) }
    static func witness(_ vector: Int = 1, name: String = "ombudsman.example/witness") throws -> CosignatureSigner {
        try CosignatureSigner(name: name, privateKey: try key(vector))
    }
    static func checkpoint(size: Int64 = 42) throws -> SignedNote {
        try Checkpoint(origin: origin, size: size, rootHash: root).signed(by: try log())
    }

    @Test("the specification's example cosignature line carries key ID 8d66cf3f and the time 1679315147 its message shows")
    func specificationExample() throws {
        let text = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n"
            + "— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
            + "— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n"
        let note = try SignedNote(parsing: Array(text.utf8))
        let cosignature = note.signatures[1]
        #expect(cosignature.name == "witness.example.com/w1" && cosignature.keyID == 0x8d66cf3f)
        #expect(Cosignature.time(ofSignature: cosignature.signature) == 1679315147)
        // The log's signature is 64 bytes: not a cosignature.
        #expect(Cosignature.time(ofSignature: note.signatures[0].signature) == nil)
    }

    @Test("a published type-0x04 verifier key reads, with the key ID SHA-256(name, 0x0A, 0x04, key) gives")
    func publishedVerifierKey() throws {
        let key = "remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2"
        let verifier = try CosignatureVerifier(verifierKey: key)
        #expect(verifier.name == "remora.n621.de" && verifier.keyID == 0xda77ade7)
        #expect(verifier.verifierKey == key)
        // The same key with one key-ID digit changed is refused.
        #expect(caught(NoteError.self) { _ = try CosignatureVerifier(verifierKey: key.replacingOccurrences(of: "da77ade7", with: "da77ade8")) }
            == .keyIDMismatch(name: "remora.n621.de", stated: 0xda77ade8, computed: 0xda77ade7))
        // And it is not a log's key.
        #expect(caught(NoteError.self) { _ = try NoteVerifier(verifierKey: key) } == .wrongKeyType(name: "remora.n621.de", found: 0x04, expected: 0x01))
    }

    @Test("a published cosignature's time is read from its first 8 bytes; a 64-byte note signature has none")
    func publishedTime() throws {
        let cosignature = try #require(Base64.decode("ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWWOworDcFiEBYJXORmnFBOBA=="))
        #expect(Cosignature.time(ofSignature: Array(cosignature.dropFirst(4))) == 1727964367)
        let plain = try #require(Base64.decode("eQjRQm6eSKzFoiYalgwCPXu2y3ijtg68is9M46JKxuZB+dRfTmeQeDBoXnvxZx2ugnkyV+MUMLXpWs1hPb/W/4xkNQY="))
        #expect(Cosignature.time(ofSignature: Array(plain.dropFirst(4))) == nil)
        #expect(Cosignature.time(ofSignature: [0x80] + [UInt8](repeating: 0, count: 71)) == nil)
    }

    @Test("a cosignature verifies beside the log's signature, with the time it states")
    func cosignatureVerifies() throws {
        let witness = try Self.witness()
        let cosigned = try witness.cosign(try Self.checkpoint(), time: 1_780_000_000)
        let read = try SignedNote(parsing: cosigned.bytes)
        #expect(read == cosigned)
        let verified = try read.verify(try NoteVerifiers([try Self.log().verifier, witness.verifier]))
        #expect(verified.isSigned(by: try Self.log().verifier) && verified.isSigned(by: witness.verifier))
        #expect(witness.verifier.time(in: verified) == 1_780_000_000)
        #expect(read.signatures[1].signature.count == 72)
        // Cosigning again replaces the witness's line; the log's stays first.
        let again = try witness.cosign(cosigned, time: 1_780_000_060)
        #expect(again.signatures.count == 2 && again.signatures[0] == cosigned.signatures[0])
        #expect(witness.verifier.time(in: try again.verify(try NoteVerifiers([witness.verifier]))) == 1_780_000_060)
        #expect(try CosignatureVerifier(verifierKey: witness.verifier.verifierKey) == witness.verifier)
        #expect(!witness.description.contains("PRIVATE"))
    }

    @Test("a cosignature with its time changed does not verify")
    func changedTime() throws {
        let witness = try Self.witness()
        let cosigned = try witness.cosign(try Self.checkpoint(), time: 1_780_000_000)
        var bytes = cosigned.signatures[1].signature
        bytes[7] ^= 1
        let altered = try SignedNote(parsing: Array((cosigned.text + "\n" + NoteSignature(name: witness.name, keyID: witness.keyID, signature: bytes).line + "\n").utf8))
        #expect(caught(NoteError.self) { _ = try altered.verify(try NoteVerifiers([witness.verifier])) } == .invalidSignature(name: witness.name, keyID: witness.keyID))
    }

    @Test("a cosignature moved to another checkpoint text does not verify")
    func changedText() throws {
        let witness = try Self.witness()
        let cosigned = try witness.cosign(try Self.checkpoint(size: 41), time: 1_780_000_000)
        let grown = cosigned.serialized.replacingOccurrences(of: "\n41\n", with: "\n42\n")
        #expect(grown != cosigned.serialized)
        let note = try SignedNote(parsing: Array(grown.utf8))
        #expect(caught(NoteError.self) { _ = try note.verify(try NoteVerifiers([witness.verifier])) } == .invalidSignature(name: witness.name, keyID: witness.keyID))
    }

    @Test("a cosignature does not verify under another key of the same name")
    func changedKey() throws {
        let witness = try Self.witness()
        let impostor = try Self.witness(2)
        #expect(impostor.keyID != witness.keyID)
        let cosigned = try witness.cosign(try Self.checkpoint(), time: 1_780_000_000)
        #expect(caught(NoteError.self) { _ = try cosigned.verify(try NoteVerifiers([impostor.verifier])) } == .noKnownSignature(signers: [Self.origin, witness.name]))
        // The same name, key ID and type cannot hold another key: a key ID is computed from the key.
        let forged = try SignedNote(parsing: Array((cosigned.text + "\n" + NoteSignature(name: witness.name, keyID: witness.keyID, signature: try impostor.cosignature(forText: cosigned.text, time: 1_780_000_000).signature).line + "\n").utf8))
        #expect(caught(NoteError.self) { _ = try forged.verify(try NoteVerifiers([witness.verifier])) } == .invalidSignature(name: witness.name, keyID: witness.keyID))
    }

    @Test("a cosignature by the log's own key and name never passes as the log's signature")
    func cosignatureIsNotTheLogSignature() throws {
        let log = try Self.log()
        let sameKey = try CosignatureSigner(name: Self.origin, privateKey: try Self.key(0))
        #expect(sameKey.keyID != log.keyID)
        let text = try Checkpoint(origin: Self.origin, size: 42, rootHash: Self.root).text
        let onlyCosigned = try SignedNote(parsing: Array((text + "\n" + (try sameKey.cosignature(forText: text, time: 1).line) + "\n").utf8))
        #expect(caught(NoteError.self) { _ = try Checkpoint.open(onlyCosigned.bytes, logKey: log.verifier) } == .noKnownSignature(signers: [Self.origin]))
        // Nor is the log's signature a cosignature, nor a cosignature key a log key.
        let logSigned = try Self.checkpoint()
        #expect(caught(NoteError.self) { _ = try logSigned.verify(try NoteVerifiers([sameKey.verifier])) } == .noKnownSignature(signers: [Self.origin]))
        #expect(caught(NoteError.self) { _ = try CosignatureVerifier(verifierKey: log.verifier.verifierKey) } == .wrongKeyType(name: Self.origin, found: 0x01, expected: 0x04))
    }

    @Test("a witness's cosignature and the log's signature both count only for their own key")
    func bothKindsInOneSet() throws {
        let witness = try Self.witness()
        let cosigned = try witness.cosign(try Self.checkpoint(), time: 5)
        let opened = try Checkpoint.open(cosigned.bytes, logKey: try Self.log().verifier)
        #expect(opened.note.unverifiedSignatures.map(\.name) == [witness.name])
        let verifiers = try NoteVerifiers([try Self.log().verifier, witness.verifier])
        #expect(verifiers.verifier(name: witness.name, keyID: witness.keyID) == nil)
        #expect(verifiers.signatureVerifier(name: witness.name, keyID: witness.keyID)?.verifierKey == witness.verifier.verifierKey)
    }

    @Test("a time above 2^63 - 1 is refused when cosigning")
    func timeTooLarge() throws {
        let witness = try Self.witness()
        #expect(caught(NoteError.self) { _ = try witness.cosign(try Self.checkpoint(), time: UInt64(Int64.max) + 1) }?.code == "note-malformed")
        let largest = try witness.cosign(try Self.checkpoint(), time: UInt64(Int64.max))
        #expect(witness.verifier.time(in: try largest.verify(try NoteVerifiers([witness.verifier]))) == UInt64(Int64.max))
    }

    @Test("the openssl command verifies our cosignature over the message spelled out by hand, and we verify its")
    func opensslCrossCheck() throws {
        let scratch = Scratch()
        try scratch.openssl(["genpkey", "-algorithm", "ed25519", "-out", "witness.pem"])
        try scratch.openssl(["pkey", "-in", "witness.pem", "-pubout", "-out", "witness.pub"])
        let witness = try CosignatureSigner(name: "panel.example/chair", privateKey: try Ed25519PrivateKey.load(pemFile: scratch.path + "/witness.pem"))
        let note = try Self.checkpoint()
        let cosigned = try witness.cosign(note, time: 1_700_000_000)
        // The message, spelled out from the specification rather than built by the code under test.
        let message = "cosignature/v1\ntime 1700000000\ncouncil.example/caseledger\n42\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n"
        try scratch.write(Array(message.utf8), to: "message")
        let ours = cosigned.signatures[1].signature
        #expect(ours.prefix(8) == [0, 0, 0, 0, 0x65, 0x53, 0xf1, 0x00])
        try scratch.write(Array(ours.dropFirst(8)), to: "ours.sig")
        try scratch.openssl(["pkeyutl", "-verify", "-pubin", "-inkey", "witness.pub", "-rawin", "-in", "message", "-sigfile", "ours.sig"])
        try scratch.openssl(["pkeyutl", "-sign", "-inkey", "witness.pem", "-rawin", "-in", "message", "-out", "theirs.sig"])
        let theirs = try scratch.read("theirs.sig")
        #expect(theirs == Array(ours.dropFirst(8)))  // Ed25519 is deterministic
        let line = NoteSignature(name: witness.name, keyID: witness.keyID, signature: Array(ours.prefix(8)) + theirs).line
        let fromOpenSSL = try SignedNote(parsing: Array((note.serialized + line + "\n").utf8))
        #expect(witness.verifier.time(in: try fromOpenSSL.verify(try NoteVerifiers([witness.verifier]))) == 1_700_000_000)
    }
}
