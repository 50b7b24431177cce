@testable import LedgerStore
import Testing

/// `KeptHead.check(against:)`: a checkpoint's root and a printed head against a whole
/// verification, each refusal naming both sides.
@Suite struct KeptHeadTests {
    /// A verified ledger of 20 events, with what `heads` need kept.
    static func verified(_ heads: [KeptHead], in given: Scratch? = nil) throws -> (report: VerificationReport, tree: InMemoryMerkleTree, scratch: Scratch) {
        let scratch = given ?? Scratch()
        if given == nil { try MerkleTreeCacheTests.fill(try scratch.newLedger(), count: 20) }
        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath, request: KeptHead.request(for: heads))
        let tree = InMemoryMerkleTree(eventHashes: try MerkleTreeCacheTests.eventHashes(scratch.ledgerPath))
        return (report, tree, scratch)
    }

    @Test func aCheckpointOfAPrefixIsExtendedAtEverySize() throws {
        let probe = try Self.verified([])
        for size: Int64 in 1...20 {
            let head = KeptHead.checkpoint(name: "cp", size: size, root: try probe.tree.root(size: size))
            let (report, _, _) = try Self.verified([head], in: probe.scratch)
            #expect(try head.check(against: report).contains("its first \(size) event"))
        }
    }

    @Test func anotherRootAtTheSameSizeIsRefusedNamingBoth() throws {
        let wrong = SHA256.hash(Array("not the root".utf8))
        let head = KeptHead.checkpoint(name: "cp", size: 9, root: wrong)
        let (report, tree, _) = try Self.verified([head])
        #expect(throws: KeptHeadMismatch.checkpointRootDiffers(
            checkpoint: "cp", size: 9, root: wrong, ledgerRootThen: try tree.root(size: 9), events: 20, ledgerRoot: try tree.root(size: 20))
        ) { _ = try head.check(against: report) }
    }

    @Test func aProofThatDoesNotVerifyIsRefused() throws {
        let probe = try Self.verified([])
        let head = KeptHead.checkpoint(name: "cp", size: 9, root: try probe.tree.root(size: 9))
        var (report, _, _) = try Self.verified([head], in: probe.scratch)
        let proof = try #require(report.consistencyProofs[9])
        report.consistencyProofs[9] = MerkleConsistencyProof(oldSize: 9, newSize: 20, hashes: proof.hashes.reversed())
        #expect { _ = try head.check(against: report) } throws: { ($0 as? KeptHeadMismatch)?.code == "checkpoint-not-extended" }
    }

    @Test func theEmptyCheckpointProvesNothingAndSaysSo() throws {
        let (report, _, _) = try Self.verified([])
        #expect(try KeptHead.checkpoint(name: "cp", size: 0, root: MerkleHash.emptyRoot).check(against: report).contains("proves nothing"))
        #expect(throws: KeptHeadMismatch.self) { _ = try KeptHead.checkpoint(name: "cp", size: 0, root: .zero).check(against: report) }
    }

    @Test func headsPastTheLedgerAreRefused() throws {
        let root = SHA256.hash(Array("x".utf8))
        let heads: [KeptHead] = [.checkpoint(name: "cp", size: 21, root: root), .event(seq: 21, hash: root)]
        let (report, _, _) = try Self.verified(heads)
        #expect { _ = try heads[0].check(against: report) } throws: { ($0 as? KeptHeadMismatch)?.code == "checkpoint-ahead-of-ledger" }
        #expect { _ = try heads[1].check(against: report) } throws: { ($0 as? KeptHeadMismatch)?.code == "expected-head-missing" }
    }
}
