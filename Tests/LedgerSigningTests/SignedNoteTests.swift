import Foundation
import LedgerSigning
import Testing

/// Test vectors from two sources:
/// - the C2SP signed-note specification's own example, "Verifier keys" → "Example"
///   (https://c2sp.org/signed-note; github.com/C2SP/C2SP signed-note.md at commit 5ba5ee83);
/// - Go's golang.org/x/mod/sumdb/note tests (github.com/golang/mod sumdb/note/note_test.go at
///   commit fe2ec04f: TestNewVerifier, TestSign, TestOpen), whose signer key makes the exact
///   note Go makes, Ed25519 being deterministic.
enum Vectors {
    static let specVerifierKey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"
    static let specNote = "This is an example message.\n\n"
        + "— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n"

    static let peterVerifierKey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    static let peterSignerKey = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
    static let enochVerifierKey = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop"
    static let text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
    static let peterSig = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
    static let enochSig = "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n"

    /// `signatureLine` with "ABCD" put into its base64 at character 60, as Go's TestOpen corrupts one.
    static func corrupted(_ signatureLine: String) -> String {
        String(signatureLine.prefix(60)) + "ABCD" + String(signatureLine.dropFirst(60))
    }

    static func parse(_ note: String) throws -> SignedNote { try SignedNote(parsing: Array(note.utf8)) }
    static func verifiers(_ keys: String...) throws -> NoteVerifiers { try NoteVerifiers(keys.map { try NoteVerifier(verifierKey: $0) }) }
}

@Suite("C2SP signed notes")
struct SignedNoteTests {
    @Test("the specification's example verifier key has key ID 530d903a and verifies its example note")
    func specificationExample() throws {
        let verifier = try NoteVerifier(verifierKey: Vectors.specVerifierKey)
        #expect(verifier.name == "example.com/foo")
        #expect(verifier.keyID == 0x530d903a)
        #expect(verifier.verifierKey == Vectors.specVerifierKey)
        #expect(try NoteVerifier(name: "example.com/foo", publicKey: verifier.publicKey).keyID == 0x530d903a)

        let note = try Vectors.parse(Vectors.specNote)
        #expect(note.text == "This is an example message.\n")
        #expect(note.serialized == Vectors.specNote)
        let verified = try note.verify(try NoteVerifiers([verifier]))
        #expect(verified.isSigned(by: verifier))
        #expect(verified.unverifiedSignatures.isEmpty)

        let altered = try Vectors.parse(Vectors.specNote.replacingOccurrences(of: "an example", with: "a forged"))
        #expect(caught(NoteError.self) { _ = try altered.verify(try NoteVerifiers([verifier])) } == .invalidSignature(name: "example.com/foo", keyID: 0x530d903a))
    }

    @Test("Go's signer key gives Go's verifier key and signs Go's note byte for byte")
    func goSignerKey() throws {
        let signer = try NoteSigner(signerKey: Vectors.peterSignerKey)
        #expect(signer.verifier.verifierKey == Vectors.peterVerifierKey)
        #expect(!signer.description.contains("PRIVATE"))
        let note = try SignedNote.sign(text: Vectors.text, by: [signer])
        #expect(note.serialized == Vectors.text + "\n" + Vectors.peterSig)
    }

    @Test("a signature from an unknown key is ignored and kept; every known key's signature is verified")
    func unknownKeysAreIgnored() throws {
        let note = try Vectors.parse(Vectors.text + "\n" + Vectors.peterSig + Vectors.enochSig)
        let peterOnly = try note.verify(try Vectors.verifiers(Vectors.peterVerifierKey))
        #expect(peterOnly.verifiedSignatures.map(\.name) == ["PeterNeumann"])
        #expect(peterOnly.unverifiedSignatures.map(\.name) == ["EnochRoot"])
        #expect(peterOnly.text == Vectors.text)

        let both = try note.verify(try Vectors.verifiers(Vectors.peterVerifierKey, Vectors.enochVerifierKey))
        #expect(both.verifiedSignatures.map(\.name) == ["PeterNeumann", "EnochRoot"])
        #expect(both.unverifiedSignatures.isEmpty)

        // An unknown key that shares the name (but not the key ID) of a known one is ignored too, even when its signature is garbage.
        let sameName = "— PeterNeumann " + Base64.encode([0, 0, 0, 1] + [UInt8](repeating: 7, count: 64)) + "\n"
        let withImpostor = try Vectors.parse(Vectors.text + "\n" + sameName + Vectors.peterSig)
        let verified = try withImpostor.verify(try Vectors.verifiers(Vectors.peterVerifierKey))
        #expect(verified.verifiedSignatures.map(\.keyID) == [0xc74f20a3])
        #expect(verified.unverifiedSignatures.map(\.keyID) == [1])
    }

    @Test("a note with no signature from a known key is rejected, naming who did sign it")
    func noKnownSignatureRejects() throws {
        let note = try Vectors.parse(Vectors.text + "\n" + Vectors.peterSig + Vectors.enochSig)
        let error = caught(NoteError.self) { _ = try note.verify(try NoteVerifiers([])) }
        #expect(error == .noKnownSignature(signers: ["PeterNeumann", "EnochRoot"]))
        #expect(error?.message.contains("PeterNeumann, EnochRoot") == true)
    }

    @Test("a bad signature from a known key rejects the note, even beside a good one")
    func badKnownSignatureRejects() throws {
        let bad = try Vectors.parse(Vectors.text + "\n" + Vectors.corrupted(Vectors.peterSig))
        #expect(caught(NoteError.self) { _ = try bad.verify(try Vectors.verifiers(Vectors.peterVerifierKey)) } == .invalidSignature(name: "PeterNeumann", keyID: 0xc74f20a3))

        let goodAndBad = try Vectors.parse(Vectors.text + "\n" + Vectors.peterSig + Vectors.corrupted(Vectors.enochSig))
        let known = try Vectors.verifiers(Vectors.peterVerifierKey, Vectors.enochVerifierKey)
        #expect(caught(NoteError.self) { _ = try goodAndBad.verify(known) } == .invalidSignature(name: "EnochRoot", keyID: 0xaf0cfe78))
        // The same corrupted signature from a key the reader does not know is ignored (Go's TestOpen).
        let unknownBad = try goodAndBad.verify(try Vectors.verifiers(Vectors.peterVerifierKey))
        #expect(unknownBad.verifiedSignatures.map(\.name) == ["PeterNeumann"])
    }

    @Test("a repeated signature counts once")
    func duplicates() throws {
        let note = try Vectors.parse(Vectors.text + "\n" + Vectors.peterSig + Vectors.peterSig + Vectors.enochSig + Vectors.enochSig)
        let verified = try note.verify(try Vectors.verifiers(Vectors.peterVerifierKey))
        #expect(verified.verifiedSignatures.count == 1)
        #expect(verified.unverifiedSignatures.count == 1)
        #expect(note.signatures.count == 4)
    }

    @Test("malformed notes are refused (Go's TestOpen cases, and more than 100 signatures)", arguments: [
        Vectors.text,
        Vectors.text + "\n",
        Vectors.text + "\n" + String(Vectors.peterSig.dropLast()),
        "\u{01}" + Vectors.text + "\n" + Vectors.peterSig,
        Vectors.text + "\t\n\n" + Vectors.peterSig,
        Vectors.text + "\n" + "— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        Vectors.text + "\n" + Vectors.peterSig + "Unexpected line.\n",
        Vectors.text + "\n" + "-- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        Vectors.text + "\n" + "— PeterNeumann x08go/Z=\n",
        Vectors.text + "\n" + "— PeterNeumann AAAAAA==\n",
        Vectors.text + "\n" + "— Peter+Neumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        Vectors.text + "\n" + String(repeating: Vectors.peterSig, count: 101),
    ])
    func malformedNotes(note: String) {
        #expect(caught(NoteError.self) { _ = try Vectors.parse(note) }?.code == "note-malformed")
    }

    @Test("invalid UTF-8 is refused")
    func invalidUTF8() {
        let bytes: [UInt8] = [0xFF] + Array((Vectors.text + "\n" + Vectors.peterSig).utf8)
        #expect(caught(NoteError.self) { _ = try SignedNote(parsing: bytes) } == .malformedNote(reason: "the note is not valid UTF-8"))
    }

    @Test("100 signatures are accepted; a text with blank lines splits at the last one")
    func limitsAndBlankLines() throws {
        let many = try Vectors.parse(Vectors.text + "\n" + String(repeating: Vectors.peterSig, count: 100))
        #expect(many.signatures.count == 100)
        let signer = try NoteSigner(signerKey: Vectors.peterSignerKey)
        let text = "first\n\nsecond, after a blank line\n\n"
        let note = try SignedNote.sign(text: text, by: [signer])
        let read = try SignedNote(parsing: note.bytes)
        #expect(read == note)
        #expect(try read.verify(try NoteVerifiers([signer.verifier])).text == text)
    }

    @Test("a second party countersigns: both verify, and signing again replaces the earlier signature")
    func countersigning() throws {
        let log = try NoteSigner(name: "council.example/caseledger", privateKey: try Ed25519PrivateKey(seed: RFC8032Vector.all[0].secretKey))
        let witness = try NoteSigner(name: "ombudsman.example/witness", privateKey: try Ed25519PrivateKey(seed: RFC8032Vector.all[1].secretKey))
        let signed = try SignedNote.sign(text: "council.example/caseledger\n1\n", by: [log])
        let cosigned = try signed.adding(signatureBy: witness)
        #expect(cosigned.signatures.map(\.name) == ["council.example/caseledger", "ombudsman.example/witness"])
        let both = try cosigned.verify(try NoteVerifiers([log.verifier, witness.verifier]))
        #expect(both.isSigned(by: log.verifier) && both.isSigned(by: witness.verifier))
        let again = try cosigned.adding(signatureBy: log)
        #expect(again.signatures.map(\.name) == ["ombudsman.example/witness", "council.example/caseledger"])
        #expect(try SignedNote(parsing: again.bytes) == again)
    }

    @Test("a note text must end with a newline and hold no control characters; at least one signer")
    func signingRefusesBadText() throws {
        let signer = try NoteSigner(signerKey: Vectors.peterSignerKey)
        #expect(caught(NoteError.self) { _ = try SignedNote.sign(text: "abc", by: [signer]) } == .malformedNote(reason: "the note text does not end with a newline"))
        #expect(caught(NoteError.self) { _ = try SignedNote.sign(text: "a\rb\n", by: [signer]) } == .malformedNote(reason: "the note text holds the control character U+000D on line 1"))
        #expect(caught(NoteError.self) { _ = try SignedNote.sign(text: "abc\n", by: []) }?.code == "note-malformed")
    }

    @Test("key names hold no Unicode space and no plus, and are not empty", arguments: ["", "a+b", "a b", "a\u{00A0}b", "a\u{2003}b", "a\nb"])
    func invalidKeyNames(name: String) throws {
        let key = try Ed25519PrivateKey(seed: RFC8032Vector.all[0].secretKey)
        #expect(caught(NoteError.self) { _ = try NoteSigner(name: name, privateKey: key) } == .invalidKeyName(name: name))
    }

    @Test("every mangling of a verifier key is refused (Go's TestNewVerifier): substrings, changed bytes, wrong type, wrong length")
    func mangledVerifierKeys() throws {
        let bytes = Array(Vectors.peterVerifierKey.utf8)
        for start in 0...bytes.count {
            for end in (start + 1)..<(bytes.count + 1) where start != 0 || end != bytes.count {
                let key = String(decoding: bytes[start..<end], as: UTF8.self)
                #expect(throws: NoteError.self, "\(key)") { _ = try NoteVerifier(verifierKey: key) }
            }
        }
        for index in bytes.indices {
            var changed = bytes
            changed[index] &+= 1
            let key = String(decoding: changed, as: UTF8.self)
            #expect(throws: NoteError.self, "\(key)") { _ = try NoteVerifier(verifierKey: key) }
        }
        #expect(caught(NoteError.self) { _ = try NoteVerifier(verifierKey: "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==") }?.code == "verifier-key-malformed")
        #expect(caught(NoteError.self) { _ = try NoteVerifier(verifierKey: "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW") } == .unsupportedSignatureType(name: "PeterNeumann", type: 0x65))
        #expect(caught(NoteError.self) { _ = try NoteVerifier(verifierKey: "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW") } == .keyIDMismatch(name: "PeterNeumann", stated: 0xc74f20a4, computed: 0xc74f20a3))
    }

    @Test("every mangling of a signer key is refused (Go's TestNewSigner), and no error repeats the key")
    func mangledSignerKeys() throws {
        let bytes = Array(Vectors.peterSignerKey.utf8)
        for start in 0...bytes.count {
            for end in (start + 1)..<(bytes.count + 1) where start != 0 || end != bytes.count {
                let key = String(decoding: bytes[start..<end], as: UTF8.self)
                let error = caught(NoteError.self) { _ = try NoteSigner(signerKey: key) }
                #expect(error?.message.contains("AYEKFALVFGyNhPJEMzD1QIDr") != true)
            }
        }
        for index in bytes.indices {
            var changed = bytes
            changed[index] &+= 1
            #expect(throws: NoteError.self) { _ = try NoteSigner(signerKey: String(decoding: changed, as: UTF8.self)) }
        }
    }

    @Test("the same key given twice counts once, and a key is found only by its name and key ID together")
    func conflictingVerifiers() throws {
        let peter = try NoteVerifier(verifierKey: Vectors.peterVerifierKey)
        _ = try NoteVerifiers([peter, peter])
        #expect(try NoteVerifiers([peter, peter]).verifier(name: "PeterNeumann", keyID: 0xc74f20a3) == peter)
        #expect(try NoteVerifiers([peter]).verifier(name: "PeterNeumann", keyID: 0xc74f20a4) == nil)
    }
}
