import CSHA256
import Testing

@testable import LedgerStore

#if os(Linux)
import Glibc
#endif

/// The two compression paths: automatic (SHA-NI when the CPU has it) and the portable C code,
/// the latter reached through `csha256_hash_portable` so no global state is toggled.
enum SHA256Path: String, CaseIterable, CustomTestStringConvertible {
    case automatic
    case portable

    var testDescription: String { rawValue }

    func hash(_ bytes: [UInt8]) -> SHA256Digest {
        switch self {
        case .automatic:
            return SHA256.hash(bytes)
        case .portable:
            var out = [UInt8](repeating: 0, count: 32)
            bytes.withUnsafeBytes { input in
                out.withUnsafeMutableBufferPointer { output in
                    csha256_hash_portable(input.baseAddress, input.count, output.baseAddress)
                }
            }
            return SHA256Digest(bytes: out)!
        }
    }
}

/// A known-answer test: a message and its digest.
struct SHA256Vector: CustomTestStringConvertible, Sendable {
    let name: String
    let message: [UInt8]
    let digest: String

    init(_ name: String, _ message: [UInt8], _ digest: String) {
        self.name = name
        self.message = message
        self.digest = digest
    }

    var testDescription: String { name }

    /// NIST FIPS 180-4 examples (CAVP / "SHA-256 example" documents), cross-checked with
    /// coreutils sha256sum.
    static let nist: [SHA256Vector] = [
        SHA256Vector(
            "empty string", [],
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        SHA256Vector(
            "abc", Array("abc".utf8),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        SHA256Vector(
            "448-bit message",
            Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        SHA256Vector(
            "896-bit message",
            Array(
                ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                    + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8),
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        SHA256Vector(
            "one million a", [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ]

    /// Runs of "a" whose lengths straddle the padding boundaries (55/56 bytes mod 64 and
    /// whole blocks); digests from coreutils sha256sum.
    static let paddingBoundaries: [SHA256Vector] = [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (111, "6374f73208854473827f6f6a3f43b1f53eaa3b82c21c1a6d69a2110b2a79baad"),
        (112, "f54353008a2553262ecdc4a34749563ba0950e8b0fc8652780b0a614b99683c1"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        (127, "c57e9278af78fa3cab38667bef4ce29d783787a2f731d4e12200270f0c32320a"),
        (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
    ].map { length, digest in
        SHA256Vector(
            "\(length) × a", [UInt8](repeating: UInt8(ascii: "a"), count: length), digest)
    }
}

/// SplitMix64: a small deterministic generator, so any failure reproduces.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }
}

@Suite("SHA-256")
struct SHA256Tests {
    @Test(
        "Both paths give the NIST digests",
        arguments: SHA256Vector.nist + SHA256Vector.paddingBoundaries, SHA256Path.allCases)
    func knownAnswers(vector: SHA256Vector, path: SHA256Path) {
        #expect(path.hash(vector.message).hex == vector.digest)
    }

    @Test("Hashing a string hashes its UTF-8 bytes", arguments: SHA256Vector.nist)
    func stringOverloads(vector: SHA256Vector) {
        let string = String(decoding: vector.message, as: UTF8.self)
        #expect(SHA256.hash(string).hex == vector.digest)
        var hasher = SHA256()
        hasher.update(string)
        #expect(hasher.finalize().hex == vector.digest)
        #expect(SHA256.hash("é€😀") == SHA256.hash(Array("é€😀".utf8)))
    }

    @Test("The one million a digest is the same when fed in 1000-byte pieces")
    func millionAStreamed() {
        let piece = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        var hasher = SHA256()
        for _ in 0..<1000 { hasher.update(piece) }
        #expect(hasher.finalize().hex
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// 0 stands for random piece sizes between 1 and 200.
    @Test(
        "Streaming in pieces of any size equals one-shot hashing for lengths 0 to 1000",
        arguments: [1, 3, 63, 64, 65, 0])
    func streamingMatchesOneShot(pieceSize: Int) {
        var random = SplitMix64(seed: 0x5EED_0000 + UInt64(pieceSize))
        for length in 0...1000 {
            let data = random.bytes(length)
            var hasher = SHA256()
            var offset = 0
            data.withUnsafeBytes { raw in
                while offset < length {
                    let size = pieceSize > 0 ? pieceSize : Int.random(in: 1...200, using: &random)
                    let end = min(offset + size, length)
                    hasher.update(UnsafeRawBufferPointer(rebasing: raw[offset..<end]))
                    offset = end
                }
            }
            let streamed = hasher.finalize()
            #expect(streamed == SHA256.hash(data), "length \(length)")
            #expect(streamed == SHA256Path.portable.hash(data), "length \(length)")
        }
    }

    @Test("SHA-NI and portable code agree on random inputs")
    func pathsAgree() {
        var random = SplitMix64(seed: 42)
        let lengths = Array(0...1000) + [4095, 4096, 4097, 65_536 + 17, 1_000_003]
        for length in lengths {
            let data = random.bytes(length)
            #expect(SHA256Path.automatic.hash(data) == SHA256Path.portable.hash(data),
                "length \(length)")
        }
    }

    @Test("An empty buffer is hashed like an empty message")
    func emptyBuffers() {
        let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        #expect(SHA256.hash(UnsafeRawBufferPointer(start: nil, count: 0)).hex == empty)
        var hasher = SHA256()
        hasher.update(UnsafeRawBufferPointer(start: nil, count: 0))
        hasher.update([])
        hasher.update("")
        #expect(hasher.finalize().hex == empty)
    }

    @Test("A copied hasher continues independently")
    func copiesFork() {
        var a = SHA256()
        a.update("ab")
        var b = a
        a.update("c")
        b.update("d")
        #expect(a.finalize() == SHA256.hash("abc"))
        #expect(b.finalize() == SHA256.hash("abd"))
    }

    @Test("usesCPUExtensions tells the truth about the CPU")
    func reportsCPUExtensionsTruthfully() throws {
        #expect(SHA256.usesCPUExtensions == (csha256_uses_sha_extensions() != 0))
        #expect(SHA256.usesCPUExtensions == (csha256_cpu_has_sha_extensions() != 0))
        #if arch(x86_64) && os(Linux)
        // cpuinfo lists "sha_ni" exactly when cpuid leaf 7 reports SHA (SSE4.1/SSSE3
        // accompany it on every CPU that has it).
        let flags = try #require(cpuinfoFlags())
        let hasSHANI = flags.split(separator: " ").contains("sha_ni")
        #expect(SHA256.usesCPUExtensions == hasSHANI)
        #else
        #expect(!SHA256.usesCPUExtensions)
        #endif
    }
}

#if os(Linux)
/// The first "flags" line of /proc/cpuinfo, read with plain libc.
func cpuinfoFlags() -> String? {
    guard let file = fopen("/proc/cpuinfo", "r") else { return nil }
    defer { fclose(file) }
    var line: UnsafeMutablePointer<CChar>? = nil
    var capacity = 0
    defer { free(line) }
    while getline(&line, &capacity, file) > 0 {
        let text = String(cString: line!)
        if text.hasPrefix("flags") { return text }
    }
    return nil
}
#endif

@Suite("SHA-256 digest")
struct SHA256DigestTests {
    @Test("Hex and bytes round-trip through the digest")
    func roundTrips() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let bytes = random.bytes(32)
            let digest = try #require(SHA256Digest(bytes: bytes))
            #expect(digest.bytes == bytes)
            let hex = bytes.map { String($0, radix: 16).count == 1
                ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
            #expect(digest.hex == hex)
            #expect(digest.description == hex)
            #expect(SHA256Digest(hex: hex) == digest)
            #expect(SHA256Digest(hex: hex[...]) == digest)
            var ascii: [UInt8] = [1, 2, 3]
            digest.appendHex(to: &ascii)
            #expect(ascii == [1, 2, 3] + Array(hex.utf8))
            let parsed = ascii.withUnsafeBytes {
                SHA256Digest(hexUTF8: UnsafeRawBufferPointer(rebasing: $0[3...]))
            }
            #expect(parsed == digest)
        }
    }

    @Test("Every hex digit is encoded and decoded")
    func everyDigit() throws {
        let hex = String(repeating: "0123456789abcdef", count: 4)
        let digest = try #require(SHA256Digest(hex: hex))
        #expect(digest.hex == hex)
        #expect(digest.bytes == Array(repeating: [0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef],
            count: 4).flatMap { $0 })
        let ff = try #require(SHA256Digest(hex: String(repeating: "f", count: 64)))
        #expect(ff.bytes == [UInt8](repeating: 0xff, count: 32))
    }

    @Test("Zero is 32 zero bytes")
    func zero() {
        #expect(SHA256Digest.zero.bytes == [UInt8](repeating: 0, count: 32))
        #expect(SHA256Digest.zero.hex == String(repeating: "0", count: 64))
        #expect(SHA256Digest(bytes: [UInt8](repeating: 0, count: 32)) == .zero)
        #expect(SHA256.hash([]) != .zero)
    }

    @Test("Byte sequences that are not 32 bytes long are rejected", arguments: [0, 1, 31, 33, 64])
    func wrongByteCounts(count: Int) {
        #expect(SHA256Digest(bytes: [UInt8](repeating: 7, count: count)) == nil)
    }

    @Test(
        "Malformed hex is rejected",
        arguments: [
            "",
            String(repeating: "a", count: 63),
            String(repeating: "a", count: 65),
            String(repeating: "A", count: 64),
            "E3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85G",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85g",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85 ",
            "0xb0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85/",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85:",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85`",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8é",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85\u{0}",
        ])
    func malformedHex(text: String) {
        #expect(SHA256Digest(hex: text) == nil)
        let viaBytes = Array(text.utf8).withUnsafeBytes { SHA256Digest(hexUTF8: $0) }
        #expect(viaBytes == nil)
    }

    @Test("Equal digests hash equally and different digests differ")
    func hashable() {
        let a = SHA256.hash("a"), b = SHA256.hash("b")
        #expect(Set([a, b, SHA256.hash("a")]).count == 2)
        #expect(a != b)
        // Digests differing only in the last byte are different.
        var bytes = a.bytes
        bytes[31] ^= 1
        #expect(SHA256Digest(bytes: bytes) != a)
    }
}
