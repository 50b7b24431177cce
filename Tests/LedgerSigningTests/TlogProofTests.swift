import Foundation
import LedgerSigning
import Testing

@Suite("C2SP tlog-proof@v1")
struct TlogProofTests {
    static let root: [UInt8] = (0..<32).map { UInt8($0) }
    static let sibling: [UInt8] = (0..<32).map { UInt8(0xA0 + $0 % 16) }
    static let uncle: [UInt8] = Array(repeating: 0xFF, count: 32)

    static func signedCheckpoint(size: Int64 = 5) throws -> SignedNote {
        try Checkpoint(origin: CheckpointTests.origin, size: size, rootHash: root).signed(by: try CheckpointTests.signer())
    }

    @Test("a proof is written exactly as the specification lays it out, and reads back to the same bytes")
    func exactBytesAndRoundTrip() throws {
        let note = try Self.signedCheckpoint()
        let proof = try TlogProof(index: 3, hashes: [Self.sibling, Self.uncle], checkpoint: note)
        let expected = "c2sp.org/tlog-proof@v1\nindex 3\n" + Base64.encode(Self.sibling) + "\n" + Base64.encode(Self.uncle) + "\n\n"
            + "council.example/caseledger\n5\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n\n" + note.signatures[0].line + "\n"
        #expect(proof.serialized == expected)
        let read = try TlogProof(parsing: proof.bytes)
        #expect(read == proof)
        #expect(read.bytes == proof.bytes)
        #expect(read.checkpointBody.size == 5)
        #expect(read.extra == nil)
    }

    @Test("the extra line, an empty proof (a tree of one) and index 0 read back exactly")
    func extraAndEmptyProof() throws {
        let note = try Self.signedCheckpoint(size: 1)
        let proof = try TlogProof(extra: Array("not authenticated".utf8), index: 0, hashes: [], checkpoint: note)
        #expect(proof.serialized.hasPrefix("c2sp.org/tlog-proof@v1\nextra bm90IGF1dGhlbnRpY2F0ZWQ=\nindex 0\n\ncouncil.example/caseledger\n1\n"))
        let read = try TlogProof(parsing: proof.bytes)
        #expect(read == proof)
        #expect(read.extra == Array("not authenticated".utf8))
        #expect(read.hashes.isEmpty)
    }

    @Test("a cosigned checkpoint is kept verbatim, every signature line in order")
    func checkpointKeptVerbatim() throws {
        let note = try Self.signedCheckpoint().adding(signatureBy: try CheckpointTests.signer(1, name: "ombudsman.example/witness"))
        let proof = try TlogProof(index: 4, hashes: [Self.sibling], checkpoint: note)
        let read = try TlogProof(parsing: proof.bytes)
        #expect(read.checkpoint.bytes == note.bytes)
        #expect(read.checkpoint.signatures.map(\.name) == ["council.example/caseledger", "ombudsman.example/witness"])
        #expect(proof.serialized.hasSuffix(note.serialized))
    }

    @Test("malformed proofs are refused, each with the reason")
    func malformedProofsAreRefused() throws {
        let good = try TlogProof(index: 3, hashes: [Self.sibling], checkpoint: try Self.signedCheckpoint()).serialized
        let hashLine = Base64.encode(Self.sibling)
        let cases: [(String, String)] = [
            (good.replacingOccurrences(of: "tlog-proof@v1", with: "tlog-proof@v2"), "the first line is not"),
            (good.replacingOccurrences(of: "index 3", with: "index 03"), "not a decimal number without leading zeros"),
            (good.replacingOccurrences(of: "index 3", with: "index -3"), "not a decimal number without leading zeros"),
            (good.replacingOccurrences(of: "index 3", with: "index "), "not a decimal number without leading zeros"),
            (good.replacingOccurrences(of: "index 3", with: "index 99999999999999999999"), "larger than any log can hold"),
            (good.replacingOccurrences(of: "index 3\n", with: ""), "does not start with 'index '"),
            (good.replacingOccurrences(of: "index 3\n", with: "extra !!\nindex 3\n"), "not standard base64"),
            (good.replacingOccurrences(of: hashLine, with: String(hashLine.dropLast(4)) + "AA=="), "32-byte hash"),
            (good.replacingOccurrences(of: hashLine, with: hashLine + "\n" + "AAAA"), "32-byte hash"),
            ("c2sp.org/tlog-proof@v1\nindex 3\n", "before the checkpoint"),
            ("", "it is empty"),
        ]
        for (text, reason) in cases {
            let error = caught(TlogProofError.self) { _ = try TlogProof(parsing: Array(text.utf8)) }
            #expect(error?.code == "tlog-proof-malformed", "\(text)")
            #expect(error?.message.contains(reason) == true, "\(String(describing: error)) for \(text)")
        }
    }

    @Test("a proof whose note is not a signed checkpoint is refused with the checkpoint's error")
    func badCheckpointIsRefused() throws {
        let good = try TlogProof(index: 3, hashes: [Self.sibling], checkpoint: try Self.signedCheckpoint()).serialized
        let unsigned = good.components(separatedBy: "\n\n")[0] + "\n\ncouncil.example/caseledger\n5\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n"
        #expect(caught(TlogProofError.self) { _ = try TlogProof(parsing: Array(unsigned.utf8)) }?.code == "note-malformed")
        let notACheckpoint = good.replacingOccurrences(of: "\n5\n", with: "\nfive\n")
        #expect(caught(TlogProofError.self) { _ = try TlogProof(parsing: Array(notACheckpoint.utf8)) }?.code == "checkpoint-malformed")
    }

    @Test("a proof is not built with a negative index or a hash of the wrong size")
    func invalidProofsAreNotBuilt() throws {
        let note = try Self.signedCheckpoint()
        #expect(caught(TlogProofError.self) { _ = try TlogProof(index: -1, hashes: [], checkpoint: note) }?.code == "tlog-proof-malformed")
        #expect(caught(TlogProofError.self) { _ = try TlogProof(index: 1, hashes: [[1, 2, 3]], checkpoint: note) }?.code == "tlog-proof-malformed")
    }
}
