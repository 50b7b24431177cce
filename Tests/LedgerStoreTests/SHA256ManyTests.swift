import CSHA256
import Testing

@testable import LedgerStore

/// `csha256_hash_many` (two messages at a time on the CPU's SHA lanes) and its portable form give
/// exactly the single-message digests (INVARIANTS rule 58): the FIPS 180-4 / CAVP vectors, and
/// random messages of many lengths cut into random pieces, checked against `csha256_hash_portable`
/// of the whole message (a separate code path: the streaming context).
@Suite struct SHA256ManyTests {
    /// The digests of `messages` (each a list of pieces) by `csha256_hash_many`, or its portable form.
    static func many(_ messages: [[[UInt8]]], portable: Bool) -> [SHA256Digest] {
        // One contiguous store, so that every piece's pointer stays valid during the call.
        let flat = messages.flatMap { $0.flatMap { $0 } }
        var out = [UInt8](repeating: 0, count: 32 * messages.count)
        flat.withUnsafeBytes { store in
            var pieces: [csha256_piece] = []
            var at = 0
            for message in messages {
                for piece in message {
                    // An empty piece with no pointer, as Swift gives for an empty array.
                    pieces.append(csha256_piece(data: piece.isEmpty ? nil : store.baseAddress! + at, len: piece.count))
                    at += piece.count
                }
            }
            let counts = messages.map { UInt32($0.count) }
            out.withUnsafeMutableBufferPointer { o in
                if portable {
                    csha256_hash_many_portable(pieces, counts, messages.count, o.baseAddress)
                } else {
                    csha256_hash_many(pieces, counts, messages.count, o.baseAddress)
                }
            }
        }
        return (0..<messages.count).map { SHA256Digest(bytes: out[(32 * $0)..<(32 * $0 + 32)])! }
    }

    /// `message` cut into up to `maxPieces` pieces at random places (empty pieces included).
    static func cut(_ message: [UInt8], _ r: inout SplitMix64, maxPieces: Int) -> [[UInt8]] {
        let count = Int(r.next() % UInt64(maxPieces + 1))
        var cuts = (0..<count).map { _ in message.isEmpty ? 0 : Int(r.next() % UInt64(message.count + 1)) }.sorted()
        cuts.append(message.count)
        var out: [[UInt8]] = []
        var from = 0
        for c in cuts {
            out.append(Array(message[from..<c]))
            from = c
        }
        return out
    }

    @Test(arguments: [false, true])
    func knownAnswersHashedManyAtOnce(portable: Bool) {
        let vectors = SHA256Vector.nist + SHA256Vector.paddingBoundaries
        var r = SplitMix64(seed: 7)
        // All the vectors in one call, each whole and each cut into pieces, in two orders.
        let messages = vectors.map { [$0.message] } + vectors.map { Self.cut($0.message, &r, maxPieces: 6) }
        let expected = vectors.map(\.digest) + vectors.map(\.digest)
        #expect(Self.many(messages, portable: portable).map(\.hex) == expected)
        #expect(Self.many(messages.reversed(), portable: portable).map(\.hex) == expected.reversed())
    }

    @Test(arguments: [false, true])
    func randomLengthsAndPiecesGiveTheSingleMessageDigest(portable: Bool) {
        var r = SplitMix64(seed: portable ? 2 : 1)
        for round in 0..<300 {
            let n = Int(r.next() % 9)
            let lengths = (0..<n).map { _ -> Int in
                switch r.next() % 8 {
                case 0: return Int(r.next() % 20_000)  // long: many blocks on one lane while the other changes message
                case 1: return [0, 55, 56, 63, 64, 65, 119, 120, 127, 128][Int(r.next() % 10)]
                default: return Int(r.next() % 301)
                }
            }
            let messages = lengths.map { r.bytes($0) }
            let cut = messages.map { Self.cut($0, &r, maxPieces: round % 3 == 0 ? 0 : 7) }.map { $0.isEmpty ? [[]] : $0 }
            let got = Self.many(cut, portable: portable)
            for (k, message) in messages.enumerated() {
                #expect(got[k] == SHA256Path.portable.hash(message), "round \(round), message \(k) of \(message.count) bytes")
            }
        }
    }

    @Test func twoMessagesAtOnceGiveEachDigest() {
        var r = SplitMix64(seed: 3)
        for _ in 0..<200 {
            let a = r.bytes(Int(r.next() % 300)), b = r.bytes(Int(r.next() % 1_000))
            var da = [UInt8](repeating: 0, count: 32), db = [UInt8](repeating: 0, count: 32)
            a.withUnsafeBytes { pa in
                b.withUnsafeBytes { pb in
                    csha256_hash2(pa.baseAddress, pa.count, pb.baseAddress, pb.count, &da, &db)
                }
            }
            #expect(SHA256Digest(bytes: da) == SHA256Path.portable.hash(a))
            #expect(SHA256Digest(bytes: db) == SHA256Path.portable.hash(b))
        }
    }

    @Test func theSwiftPairAndTripleGiveEachDigest() {
        var r = SplitMix64(seed: 4)
        for _ in 0..<200 {
            let a = r.bytes(Int(r.next() % 700)), b = r.bytes(Int(r.next() % 300))
            let (da, db) = a.withUnsafeBytes { pa in b.withUnsafeBytes { pb in SHA256.hash(pa, and: pb) } }
            #expect(da == SHA256Path.portable.hash(a) && db == SHA256Path.portable.hash(b))
            let c = r.bytes(Int(r.next() % 100))
            let (ta, tb, tc) = a.withUnsafeBytes { pa in b.withUnsafeBytes { pb in c.withUnsafeBytes { pc in SHA256.hash(pa, and: pb, and: pc) } } }
            #expect(ta == da && tb == db && tc == SHA256Path.portable.hash(c))
        }
    }

    /// `PayloadParts.withPartDigests`: each present part's digest is SHA-256 of `["salt","pointer",value]`,
    /// an erased one's slot `.zero`.
    @Test func partDigestsWorkedOutTogetherAreEachPartsDigest() {
        var r = SplitMix64(seed: 5)
        for _ in 0..<60 {
            let count = Int(r.next() % 14)
            let parts = (0..<count).map { k -> (salt: [UInt8], pointer: [UInt8], value: [UInt8], present: Bool) in
                let salt = Array(String(repeating: "0123456789abcdef", count: 2).utf8.shuffled(using: &r))
                return (salt, Array("/member\(k)".utf8), Array("\"\(String(repeating: "v", count: Int(r.next() % 200)))\"".utf8), r.next() % 4 != 0)
            }
            let flat = parts.flatMap { $0.salt + $0.pointer + $0.value }
            let got = flat.withUnsafeBytes { store -> [SHA256Digest] in
                var ranges: [(UnsafeRawBufferPointer, UnsafeRawBufferPointer, UnsafeRawBufferPointer)] = []
                var at = 0
                for p in parts {
                    let s = UnsafeRawBufferPointer(rebasing: store[at..<(at + p.salt.count)])
                    let q = UnsafeRawBufferPointer(rebasing: store[(at + p.salt.count)..<(at + p.salt.count + p.pointer.count)])
                    let v = UnsafeRawBufferPointer(rebasing: store[(at + p.salt.count + p.pointer.count)..<(at + p.salt.count + p.pointer.count + p.value.count)])
                    ranges.append((s, q, v))
                    at += p.salt.count + p.pointer.count + p.value.count
                }
                return PayloadParts.withPartDigests(count: count, { k in parts[k].present ? ranges[k] : nil }) { Array($0) }
            }
            let expected = parts.map { p in
                p.present ? SHA256Path.portable.hash(Array("[\"".utf8) + p.salt + Array("\",\"".utf8) + p.pointer + Array("\",".utf8) + p.value + Array("]".utf8)) : .zero
            }
            #expect(got == expected)
        }
    }
}
