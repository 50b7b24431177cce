import CSHA256

/// A SHA-256 digest: 32 bytes, stored as four UInt64 (big-endian words) for fast comparison.
///
/// Equality and hashing compare all 32 bytes. The value is immutable and trivially copyable.
public struct SHA256Digest: Hashable, Sendable, CustomStringConvertible {
    // Bytes 0–7, 8–15, 16–23 and 24–31, each read as a big-endian UInt64.
    @usableFromInline let w0: UInt64
    @usableFromInline let w1: UInt64
    @usableFromInline let w2: UInt64
    @usableFromInline let w3: UInt64

    @inlinable
    init(w0: UInt64, w1: UInt64, w2: UInt64, w3: UInt64) {
        self.w0 = w0
        self.w1 = w1
        self.w2 = w2
        self.w3 = w3
    }

    /// The digest of 32 zero bytes (not the hash of anything): the conventional
    /// "no previous entry" value at the start of a hash chain.
    public static let zero = SHA256Digest(w0: 0, w1: 0, w2: 0, w3: 0)

    /// The digest with exactly these 32 bytes, in order; nil when the sequence does not
    /// hold exactly 32 bytes (it is read at most up to its 33rd element).
    @inlinable  // issue 18: fast18b. Specialised where it is called (a checkpoint reads 80,000 digests).
    public init?(bytes: some Sequence<UInt8>) {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var count = 0
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            if count == 32 { return nil }
            let shifted = UInt64(byte) << (56 - 8 * UInt64(count & 7))
            switch count >> 3 {
            case 0: words.0 |= shifted
            case 1: words.1 |= shifted
            case 2: words.2 |= shifted
            default: words.3 |= shifted
            }
            count += 1
        }
        guard count == 32 else { return nil }
        self.init(w0: words.0, w1: words.1, w2: words.2, w3: words.3)
    }

    /// Reads a digest from 32 bytes at `pointer` (no alignment needed).
    @inlinable
    init(rawDigest pointer: UnsafeRawPointer) {
        self.init(
            w0: UInt64(bigEndian: pointer.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
            w1: UInt64(bigEndian: pointer.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
            w2: UInt64(bigEndian: pointer.loadUnaligned(fromByteOffset: 16, as: UInt64.self)),
            w3: UInt64(bigEndian: pointer.loadUnaligned(fromByteOffset: 24, as: UInt64.self)))
    }

    /// The 32 digest bytes, in order (a new array on every access).
    public var bytes: [UInt8] {
        var words = (w0.bigEndian, w1.bigEndian, w2.bigEndian, w3.bigEndian)
        return withUnsafeBytes(of: &words) { Array($0) }
    }

    /// The digest as 64 lowercase hexadecimal digits, first byte first.
    public var hex: String {
        String(unsafeUninitializedCapacity: 64) { buffer in
            Self.writeHex(w0, w1, w2, w3, to: UnsafeMutableRawPointer(buffer.baseAddress!))
            return 64
        }
    }

    /// The same as `hex`: 64 lowercase hexadecimal digits.
    public var description: String { hex }

    /// The digest spelled by exactly 64 lowercase hexadecimal digits (`0-9`, `a-f`);
    /// nil for any other length, uppercase digits or any other character.
    public init?(hex: some StringProtocol) {
        let parsed = hex.utf8.withContiguousStorageIfAvailable {
            SHA256Digest(hexUTF8: UnsafeRawBufferPointer($0))
        }
        if let parsed {
            guard let digest = parsed else { return nil }
            self = digest
        } else {
            let copy = Array(hex.utf8)
            guard let digest = copy.withUnsafeBytes({ SHA256Digest(hexUTF8: $0) }) else {
                return nil
            }
            self = digest
        }
    }

    /// The digest spelled by exactly 64 lowercase hexadecimal ASCII bytes (`0-9`, `a-f`);
    /// nil for any other length, uppercase digits or any other byte. Allocates nothing.
    @inlinable
    public init?(hexUTF8: UnsafeRawBufferPointer) {
        guard hexUTF8.count == 64, let base = hexUTF8.baseAddress else { return nil }
        @inline(__always) func half(_ at: Int) -> (value: UInt32, valid: Bool) {
            SHA256Digest.hexWord(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self)))
        }
        let a0 = half(0), a1 = half(8), b0 = half(16), b1 = half(24), c0 = half(32), c1 = half(40), d0 = half(48), d1 = half(56)
        guard a0.valid && a1.valid && b0.valid && b1.valid && c0.valid && c1.valid && d0.valid && d1.valid else { return nil }
        self.init(
            w0: UInt64(a0.value) << 32 | UInt64(a1.value), w1: UInt64(b0.value) << 32 | UInt64(b1.value),
            w2: UInt64(c0.value) << 32 | UInt64(c1.value), w3: UInt64(d0.value) << 32 | UInt64(d1.value))
    }

    /// Appends the 64 lowercase hexadecimal ASCII digits of the digest to `buffer`, growing
    /// it only when its capacity is insufficient.
    @inlinable
    public func appendHex(to buffer: inout [UInt8]) {
        var ascii: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &ascii) { raw in
            Self.writeHex(w0, w1, w2, w3, to: raw.baseAddress!)
            // Typed, so the append is one copy (a raw buffer is appended byte by byte).
            buffer.append(contentsOf: UnsafeRawBufferPointer(raw).assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Writes the 64 hex digits of the four words to `out` (64 writable bytes).
    @inlinable
    static func writeHex(
        _ w0: UInt64, _ w1: UInt64, _ w2: UInt64, _ w3: UInt64, to out: UnsafeMutableRawPointer
    ) {
        writeHex(w0, to: out)
        writeHex(w1, to: out + 16)
        writeHex(w2, to: out + 32)
        writeHex(w3, to: out + 48)
    }

    /// Writes the 16 hex digits of `word` to `out` (16 writable bytes).
    @inlinable @inline(__always)
    static func writeHex(_ word: UInt64, to out: UnsafeMutableRawPointer) {
        out.storeBytes(
            of: hexASCII(UInt32(truncatingIfNeeded: word >> 32)).littleEndian, as: UInt64.self)
        out.storeBytes(
            of: hexASCII(UInt32(truncatingIfNeeded: word)).littleEndian,
            toByteOffset: 8, as: UInt64.self)
    }

    /// Eight lowercase hex ASCII digits of `x`, most significant digit in the low byte.
    @inlinable @inline(__always)
    static func hexASCII(_ x: UInt32) -> UInt64 {
        // Spread the eight nibbles into eight bytes (least significant nibble in byte 0)...
        var v = UInt64(x)
        v = (v | v << 16) & 0x0000_FFFF_0000_FFFF
        v = (v | v << 8) & 0x00FF_00FF_00FF_00FF
        v = (v | v << 4) & 0x0F0F_0F0F_0F0F_0F0F
        // ...put the most significant nibble first...
        v = v.byteSwapped
        // ...and map 0–9 to '0'–'9', 10–15 to 'a'–'f' (no byte carries: at most 15+48+39).
        let isLetter = ((v &+ 0x0606_0606_0606_0606) >> 4) & 0x0101_0101_0101_0101
        return v &+ 0x3030_3030_3030_3030 &+ isLetter &* 39
    }
}

/// Streaming SHA-256 (FIPS 180-4).
///
/// Feed bytes with `update` any number of times, in pieces of any size, then call
/// `finalize` once: the digest equals `SHA256.hash` of all the bytes concatenated. Uses the
/// CPU's SHA instructions when present (see `usesCPUExtensions`); the state is stored inline,
/// so hashing allocates nothing. A value type: copying a hasher forks the computation.
public struct SHA256: Sendable {
    @usableFromInline var context = csha256_ctx()

    /// A hasher that has absorbed no bytes.
    @inlinable
    public init() {
        csha256_init(&context)
    }

    /// Absorbs the bytes of `buffer`.
    @inlinable
    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        csha256_update(&context, base, buffer.count)
    }

    /// Absorbs `bytes`.
    @inlinable
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Absorbs the UTF-8 encoding of `string` (no terminator).
    @inlinable
    public mutating func update(_ string: String) {
        var string = string
        string.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    /// The digest of every byte absorbed so far.
    ///
    /// The hasher must not be used again afterwards (neither `update` nor `finalize`): its
    /// state is spent and further results are meaningless. Start a new `SHA256()` instead.
    @inlinable
    public mutating func finalize() -> SHA256Digest {
        var raw: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &raw) { out in
            csha256_final(&context, out.baseAddress!.assumingMemoryBound(to: UInt8.self))
            return SHA256Digest(rawDigest: out.baseAddress!)
        }
    }

    /// The SHA-256 digest of the bytes of `buffer`.
    @inlinable
    public static func hash(_ buffer: UnsafeRawBufferPointer) -> SHA256Digest {
        var raw: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &raw) { out in
            // A valid non-null pointer even for an empty buffer; C reads nothing then.
            csha256_hash(
                buffer.baseAddress ?? UnsafeRawPointer(out.baseAddress!), buffer.count,
                out.baseAddress!.assumingMemoryBound(to: UInt8.self))
            return SHA256Digest(rawDigest: out.baseAddress!)
        }
    }

    /// The SHA-256 digest of `bytes`.
    @inlinable
    public static func hash(_ bytes: [UInt8]) -> SHA256Digest {
        bytes.withUnsafeBytes { hash($0) }
    }

    /// The SHA-256 digest of the UTF-8 encoding of `string` (no terminator).
    @inlinable
    public static func hash(_ string: String) -> SHA256Digest {
        var string = string
        return string.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    // Keeps events/INVARIANTS.md rule 58: two messages at once give exactly each one's digest.
    /// The digests of `a` and of `b`, worked out together: with the CPU's SHA instructions their
    /// blocks are interleaved on two lanes (`csha256_hash2`), nearly twice the throughput of hashing
    /// them one after the other; each is exactly `hash` of its bytes.
    @inlinable
    static func hash(_ a: UnsafeRawBufferPointer, and b: UnsafeRawBufferPointer) -> (SHA256Digest, SHA256Digest) {
        var raw: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &raw) { out in
            let o = out.baseAddress!.assumingMemoryBound(to: UInt8.self)
            // A valid non-null pointer even for an empty buffer; C reads nothing then.
            csha256_hash2(a.baseAddress ?? UnsafeRawPointer(o), a.count, b.baseAddress ?? UnsafeRawPointer(o), b.count, o, o + 32)
            return (SHA256Digest(rawDigest: out.baseAddress!), SHA256Digest(rawDigest: out.baseAddress! + 32))
        }
    }

    /// The digests of `a`, `b` and `c`, worked out together on the two SHA lanes (`csha256_hash_many`:
    /// each lane takes the next message when its own ends); each is exactly `hash` of its bytes.
    @inlinable
    static func hash(_ a: UnsafeRawBufferPointer, and b: UnsafeRawBufferPointer, and c: UnsafeRawBufferPointer) -> (SHA256Digest, SHA256Digest, SHA256Digest) {
        var raw: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &raw) { out in
            let o = out.baseAddress!
            // A valid non-null pointer even for an empty buffer; C reads nothing then.
            let pieces = (
                csha256_piece(data: a.baseAddress ?? UnsafeRawPointer(o), len: a.count), csha256_piece(data: b.baseAddress ?? UnsafeRawPointer(o), len: b.count),
                csha256_piece(data: c.baseAddress ?? UnsafeRawPointer(o), len: c.count))
            let counts: (UInt32, UInt32, UInt32) = (1, 1, 1)
            withUnsafeBytes(of: pieces) { p in
                withUnsafeBytes(of: counts) { n in
                    csha256_hash_many(
                        p.baseAddress!.assumingMemoryBound(to: csha256_piece.self), n.baseAddress!.assumingMemoryBound(to: UInt32.self), 3,
                        o.assumingMemoryBound(to: UInt8.self))
                }
            }
            return (SHA256Digest(rawDigest: o), SHA256Digest(rawDigest: o + 32), SHA256Digest(rawDigest: o + 64))
        }
    }

    /// True when hashing currently uses the CPU's SHA instructions (x86_64 SHA-NI detected
    /// at runtime), false when it uses the portable C implementation. Results are identical.
    public static var usesCPUExtensions: Bool {
        csha256_uses_sha_extensions() != 0
    }
}

extension SHA256Digest {
    /// Eight ASCII hex digits (first digit in the low byte of `x`) to their value, without
    /// branches; `valid` is false unless every byte is `0-9` or `a-f`.
    @inlinable @inline(__always)
    static func hexWord(_ x: UInt64) -> (value: UInt32, valid: Bool) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        // Per byte c < 0x80: (c + 0x80 - lo) has its high bit set iff c >= lo; (c + 0x7F - hi) iff c > hi.
        @inline(__always) func inRange(_ lo: UInt64, _ hi: UInt64) -> UInt64 {
            ((x &+ ones &* (0x80 - lo)) & ~(x &+ ones &* (0x7F - hi))) & high
        }
        let digit = inRange(0x30, 0x39)
        let letter = inRange(0x61, 0x66)
        let valid = (x & high) == 0 && (digit | letter) == high
        // '0'-'9' → c & 0xF; 'a'-'f' → (c & 0xF) + 9.
        var v = (x & (ones &* 0x0F)) &+ (letter >> 7) &* 9
        // Bytes d0 d1 … d7 (d0 first) → one 32-bit value, d0 most significant.
        v = ((v & 0x000F_000F_000F_000F) << 4) | ((v >> 8) & 0x000F_000F_000F_000F)
        v = (v | (v >> 8)) & 0x0000_FFFF_0000_FFFF
        v = (v | (v >> 16)) & 0x0000_0000_FFFF_FFFF
        return (UInt32(truncatingIfNeeded: v).byteSwapped, valid)
    }
}
