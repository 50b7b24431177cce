@testable import LedgerJSON
@testable import LedgerStore
import Testing

/// The fast paths for reading lines (`EventLine.fastDecode`: the header read in place,
/// `CanonicalValidator` for payloads, branch-free hex) accept only what the general path (parse,
/// check, re-encode, compare) accepts, with the same result; and `decode`, which tries the fast
/// path first, gives exactly the general path's event or fault for every line. Checked on
/// hand-made lines with every escape and non-ASCII keys and strings, and on seeded random
/// mutations of them, re-hashed so that the canonical-form checks are what decides.
@Suite struct FastPathEquivalenceTests {
    static let modes: [(verify: Bool, decodePayload: Bool)] = [(true, false), (true, true), (false, true), (false, false)]

    /// Deterministic randomness.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
    }

    /// Pieces of strings: every control character, the characters escaped, `/`, U+007F, and
    /// non-ASCII ones whose UTF-8 and UTF-16 orders differ or that Unicode folds together.
    static let pieces: [String] =
        (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        + ["\"", "\\", "/", "\u{7F}", "a", "b", "z", "A", "K", "Z", "0", "9", " ", "-", ":", "é", "e\u{301}", "\u{212A}", "Å", "Å",
           "😀", "\u{E000}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}", "ü", "中", "note", "amount", "reason"]

    static func randomString(_ r: inout Random, maxPieces: Int = 4) -> String {
        (0..<r.below(maxPieces + 1)).map { _ in r.pick(pieces) }.joined()
    }

    static func randomValue(_ r: inout Random, depth: Int) -> JSONValue {
        switch r.below(depth > 3 ? 4 : 7) {
        case 0: return .null
        case 1: return .bool(r.below(2) == 0)
        case 2: return .integer(r.pick([0, 1, -1, 9, 10, -10, 1250, JSONValue.maxSafeInteger, -JSONValue.maxSafeInteger, Int64(r.below(1 << 30))]))
        case 3: return .string(randomString(&r))
        case 4: return .array((0..<r.below(4)).map { _ in randomValue(&r, depth: depth + 1) })
        default: return randomObject(&r, depth: depth + 1)
        }
    }

    static func randomObject(_ r: inout Random, depth: Int) -> JSONValue {
        var members = JSONObject()
        for _ in 0..<r.below(6) {
            // "é" twice over (precomposed, and e with a combining accent) and the Kelvin sign beside
            // "K": names that differ only by Unicode normalisation are two members (rule 65).
            let key = r.below(3) == 0 ? randomString(&r, maxPieces: 2) : r.pick(["a", "b", "amount", "n", "note", "é", "e\u{301}", "z", "\u{E000}", "😀", "A", "aa", "K", "\u{212A}"])
            members[key] = randomValue(&r, depth: depth)
        }
        return .object(members)
    }

    /// A header and a payload (canonical bytes each); `line` assembles them.
    struct Sample {
        var header: [UInt8]
        var payload: [UInt8]
    }

    static func samples() -> [Sample] {
        var r = Random(state: 42)
        var out: [Sample] = []
        let actors = ["S-17", "Ann \"the auditor\" O'Neil", "Zoë", "back\\slash", "tab\there", "x\u{A0}y", String(repeating: "a", count: 128)]
        let times: [Int64] = [0, 1_795_000_000_123_456, 951_782_400_000_000 /* 2000-02-29 */, -62_167_219_200_000_000 /* 0000-01-01 */, 253_402_300_799_999_999 /* 9999-12-31 */]
        for k in 0..<48 {
            let payload: JSONValue = k == 0 ? .object([:]) : k == 1 ? ["erased": .null] : randomObject(&r, depth: 0)
            let payloadBytes = CanonicalJSON.encode(payload)
            let header = EventHeader(
                seq: [1, 9, 10, 12_345, JSONValue.maxSafeInteger][k % 5], id: EventID.random(using: &r),
                stream: ["C-1001", "C-1", "S:staff_register.v2", "case-9.x_y"][k % 4], type: ["noteAdded", "planSignedOff", "x"][k % 3],
                schema: [1, 2, 10][k % 3], recordedAt: Timestamp(microsecondsSinceEpoch: times[k % times.count]),
                actor: actors[k % actors.count], payloadDigest: SHA256.hash(payloadBytes),
                previousHash: k % 4 == 0 ? .zero : SHA256.hash(Array("prev \(k)".utf8)), endsBatch: k % 2 == 0)
            var h: [UInt8] = []
            header.appendCanonical(to: &h)
            out.append(Sample(header: h, payload: payloadBytes))
        }
        return out
    }

    /// `{"hash":…,"header":H,"payload":P}` with the hash of H; with `fixDigest`, H's payloadDigest is
    /// first set to P's digest (when H still has one where it should be).
    static func line(_ s: Sample, fixDigest: Bool) -> [UInt8] {
        var h = s.header
        if fixDigest {
            let marker = Array("\"payloadDigest\":\"".utf8)
            if let at = (0...max(0, h.count - marker.count)).first(where: { h.count >= $0 + marker.count && Array(h[$0..<($0 + marker.count)]) == marker }),
                at + marker.count + 64 <= h.count
            {
                var hex: [UInt8] = []
                SHA256.hash(s.payload).appendHex(to: &hex)
                h.replaceSubrange((at + marker.count)..<(at + marker.count + 64), with: hex)
            }
        }
        var out = Array("{\"hash\":\"".utf8)
        SHA256.hash(h).appendHex(to: &out)
        out += Array("\",\"header\":".utf8) + h + Array(",\"payload\":".utf8) + s.payload + [UInt8(ascii: "}")]
        return out
    }

    static let interesting: [UInt8] = Array("\"\\{}[],:0123456789-+.eEabcdefABCDEFntrufl/ u".utf8) + [0x00, 0x08, 0x1F, 0x7F, 0x80, 0xA9, 0xBF, 0xC3, 0xE2, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xFF]
    static let snippets: [String] = ["\\u0041", "\\u001f", "\\u001F", "\\u0008", "\\/", "\\u00e9", "\\ud83d\\ude00", "\\ud83d", " ", "-0", "1.0", "1e2", "01", "9007199254740992", "\"a\":1,", "true", "nul", "\\n", "\\t", "\\\"", "\\\\", "é", "\u{212A}"]

    static func mutate(_ bytes: [UInt8], _ r: inout Random) -> [UInt8] {
        var b = bytes
        let rounds = 1 + r.below(2)
        for _ in 0..<rounds {
            let at = b.isEmpty ? 0 : r.below(b.count)
            switch r.below(6) {
            case 0 where !b.isEmpty: b[at] = r.pick(interesting)
            case 1: b.insert(r.pick(interesting), at: at)
            case 2 where !b.isEmpty: b.removeSubrange(at..<min(b.count, at + 1 + r.below(3)))
            case 3 where b.count > at + 1: b.swapAt(at, at + 1)
            case 4: b.insert(contentsOf: Array(r.pick(snippets).utf8), at: at)
            default: if !b.isEmpty { b[at] ^= UInt8(1 << r.below(8)) }
            }
        }
        return b
    }

    /// decode == generalDecode exactly, and a fast acceptance is a general acceptance.
    @discardableResult
    static func checkLine(_ bytes: [UInt8], keys keyCache: JSONKeyCache = JSONKeyCache()) -> (fast: Int, generalAccepted: Int) {
        var fastCount = 0, generalCount = 0
        bytes.withUnsafeBytes { raw in
            if let v = EventLine.fastVerify(raw) {
                let general = try? EventLine.generalDecode(raw, verify: true, decodePayload: false)
                #expect(general != nil && general!.seq == v.seq && general!.hash == v.hash && general!.previousHash == v.prev
                    && general!.recordedAt == v.at && general!.endsBatch == v.endsBatch && v.leaf == MerkleHash.leaf(eventHash: general!.hash),
                    "fastVerify accepted \(String(decoding: bytes, as: UTF8.self))")
            }
            for mode in modes {
                let general = Result { () throws(LineFault) in try EventLine.generalDecode(raw, verify: mode.verify, decodePayload: mode.decodePayload) }
                let combined = Result { () throws(LineFault) in try EventLine.decode(raw, verify: mode.verify, decodePayload: mode.decodePayload) }
                if let cached = EventLine.fastDecode(raw, verify: mode.verify, decodePayload: mode.decodePayload, keys: keyCache) {
                    #expect(general == .success(cached), "the fast path with cached keys accepted \(String(decoding: bytes, as: UTF8.self)) in mode \(mode)")
                }
                if let fast = EventLine.fastDecode(raw, verify: mode.verify, decodePayload: mode.decodePayload) {
                    #expect(general == .success(fast), "the fast path accepted \(String(decoding: bytes, as: UTF8.self)) in mode \(mode)")
                    fastCount += 1
                }
                if case .success = general { generalCount += 1 }
                #expect(combined == general, "decode differs from the general path on \(String(decoding: bytes, as: UTF8.self)) in mode \(mode)")
            }
        }
        return (fastCount, generalCount)
    }

    @Test func everySampleLineTakesTheFastPathWithTheGeneralResult() throws {
        for s in Self.samples() {
            let line = Self.line(s, fixDigest: false)
            Self.checkLine(line)
            // Escapes in header strings or payload keys are left to the general path.
            let escapedHeaderString = s.header.contains(UInt8(ascii: "\\"))
            let payload = try JSONParser.parse(s.payload)
            let escapedKey = Self.keys(of: payload).contains { $0.unicodeScalars.contains { $0.value < 0x20 || $0 == "\"" || $0 == "\\" } }
            line.withUnsafeBytes { raw in
                for mode in Self.modes where !escapedHeaderString && !(escapedKey && mode.verify) {
                    #expect(EventLine.fastDecode(raw, verify: mode.verify, decodePayload: mode.decodePayload) != nil, "not fast: \(String(decoding: line, as: UTF8.self))")
                }
            }
        }
    }

    @Test(arguments: [1, 2, 3])
    func randomMutationsOfPayloadsHeadersAndLinesReadTheSameOnBothPaths(seed: UInt64) throws {
        var r = Random(state: seed)
        var fast = 0, accepted = 0, tried = 0
        let keys = JSONKeyCache()  // shared by all the lines, as a ledger handle shares it across reads
        for s in Self.samples() {
            for _ in 0..<60 {
                for line in [
                    Self.line(Sample(header: s.header, payload: Self.mutate(s.payload, &r)), fixDigest: true),
                    Self.line(Sample(header: Self.mutate(s.header, &r), payload: s.payload), fixDigest: false),
                    Self.mutate(Self.line(s, fixDigest: false), &r),
                ] {
                    let counts = Self.checkLine(line, keys: keys)
                    fast += counts.fast
                    accepted += counts.generalAccepted
                    tried += Self.modes.count
                }
            }
        }
        // Both paths were exercised: some mutations still read (through the fast path), most were refused.
        #expect(fast > tried / 20 && accepted < tried / 2, "fast \(fast), accepted \(accepted) of \(tried)")
    }

    @Test(arguments: [7, 8, 9, 10])
    func theValidatorAcceptsOnlyWhatReEncodesToItself(seed: UInt64) throws {
        var r = Random(state: seed)
        for _ in 0..<400 {
            let value = Self.randomObject(&r, depth: 0)
            let canonical = CanonicalJSON.encode(value)
            let keysNeedEscapes = Self.keys(of: value).contains { $0.unicodeScalars.contains { $0.value < 0x20 || $0 == "\"" || $0 == "\\" } }
            let accepted = canonical.withUnsafeBytes { CanonicalValidator.isCanonicalObject($0) }
            // Complete except for keys with escapes, which it leaves to the general path.
            #expect(accepted || keysNeedEscapes, "refused canonical \(String(decoding: canonical, as: UTF8.self))")
            for _ in 0..<20 {
                let mutated = Self.mutate(canonical, &r)
                Self.checkPayload(mutated)
            }
        }
    }

    @Test func hardCasesOfKeyOrderUnicodeAndNumbers() throws {
        let cases: [(String, Bool)] = [
            (#"{"a":1,"b":2}"#, true), (#"{"b":2,"a":1}"#, false), (#"{"a":1,"a":2}"#, false),
            (#"{"a":1,"aa":2}"#, true), (#"{"aa":1,"a":2}"#, false),
            ("{\"\u{E000}\":1,\"\u{10000}\":2}", false), ("{\"\u{10000}\":1,\"\u{E000}\":2}", true),  // UTF-16: surrogates sort first
            // Keys are compared by code units, never normalised (FORMAT.md): keys equal as Swift
            // strings (canonically equivalent) are two keys, in code-unit order.
            ("{\"K\":1,\"\u{212A}\":2}", true), ("{\"\u{212A}\":1,\"K\":2}", false),  // Kelvin sign
            ("{\"e\u{301}\":1,\"é\":2}", true), ("{\"é\":1,\"e\u{301}\":2}", false),
            ("{\"fi\":1,\"\u{FB01}\":2}", true), ("{\"\u{FB01}\":1,\"fi\":2}", false),
            ("{\"é\":1,\"ü\":2}", true),
            (#"{"a":-0}"#, false), (#"{"a":0}"#, true), (#"{"a":01}"#, false), (#"{"a":1.0}"#, false), (#"{"a":1e2}"#, false),
            (#"{"a":9007199254740991}"#, true), (#"{"a":9007199254740992}"#, false), (#"{"a":-9007199254740991}"#, true),
            (#"{"a":"\u001f"}"#, true), (#"{"a":"\u001F"}"#, false), (#"{"a":"\u0008"}"#, false), (#"{"a":"\b"}"#, true),
            (#"{"a":"\/"}"#, false), (#"{"a":"/"}"#, true), (#"{"a":"\u0041"}"#, false), (#"{"a":"\ud83d\ude00"}"#, false),
            (#"{"a":"\""}"#, true), (#"{"a":"\\"}"#, true), ("{\"a\":\"\u{7F}\"}", true),
            (#"{"a\n":1,"a\"":2}"#, false),  // escaped keys: left to the general path
            (#"{ "a":1}"#, false), (#"{"a":1} "#, false), (#"{"a":[1,2,{}]}"#, true), (#"{"a":[1,2,]}"#, false),
            (#"{"a":true,"b":false,"c":null}"#, true), (#"{"a":tru}"#, false), (#"[1]"#, false), (#"{}"#, true),
            (String(repeating: "{\"a\":", count: 64) + "1" + String(repeating: "}", count: 64), true),
            (String(repeating: "{\"a\":", count: 65) + "1" + String(repeating: "}", count: 65), false),
            (String(repeating: "{\"a\":", count: 63) + "[1]" + String(repeating: "}", count: 63), true),
            (String(repeating: "{\"a\":", count: 64) + "[1]" + String(repeating: "}", count: 64), false),
        ]
        for (text, canonical) in cases {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBytes { CanonicalValidator.isCanonicalObject($0) } == canonical, "\(text)")
            Self.checkPayload(bytes)
        }
        // Invalid UTF-8 in strings: overlong, surrogate, too high, stray continuation, cut short.
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE2, 0x82], [0xFF]] {
            let bytes = Array("{\"a\":\"".utf8) + bad + Array("\"}".utf8)
            #expect(!bytes.withUnsafeBytes { CanonicalValidator.isCanonicalObject($0) })
            Self.checkPayload(bytes)
        }
    }

    /// If the validator accepts, the parser reads an object that re-encodes to the same bytes.
    static func checkPayload(_ bytes: [UInt8]) {
        let accepted = bytes.withUnsafeBytes { CanonicalValidator.isCanonicalObject($0) }
        guard accepted else { return }
        let parsed = try? JSONParser.parse(bytes)
        #expect(parsed?.objectValue != nil, "accepted but does not parse to an object: \(String(decoding: bytes, as: UTF8.self))")
        if let parsed { #expect(CanonicalJSON.encode(parsed) == bytes, "accepted but not canonical: \(String(decoding: bytes, as: UTF8.self))") }
    }

    static func keys(of value: JSONValue) -> [String] {
        switch value {
        case .object(let m): return m.keys.map(\.string) + m.values.flatMap { keys(of: $0) }
        case .array(let a): return a.flatMap { keys(of: $0) }
        default: return []
        }
    }

    @Test func theKeySortPrefixAgreesWithUTF16Order() throws {
        var r = Random(state: 11)
        for _ in 0..<20_000 {
            let a = Self.randomString(&r, maxPieces: 6), b = Self.randomString(&r, maxPieces: 6)
            let pa = CanonicalJSON.sortPrefix(a), pb = CanonicalJSON.sortPrefix(b)
            let utf16 = a.utf16.lexicographicallyPrecedes(b.utf16), reverse = b.utf16.lexicographicallyPrecedes(a.utf16)
            if pa < pb { #expect(utf16, "\(a.debugDescription) \(b.debugDescription)") }
            if pa > pb { #expect(reverse, "\(a.debugDescription) \(b.debugDescription)") }
            #expect(CanonicalKeyOrder.precedes(a, b) == utf16)
        }
    }

    @Test func branchFreeHexAgreesWithTheScalarRule() throws {
        func reference(_ bytes: [UInt8]) -> UInt32? {
            var v: UInt32 = 0
            for c in bytes {
                switch c {
                case 0x30...0x39: v = v << 4 | UInt32(c - 0x30)
                case 0x61...0x66: v = v << 4 | UInt32(c - 0x61 + 10)
                default: return nil
                }
            }
            return v
        }
        func word(_ bytes: [UInt8]) -> UInt64 { bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) } }
        // Every byte value in every position of an otherwise valid word.
        for position in 0..<8 {
            for b in 0...255 {
                var bytes = Array("0123abcd".utf8)
                bytes[position] = UInt8(b)
                let r = SHA256Digest.hexWord(word(bytes))
                #expect((r.valid ? r.value : nil) == reference(bytes), "\(bytes)")
            }
        }
        var r = Random(state: 5)
        let hex = Array("0123456789abcdef".utf8)
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in r.below(4) == 0 ? UInt8(r.below(256)) : r.pick(hex) }
            let got = SHA256Digest.hexWord(word(bytes))
            #expect((got.valid ? got.value : nil) == reference(bytes))
        }
        // The UUID text form, written eight digits at a time, against a digit-by-digit reference.
        for _ in 0..<2_000 {
            let id = r.below(8) == 0 ? EventID(high: 0, low: UInt64.max) : EventID.random(using: &r)
            let digits = Array("0123456789abcdef".utf8)
            var reference: [UInt8] = []
            for k in 0..<32 {
                if k == 8 || k == 12 || k == 16 || k == 20 { reference.append(UInt8(ascii: "-")) }
                reference.append(digits[Int(((k < 16 ? id.high : id.low) >> UInt64(60 - 4 * (k % 16))) & 0xF)])
            }
            #expect(id.description == String(decoding: reference, as: UTF8.self))
            #expect(EventID(id.description) == id)
        }
        // Whole digests and UUIDs against the general parsers.
        for _ in 0..<2_000 {
            var text = Array(SHA256.hash(Array("x\(r.next())".utf8)).hex.utf8)
            if r.below(2) == 0 { text[r.below(64)] = r.pick(Self.interesting) }
            let fast = text.withUnsafeBytes { EventLine.hexDigest($0.baseAddress!) }
            #expect(fast == SHA256Digest(hex: String(decoding: text, as: UTF8.self)))
            var id = Array(EventID.random(using: &r).description.utf8)
            if r.below(2) == 0 { id[r.below(36)] = r.pick(Self.interesting) }
            let fastID = id.withUnsafeBufferPointer { EventLine.uuid($0.baseAddress!) }
            let general = EventID(String(decoding: id, as: UTF8.self))
            #expect(fastID == (general?.description == String(decoding: id, as: UTF8.self) ? general : nil))
        }
    }
}
