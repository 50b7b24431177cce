import LedgerStore

/// RFC 6962 §2.1 written out literally over arrays of leaf data, as the oracle the tree is
/// checked against: it shares no code with `LedgerStore`'s Merkle tree but SHA-256 itself.
enum MerkleReference {
    /// `SHA-256(0x00 ‖ data)`.
    static func leafHash(_ data: [UInt8]) -> SHA256Digest {
        SHA256.hash([0x00] + data)
    }

    /// `SHA-256(0x01 ‖ left ‖ right)`.
    static func nodeHash(_ left: SHA256Digest, _ right: SHA256Digest) -> SHA256Digest {
        SHA256.hash([0x01] + left.bytes + right.bytes)
    }

    /// The largest power of two strictly below `n` (n ≥ 2), by counting.
    static func split(_ n: Int) -> Int {
        var k = 1
        while k * 2 < n { k *= 2 }
        return k
    }

    /// `MTH(D[range])`.
    static func mth(_ leaves: [[UInt8]], _ range: Range<Int>) -> SHA256Digest {
        switch range.count {
        case 0: return SHA256.hash([UInt8]())
        case 1: return leafHash(leaves[range.lowerBound])
        default:
            let k = split(range.count)
            let mid = range.lowerBound + k
            return nodeHash(mth(leaves, range.lowerBound..<mid), mth(leaves, mid..<range.upperBound))
        }
    }

    /// `PATH(m, D[range])` (RFC 6962 §2.1.1).
    static func path(_ m: Int, _ leaves: [[UInt8]], _ range: Range<Int>) -> [SHA256Digest] {
        let n = range.count
        if n == 1 { return [] }
        let k = split(n)
        let mid = range.lowerBound + k
        if m < k { return path(m, leaves, range.lowerBound..<mid) + [mth(leaves, mid..<range.upperBound)] }
        return path(m - k, leaves, mid..<range.upperBound) + [mth(leaves, range.lowerBound..<mid)]
    }

    /// `PROOF(m, D[0..<n])` (RFC 6962 §2.1.2) for 0 < m ≤ n.
    static func proof(_ m: Int, _ n: Int, _ leaves: [[UInt8]]) -> [SHA256Digest] {
        subproof(m, leaves, 0..<n, true)
    }

    static func subproof(_ m: Int, _ leaves: [[UInt8]], _ range: Range<Int>, _ b: Bool) -> [SHA256Digest] {
        let n = range.count
        if m == n { return b ? [] : [mth(leaves, range)] }
        let k = split(n)
        let mid = range.lowerBound + k
        if m <= k { return subproof(m, leaves, range.lowerBound..<mid, b) + [mth(leaves, mid..<range.upperBound)] }
        return subproof(m - k, leaves, mid..<range.upperBound, false) + [mth(leaves, range.lowerBound..<mid)]
    }

    /// The bytes spelled by an even number of hex digits.
    static func bytes(hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count, by: 2).map { UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)! }
    }

    /// The digest spelled by 64 lowercase hex digits.
    static func digest(_ hex: String) -> SHA256Digest {
        SHA256Digest(hex: hex)!
    }
}
