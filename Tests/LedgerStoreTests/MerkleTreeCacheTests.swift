import Foundation
@testable import LedgerStore
import Testing

/// The writer-kept Merkle tree (index/tree/), `verify`'s folded root and the streamed consistency
/// proof all agree with `InMemoryMerkleTree` built from the log's event hashes; a cache that is
/// deleted, damaged, short or of another history is rebuilt and never changes an answer; a
/// read-only handle never writes it.
@Suite struct MerkleTreeCacheTests {
    /// The ledger's event hashes, read from the log.
    static func eventHashes(_ path: String) throws -> [SHA256Digest] {
        try allEvents(of: try Ledger.open(at: path)).map(\.hash)
    }

    /// Appends `count` events in batches of 1, 2, 3, … events.
    static func fill(_ ledger: Ledger, count: Int64, from first: Int64 = 1) throws {
        var n = first, size: Int64 = 1
        while n < first + count {
            let k = min(size, first + count - n)
            try ledger.append((0..<k).map { event("C-\((n + $0) % 4)", n: n + $0) })
            n += k
            size = size % 5 + 1
        }
    }

    static func leaves(_ n: Int) -> [SHA256Digest] {
        (0..<n).map { SHA256.hash(Array("leaf \($0)".utf8)) }
    }

    @Test func theCompactRangeHasTheRootOfTheWholeTreeAtEverySize() throws {
        var range = MerkleCompactRange()
        var tree = InMemoryMerkleTree()
        #expect(range.root == MerkleHash.emptyRoot)
        for hash in Self.leaves(300) {
            range.append(eventHash: hash)
            tree.append(eventHash: hash)
            let root = try tree.root(size: tree.leafCount)
            #expect(range.root == root, "size \(tree.leafCount)")
            for (position, edge) in zip(range.positions, range.hashes) {
                let stored = try tree.completeSubtreeHash(level: position.level, index: position.index)
                #expect(stored == edge)
            }
        }
    }

    @Test func aConsistencyProofCapturedWhileFoldingIsTheTreesOwn() throws {
        let hashes = Self.leaves(40)
        let tree = InMemoryMerkleTree(eventHashes: hashes)
        for old in 1...39 {
            var range = MerkleCompactRange()
            var capture = MerkleConsistencyCapture(oldSize: Int64(old))
            for (i, hash) in hashes.enumerated() {
                range.append(leafHash: MerkleHash.leaf(eventHash: hash)) { capture.completed(level: $0, index: $1, hash: $2) }
                capture.reached(range)
                let new = Int64(i + 1)
                guard new >= old else { continue }
                #expect(capture.oldRoot == (try tree.root(size: Int64(old))))
                let proof = try capture.proof(to: range)
                #expect(proof == (try tree.consistencyProof(from: Int64(old), to: new)), "\(old) → \(new)")
                try proof.verify(oldRoot: try tree.root(size: Int64(old)), newRoot: range.root)
            }
        }
    }

    @Test(arguments: Array(0...20) + [127, 128, 129, 300])
    func verifyRecomputesTheRootOfTheLog(size: Int) throws {
        let scratch = Scratch()
        try Self.fill(savingEveryBatch(try scratch.newLedger()), count: Int64(size))
        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath)
        #expect(report.isIntact)
        let tree = InMemoryMerkleTree(eventHashes: try Self.eventHashes(scratch.ledgerPath))
        #expect(report.root == (try tree.root(size: Int64(size))))
    }

    @Test func verifyKeepsRootsProofsAndHashesAskedFor() throws {
        let scratch = Scratch()
        try Self.fill(savingEveryBatch(try scratch.newLedger()), count: 50)
        let hashes = try Self.eventHashes(scratch.ledgerPath)
        let tree = InMemoryMerkleTree(eventHashes: hashes)
        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath, request: VerificationRequest(treeSizes: [1, 7, 32, 50, 51], seqs: [3, 50, 99]))
        for size: Int64 in [1, 7, 32, 50] {
            #expect(report.rootsAt[size] == (try tree.root(size: size)))
            #expect(report.consistencyProofs[size] == (try tree.consistencyProof(from: size, to: 50)))
        }
        #expect(report.rootsAt[51] == nil && report.consistencyProofs[51] == nil)
        #expect(report.hashesAt == [3: hashes[2], 50: hashes[49]])
    }

    /// A fault on the closing line of a batch leaves that batch's earlier events sound and in the
    /// report's root: the consistency proofs and watched hashes the same report gives must be to
    /// that root too, or a proof taken from the report would not check against it.
    @Test func aReportOfAFaultAfterAnUnclosedBatchGivesProofsToTheRootItGives() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append((1...10).map { event("C-1", n: $0) })
        try ledger.append((11...13).map { event("C-2", n: $0) })
        try ledger.append((14...15).map { event("C-3", n: $0) })
        let hashes = try Self.eventHashes(scratch.ledgerPath)
        let segment = scratch.ledgerPath + "/" + (try #require(try segmentNames(in: scratch.ledgerPath).first))
        var all = lines(of: try bytes(of: segment))
        // Seq 13 is the batch's closing line: change its payload.
        let at = try #require(all.firstIndex { String(decoding: $0, as: UTF8.self).contains("\"seq\":13,") })
        let closing = String(decoding: all[at], as: UTF8.self)
        #expect(closing.contains("\"n\":13"))
        all[at] = Array(closing.replacingOccurrences(of: "\"n\":13", with: "\"n\":31").utf8)
        try write(all.flatMap { $0 }, to: segment)

        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath, request: VerificationRequest(treeSizes: [5, 10, 12], seqs: [11, 12]))
        #expect(report.fault?.position.seq == 13)
        #expect(report.events == 12)
        let tree = InMemoryMerkleTree(eventHashes: Array(hashes.prefix(12)))
        let root = report.root
        #expect(root == (try tree.root(size: 12)))
        for size: Int64 in [5, 10] {
            let proof = try #require(report.consistencyProofs[size])
            try proof.verify(oldRoot: try tree.root(size: size), newRoot: root)
        }
        #expect(report.hashesAt == [11: hashes[10], 12: hashes[11]])
    }

    @Test func theWriterKeepsTheCacheAtTheHeadAfterEveryBatch() throws {
        let scratch = Scratch()
        let ledger = savingEveryBatch(try scratch.newLedger())
        for round in 0..<6 {
            try Self.fill(ledger, count: Int64(round * 3 + 1), from: ledger.headSeq + 1)
            let tree = InMemoryMerkleTree(eventHashes: try Self.eventHashes(scratch.ledgerPath))
            let head = try #require(MerkleTreeCache.loadHead(scratch.ledgerPath + "/index/tree"))
            #expect(head.range.size == ledger.headSeq)
            #expect(head.range.root == (try tree.root(size: ledger.headSeq)))
            #expect(head.lastEventHash == ledger.headHash)
            #expect(try ledger.merkleRoot() == (try tree.root(size: ledger.headSeq)))
        }
        // A new handle reads the files, not the log.
        let reader = try Ledger.open(at: scratch.ledgerPath)
        let cache = try reader.merkleCacheAtHead()
        #expect(cache.diskLeaves == reader.headSeq && !cache.hasPending)
    }

    @Test func rootsAndProofsFromTheCacheAreTheTreesOwn() throws {
        let scratch = Scratch()
        try Self.fill(savingEveryBatch(try scratch.newLedger()), count: 37)
        let tree = InMemoryMerkleTree(eventHashes: try Self.eventHashes(scratch.ledgerPath))
        let ledger = try Ledger.open(at: scratch.ledgerPath)
        for size: Int64 in 0...37 {
            #expect(try ledger.merkleRoot(size: size) == (try tree.root(size: size)))
            for seq in stride(from: 1, through: size, by: 1) {
                #expect(try ledger.inclusionProof(seq: seq, treeSize: size) == (try tree.inclusionProof(leafIndex: seq - 1, size: size)))
            }
            if size >= 1 {
                for old in 1...size {
                    #expect(try ledger.consistencyProof(from: old, to: size) == (try tree.consistencyProof(from: old, to: size)))
                }
            }
        }
        let snapshot = try ledger.merkleTree()
        let root37 = try tree.root(size: 37)
        #expect(snapshot.leafCount == 37 && snapshot.root == root37)
        let proof = try snapshot.inclusionProof(leafIndex: 4, size: 20)
        #expect(try proof == tree.inclusionProof(leafIndex: 4, size: 20))
    }

    @Test func questionsTheTreeCannotAnswerAreRefusedWithTheirCode() throws {
        let scratch = Scratch()
        let ledger = savingEveryBatch(try scratch.newLedger())
        try Self.fill(ledger, count: 5)
        func code(_ body: () throws -> Void) -> String? {
            do { try body() } catch let error as LedgerError { return error.code } catch { return "\(error)" }
            return nil
        }
        #expect(code { _ = try ledger.merkleRoot(size: 6) } == "merkle-size-unavailable")
        #expect(code { _ = try ledger.merkleRoot(size: -1) } == "merkle-negative")
        #expect(code { _ = try ledger.inclusionProof(seq: 0) } == "merkle-negative")
        #expect(code { _ = try ledger.inclusionProof(seq: 4, treeSize: 3) } == "merkle-leaf-out-of-range")
        #expect(code { _ = try ledger.consistencyProof(from: 0, to: 5) } == "merkle-consistency-from-empty")
        #expect(code { _ = try ledger.consistencyProof(from: 4, to: 3) } == "merkle-size-decreased")
        #expect(code { _ = try ledger.consistencyProof(from: 2, to: 9) } == "merkle-size-unavailable")
    }

    enum Spoiling: String, CaseIterable, CustomTestStringConvertible {
        case deleted, headCorrupted, headDeleted, interiorZeroed, interiorAltered, rightEdgeAltered, levelTruncated, fromAnotherLedger,
            aheadOfTheLog, garbageAfterTheHead
        var testDescription: String { rawValue }
    }

    /// Spoils the cache of the ledger at `path` (of 45 events).
    static func spoil(_ spoiling: Spoiling, _ path: String) throws {
        let tree = path + "/index/tree"
        let fm = FileManager.default
        switch spoiling {
        case .deleted: try fm.removeItem(atPath: tree)
        case .headDeleted: try fm.removeItem(atPath: tree + "/head.bin")
        case .headCorrupted:
            var b = try bytes(of: tree + "/head.bin")
            b[50] ^= 0x01
            try write(b, to: tree + "/head.bin")
        case .interiorZeroed, .interiorAltered:
            // Level 1, index 2 (seqs 5…8): on no right edge of 45 (32 + 8 + 4 + 1).
            var b = try bytes(of: tree + "/level-01.bin")
            for k in 64..<96 { b[k] = spoiling == .interiorZeroed ? 0 : b[k] ^ 0x5A }
            try write(b, to: tree + "/level-01.bin")
        case .rightEdgeAltered:
            var b = try bytes(of: tree + "/level-05.bin")
            b[0] ^= 0x80
            try write(b, to: tree + "/level-05.bin")
        case .levelTruncated:
            let b = try bytes(of: tree + "/level-00.bin")
            try write(Array(b.prefix(32 * 20)), to: tree + "/level-00.bin")
        case .aheadOfTheLog:
            // The tree of the same history grown to 60 events (the log was rolled back to 45).
            let other = Scratch()
            try fill(savingEveryBatch(try other.newLedger()), count: 60)
            try fm.removeItem(atPath: tree)
            try fm.copyItem(atPath: other.ledgerPath + "/index/tree", toPath: tree)
        case .garbageAfterTheHead:
            // A save cut short: records past what head.bin covers.
            for level in 0...2 {
                var b = try bytes(of: tree + "/level-0\(level).bin")
                b += [UInt8](repeating: 0xAB, count: 96)
                try write(b, to: tree + "/level-0\(level).bin")
            }
        case .fromAnotherLedger:
            let other = Scratch()
            let ledger = savingEveryBatch(try other.newLedger())
            try fill(ledger, count: 45, from: 1000)
            try fm.removeItem(atPath: tree)
            try fm.copyItem(atPath: other.ledgerPath + "/index/tree", toPath: tree)
        }
    }

    @Test(arguments: Spoiling.allCases)
    func aSpoiledCacheIsRebuiltAndChangesNoAnswer(_ spoiling: Spoiling) throws {
        let scratch = Scratch()
        try Self.fill(savingEveryBatch(try scratch.newLedger()), count: 45)
        let tree = InMemoryMerkleTree(eventHashes: try Self.eventHashes(scratch.ledgerPath))
        try Self.spoil(spoiling, scratch.ledgerPath)
        // A reader: every answer is the log's, and nothing is written.
        let before = snapshot(of: scratch.ledgerPath)
        let reader = try Ledger.open(at: scratch.ledgerPath)
        #expect(try reader.merkleRoot() == (try tree.root(size: 45)))
        for seq: Int64 in [1, 6, 7, 23, 45] {
            #expect(try reader.inclusionProof(seq: seq) == (try tree.inclusionProof(leafIndex: seq - 1, size: 45)))
            #expect(try reader.merkleRoot(size: seq) == (try tree.root(size: seq)))
            #expect(try reader.consistencyProof(from: seq) == (try tree.consistencyProof(from: seq, to: 45)))
        }
        #expect(snapshot(of: scratch.ledgerPath) == before)
        // A writer that finds the damage (in an answer that does not check, or on opening the
        // cache) rebuilds the tree, and its next batch saves a cache that agrees with the log again.
        let writer = savingEveryBatch(try Ledger.open(at: scratch.ledgerPath, mode: .readWrite))
        #expect(try writer.inclusionProof(seq: 7) == (try tree.inclusionProof(leafIndex: 6, size: 45)))
        try writer.append([event(n: 46)])
        let grown = InMemoryMerkleTree(eventHashes: try Self.eventHashes(scratch.ledgerPath))
        let fresh = try Ledger.open(at: scratch.ledgerPath)
        let cache = try fresh.merkleCacheAtHead()
        #expect(cache.diskLeaves == 46)
        #expect(cache.range.root == (try grown.root(size: 46)))
        for level in 0...5 {
            for index in stride(from: Int64(0), to: 46 >> Int64(level), by: 1) {
                #expect(try cache.completeSubtreeHash(level: level, index: index) == grown.completeSubtreeHash(level: level, index: index))
            }
        }
    }

    @Test func aStoredSubtreeIsCheckedAgainstTheLog() throws {
        let scratch = Scratch()
        try Self.fill(savingEveryBatch(try scratch.newLedger()), count: 45)
        let reader = try Ledger.open(at: scratch.ledgerPath)
        #expect(try reader.merkleCacheAgrees(level: 3, index: 0))
        #expect(try reader.merkleCacheAgrees(level: 5, index: 0))
        #expect(try reader.merkleCacheAgrees(level: 0, index: 44))
        // seq 3's leaf altered in the file (not on the right edge: the head still checks).
        var b = try bytes(of: scratch.ledgerPath + "/index/tree/level-00.bin")
        b[2 * 32] ^= 0x01
        try write(b, to: scratch.ledgerPath + "/index/tree/level-00.bin")
        let again = try Ledger.open(at: scratch.ledgerPath)
        #expect(try again.merkleCacheAgrees(level: 3, index: 0) == false)
        #expect(try again.merkleCacheAgrees(level: 3, index: 1))
        #expect(throws: LedgerError.self) { try again.merkleCacheAgrees(level: 3, index: 6) }
    }

    @Test func aRefusedAppendWritesNoTree() throws {
        let scratch = Scratch()
        let ledger = savingEveryBatch(try scratch.newLedger())
        try Self.fill(ledger, count: 3)
        let before = snapshot(of: scratch.ledgerPath)
        #expect(throws: LedgerError.self) { try ledger.append([event("C-0", n: 9, expectedVersion: .exactly(99))]) }
        #expect(snapshot(of: scratch.ledgerPath) == before)
    }

    @Test func aVerificationRecordHoldsTheRootOfWhatItVerified() throws {
        let scratch = Scratch()
        try Self.fill(savingEveryBatch(try scratch.newLedger()), count: 23)
        let recordPath = scratch.path + "/verified.rec"
        let (report, written) = try Verifier.verify(ledgerAt: scratch.ledgerPath, recordingTo: recordPath, verifiedAt: Timestamp(microsecondsSinceEpoch: 0))
        #expect(written)
        let record = try VerificationRecord.read(from: recordPath)
        let tree = InMemoryMerkleTree(eventHashes: try Self.eventHashes(scratch.ledgerPath))
        #expect(record.root == report.root)
        #expect(record.root == (try tree.root(size: 23)))
        // A record of the first version (no root) is refused, saying how to make a new one.
        var old = try bytes(of: recordPath)
        old.replaceSubrange(0..<8, with: Array("CLVREC01".utf8))
        try write(old, to: recordPath)
        #expect {
            _ = try VerificationRecord.read(from: recordPath)
        } throws: { error in
            "\(error)".contains("CLVREC01") && "\(error)".contains("--verification-record FILE")
        }
    }

    @Test func twoWritersTakingTurnsKeepOneTree() throws {
        let scratch = Scratch()
        let a = savingEveryBatch(try scratch.newLedger())
        let b = savingEveryBatch(try Ledger.open(at: scratch.ledgerPath, mode: .readWrite))
        for round in 0..<8 {
            try Self.fill(round % 2 == 0 ? a : b, count: Int64(round + 2), from: Int64(round * 100))
        }
        let tree = InMemoryMerkleTree(eventHashes: try Self.eventHashes(scratch.ledgerPath))
        let size = tree.leafCount
        let cache = try Ledger.open(at: scratch.ledgerPath).merkleCacheAtHead()
        #expect(cache.diskLeaves == size)
        for level in 0...5 {
            for index in stride(from: Int64(0), to: size >> Int64(level), by: 1) {
                #expect(try cache.completeSubtreeHash(level: level, index: index) == tree.completeSubtreeHash(level: level, index: index))
            }
        }
        try a.refresh()
        #expect(try a.merkleRoot() == (try tree.root(size: size)))
    }

    @Test func aLongRunningWriterSavesTheTreeWithTheIndexAndEveryHandleStillAnswersFromTheLog() throws {
        // Given a writer with the library's default cadence (every 4,096 events, and saveIndex)
        let scratch = Scratch()
        let writer = try scratch.newLedger()
        for n in 1...12 { try writer.append([event("C-\(n % 3)", n: Int64(n))]) }
        // then twelve single appends wrote no tree files (no head.bin replaced per append)
        #expect(MerkleTreeCache.loadHead(scratch.ledgerPath + "/index/tree") == nil)
        // and a fresh handle's root and proofs are the log's all the same
        let expected = InMemoryMerkleTree(eventHashes: try Self.eventHashes(scratch.ledgerPath))
        let reader = try Ledger.open(at: scratch.ledgerPath)
        #expect(try reader.merkleRoot() == expected.root(size: 12))
        #expect(try reader.inclusionProof(seq: 5).hashes == expected.inclusionProof(leafIndex: 4, size: 12).hashes)
        // and saveIndex writes the tree, which then covers the head
        writer.saveIndex()
        #expect(MerkleTreeCache.loadHead(scratch.ledgerPath + "/index/tree")?.range.size == 12)
    }
}

/// A writer that saves its caches after every batch, as the command line's writers do (a
/// long-running writer saves every `indexSaveInterval` events and in `saveIndex`).
private func savingEveryBatch(_ ledger: Ledger) -> Ledger {
    ledger.indexSaveInterval = 1
    return ledger
}
