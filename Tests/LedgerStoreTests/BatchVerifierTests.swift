import LedgerJSON
import Testing

@testable import LedgerStore

/// `EventLine.BatchVerifier` (many lines' hashes worked out together, two at a time on the SHA
/// lanes) gives each line exactly the verdict and fields `fastVerify` gives it alone, and the leaf
/// `MerkleHash.leaf(eventHash:)` gives, whatever lines share its batch (INVARIANTS rule 58): on the
/// version 1 and 2 samples, erased lines, and their random mutations, in batches of random sizes.
@Suite struct BatchVerifierTests {
    typealias F = FastPathEquivalenceTests
    typealias V2 = Version2BytePathTests

    /// Sound lines of both versions (version 2 also with parts erased), and mutations of each.
    static func corpus(seed: UInt64) throws -> [[UInt8]] {
        var r = F.Random(state: seed)
        var sound: [[UInt8]] = F.samples().map { F.line($0, fixDigest: true) }
        for l in V2.lines() {
            sound.append(l.line)
            let stored = try l.line.withUnsafeBytes { try EventLine.generalDecode($0, verify: true, decodePayload: false) }
            let pointers = Array(try #require(stored.partSalts).keys).sorted()
            let chosen = Set(pointers.filter { _ in r.below(2) == 0 })
            if !chosen.isEmpty { sound.append(try l.line.withUnsafeBytes { try EventLine.erasing(chosen, inLine: $0) }) }
        }
        var out = sound
        for line in sound { for _ in 0..<6 { out.append(F.mutate(line, &r)) } }
        // Mixed, so that a batch holds lines of both versions, sound and not.
        for k in out.indices.reversed() { out.swapAt(k, r.below(k + 1)) }
        return out
    }

    @Test(arguments: [1, 2])
    func batchesGiveEachLineItsOwnVerdict(seed: UInt64) throws {
        let lines = try Self.corpus(seed: seed)
        var r = F.Random(state: seed + 10)
        let verifier = EventLine.BatchVerifier()
        var taken = 0, version2 = 0, erased = 0
        var k = 0
        while k < lines.count {
            let size = min(lines.count - k, 1 + r.below(12))
            let batch = Array(lines[k..<(k + size)])
            let withLeaves = r.below(4) != 0
            // One contiguous store for the batch, each line a range of it.
            let flat = batch.flatMap { $0 }
            let got = flat.withUnsafeBytes { store -> [(line: EventLine.Verified, leaf: SHA256Digest)?] in
                var at = 0
                let ranges = batch.map { line -> UnsafeRawBufferPointer in
                    defer { at += line.count }
                    return UnsafeRawBufferPointer(rebasing: store[at..<(at + line.count)])
                }
                return ranges.withUnsafeBufferPointer { verifier.verify($0, leaves: withLeaves) }
            }
            for (j, line) in batch.enumerated() {
                let alone = line.withUnsafeBytes { EventLine.fastVerify($0) }
                let text = String(decoding: line, as: UTF8.self)
                guard let alone else {
                    #expect(got[j] == nil, "the batch took a line fastVerify declines: \(text)")
                    continue
                }
                guard let (v, leaf) = got[j] else {
                    Issue.record("the batch declined a line fastVerify takes: \(text)")
                    continue
                }
                #expect(v.seq == alone.seq && v.hash == alone.hash && v.prev == alone.prev && v.at == alone.at && v.endsBatch == alone.endsBatch
                    && v.stream == alone.stream && v.version2 == alone.version2 && v.erased == alone.erased, "the batch differs on \(text)")
                #expect(leaf == (withLeaves ? MerkleHash.leaf(eventHash: v.hash) : .zero), "a wrong leaf for \(text)")
                taken += 1
                if v.version2 { version2 += 1 }
                if !v.erased.isEmpty { erased += 1 }
            }
            k += size
        }
        #expect(taken > 30 && version2 > 20 && erased > 5, "taken \(taken), version 2 \(version2), with erased parts \(erased)")
    }
}
