@testable import LedgerJSON
@testable import LedgerStore
import Testing

/// Version 2's parts worked out from the canonical bytes (`PayloadParts.newLineBody` for the
/// writer, `PayloadParts.checkStored` in `EventLine.fastVerify`) give exactly what the `JSONValue`
/// path gives: the same `parts` bytes and payload digest for the same salts, and a line accepted
/// only when `EventLine.generalDecode` accepts it, with the same erased parts. Checked on the
/// payloads and mutations the fast path's tests use, on top-level lists, and on erased lines.
@Suite struct Version2BytePathTests {
    typealias F = FastPathEquivalenceTests

    /// Random payloads with top-level lists (the parts split into elements), and the hard names.
    static func payloads() -> [JSONValue] {
        var r = F.Random(state: 17)
        var out: [JSONValue] = [
            [:], ["a": .array([])], ["notes": .array(["x", ["y": 1], .array([1, 2])])], FormatVersion2Tests.payload,
            ["a": .array(Array(repeating: JSONValue.integer(7), count: 12)), "a-b": 1, "a/": 2, "a~": 3, "": 4, " ": .array([.null])],
        ]
        for _ in 0..<200 {
            guard case .object(var members) = F.randomObject(&r, depth: 0) else { continue }
            if r.below(2) == 0 { members[r.pick(["list", "notes", "a", "é"])] = .array((0..<r.below(13)).map { _ in F.randomValue(&r, depth: 1) }) }
            out.append(.object(members))
        }
        return out
    }

    /// The parts' bytes and digest of the `JSONValue` path, for salts given in sorted pointer order.
    static func general(_ payload: JSONValue, saltHex: [UInt8]) -> (body: [UInt8], digest: SHA256Digest) {
        let members = payload.objectValue!
        var salts: [JSONKey: String] = [:]
        for (n, p) in PayloadParts.parts(of: members).map({ JSONKey($0.pointer) }).sorted().enumerated() {
            salts[p] = String(decoding: saltHex[(32 * n)..<(32 * n + 32)], as: UTF8.self)
        }
        let stored = PayloadParts.Stored(payload: members, salts: salts, erased: [:])
        var present: [JSONKey: JSONValue] = [:]
        for part in PayloadParts.parts(of: members) { present[JSONKey(part.pointer)] = part.value }
        let body = Array(",\"parts\":".utf8) + stored.partsBytes() + Array(",\"payload\":".utf8) + CanonicalJSON.encode(payload)
        return (body, stored.payloadDigest(present: present))
    }

    @Test func theWritersBytePathGivesTheJSONValuePathsBytesAndDigest() {
        let source = SaltSource.unsafeDeterministicSalts(seed: 5)
        var taken = 0, all = 0
        for payload in Self.payloads() {
            let salts = source.saltsHex(count: PayloadParts.partCount(of: payload))
            let expected = Self.general(payload, saltHex: salts)
            let canonical = CanonicalJSON.encode(payload)
            let fast = salts.withUnsafeBytes { PayloadParts.newLineBody(canonicalPayload: canonical, saltHex: $0) }
            all += 1
            let plain = payload.objectValue!.keys.allSatisfy { $0.string.utf8.allSatisfy(PayloadParts.isPlainPointerNameByte) }
            #expect((fast != nil) == plain, "byte path taken \(fast != nil) for \(CanonicalJSON.string(payload))")
            guard let fast else { continue }
            taken += 1
            #expect(fast.body == expected.body, "parts differ for \(CanonicalJSON.string(payload))")
            #expect(fast.digest == expected.digest, "digest differs for \(CanonicalJSON.string(payload))")
        }
        #expect(taken > all / 3, "byte path taken for \(taken) of \(all)")
    }

    @Test func saltsAskedForTogetherAreTheSaltsAskedForOneAtATime() {
        let together = SaltSource.unsafeDeterministicSalts(seed: 99).saltsHex(count: 5)
        let one = SaltSource.unsafeDeterministicSalts(seed: 99)
        #expect(together == Array((0..<5).map { _ in one.salt() }.joined().utf8))
        let system = SaltSource.system.saltsHex(count: 40)  // more than one 256-byte request
        let salts = (0..<40).map { String(decoding: system[(32 * $0)..<(32 * $0 + 32)], as: UTF8.self) }
        #expect(salts.allSatisfy(PayloadParts.isSalt))
        #expect(Set(salts).count == 40, "no salt repeats")
        #expect(system[(32 * 39)...].contains { $0 != UInt8(ascii: "0") }, "the last request was filled")
    }

    /// A version 2 line for `header` (its payloadDigest replaced by `digest`), `parts` and `payload`.
    static func line(header: [UInt8], digest: SHA256Digest, parts: [UInt8], payload: [UInt8]) -> [UInt8] {
        var h = header
        let marker = Array("\"payloadDigest\":\"".utf8)
        if let at = (0...max(0, h.count - marker.count)).first(where: { h.count >= $0 + marker.count && Array(h[$0..<($0 + marker.count)]) == marker }),
            at + marker.count + 64 <= h.count
        {
            var hex: [UInt8] = []
            digest.appendHex(to: &hex)
            h.replaceSubrange((at + marker.count)..<(at + marker.count + 64), with: hex)
        }
        var out = Array("{\"hash\":\"".utf8)
        SHA256.hash(h).appendHex(to: &out)
        out += Array("\",\"header\":".utf8) + h + Array(",\"parts\":".utf8) + parts + Array(",\"payload\":".utf8) + payload + [UInt8(ascii: "}")]
        return out
    }

    /// fastVerify accepts only lines the general path accepts, with the same fields and erased parts;
    /// fastDecode, in every mode (with and without `verify`, with and without the payload, on a
    /// tape), only with the general path's event.
    @discardableResult
    static func check(_ bytes: [UInt8]) -> (fast: Bool, general: Bool) {
        bytes.withUnsafeBytes { raw in
            for mode in F.modes {
                for tape in [false, true] {
                    guard let fast = EventLine.fastDecode(raw, verify: mode.verify, decodePayload: mode.decodePayload, tape: tape) else { continue }
                    let general = Result { () throws(LineFault) in try EventLine.generalDecode(raw, verify: mode.verify, decodePayload: mode.decodePayload) }
                    guard case .success(let g) = general else {
                        Issue.record("fastDecode accepted \(String(decoding: bytes, as: UTF8.self)) in mode \(mode) (tape \(tape)), which the general path refuses: \(general)")
                        continue
                    }
                    #expect(g == fast, "fastDecode differs on \(String(decoding: bytes, as: UTF8.self)) in mode \(mode) (tape \(tape))")
                }
            }
            let general = try? EventLine.generalDecode(raw, verify: true, decodePayload: false)
            guard let v = EventLine.fastVerify(raw) else { return (false, general != nil) }
            #expect(general != nil, "fastVerify accepted \(String(decoding: bytes, as: UTF8.self))")
            if let general {
                #expect(general.seq == v.seq && general.hash == v.hash && general.previousHash == v.prev && general.recordedAt == v.at
                    && general.endsBatch == v.endsBatch && v.version2 == (general.partSalts != nil) && v.erased.sorted() == general.erasedParts
                    && v.leaf == MerkleHash.leaf(eventHash: general.hash),
                    "fastVerify differs on \(String(decoding: bytes, as: UTF8.self))")
            }
            return (true, general != nil)
        }
    }

    /// Each sample header with a version 2 payload, as written; and the same with some parts erased.
    static func lines() -> [(header: [UInt8], parts: [UInt8], payload: [UInt8], line: [UInt8])] {
        let source = SaltSource.unsafeDeterministicSalts(seed: 3)
        var out: [(header: [UInt8], parts: [UInt8], payload: [UInt8], line: [UInt8])] = []
        // Each payload under its sample's header (escapes and non-ASCII among them), and under a plain one.
        let samples = F.samples()
        let plain = samples.filter { !$0.header.contains(UInt8(ascii: "\\")) && $0.header.allSatisfy { $0 < 0x80 } }
        let headers = samples + (0..<samples.count).map { plain[$0 % plain.count] }
        for (s, payload) in zip(headers, Self.payloads() + Self.payloads()) {
            let (body, digest) = general(payload, saltHex: source.saltsHex(count: PayloadParts.partCount(of: payload)))
            let payloadBytes = CanonicalJSON.encode(payload)
            let parts = Array(body[",\"parts\":".utf8.count..<(body.count - ",\"payload\":".utf8.count - payloadBytes.count)])
            let line = line(header: s.header, digest: digest, parts: parts, payload: payloadBytes)
            // Only lines the general path accepts (some sample headers are refused on purpose).
            guard (try? line.withUnsafeBytes({ try EventLine.generalDecode($0, verify: true, decodePayload: false) })) != nil else { continue }
            out.append((s.header, parts, payloadBytes, line))
        }
        return out
    }

    @Test func fastVerifyTakesVersion2LinesWithTheGeneralResult() throws {
        var fast = 0
        for l in Self.lines() {
            let (f, g) = Self.check(l.line)
            #expect(g, "the general path refused \(String(decoding: l.line, as: UTF8.self))")
            let plainHeader = !l.header.contains(UInt8(ascii: "\\")) && l.header.allSatisfy { $0 < 0x80 }
            if f { fast += 1 }
            if plainHeader && l.payload.allSatisfy({ $0 < 0x80 }) && !l.payload.contains(UInt8(ascii: "\\")) {
                #expect(f, "fastVerify declined a plain line \(String(decoding: l.line, as: UTF8.self))")
            }
        }
        #expect(fast > 12, "fastVerify took \(fast) lines")
    }

    @Test func fastVerifyAgreesOnErasedLines() throws {
        var r = F.Random(state: 11)
        var erasedTaken = 0
        for l in Self.lines() {
            let stored = try l.line.withUnsafeBytes { try EventLine.generalDecode($0, verify: true, decodePayload: false) }
            let pointers = Array(try #require(stored.partSalts).keys).sorted()
            guard !pointers.isEmpty else { continue }
            for _ in 0..<3 {
                let chosen = Set(pointers.filter { _ in r.below(2) == 0 })
                let erased = try l.line.withUnsafeBytes { try EventLine.erasing(chosen, inLine: $0) }
                let (f, g) = Self.check(erased)
                #expect(g, "an erased line is refused")
                if f && !chosen.isEmpty { erasedTaken += 1 }
                // And mutations of the erased line.
                for _ in 0..<10 { Self.check(F.mutate(erased, &r)) }
            }
        }
        #expect(erasedTaken > 10, "fastVerify took \(erasedTaken) erased lines")
    }

    @Test(arguments: [1, 2, 3])
    func randomMutationsOfPartsPayloadsAndLinesAgree(seed: UInt64) throws {
        var r = F.Random(state: seed)
        var fast = 0, general = 0, tried = 0
        for l in Self.lines() {
            for _ in 0..<40 {
                // Parts or payload mutated, the digest left as it was (so the digest check decides) or
                // worked out again by the general rule where it still can be (so the shape checks decide).
                let parts = r.below(2) == 0 ? F.mutate(l.parts, &r) : l.parts
                let payload = parts == l.parts || r.below(2) == 0 ? F.mutate(l.payload, &r) : l.payload
                var digest: SHA256Digest = .zero
                if let value = try? JSONParser.parse(parts), let read = PayloadParts.read(parts: value),
                    let members = (try? JSONParser.parse(payload))?.objectValue,
                    case .success(let present) = PayloadParts.Stored(payload: members, salts: read.salts, erased: read.erased).presentParts()
                {
                    digest = PayloadParts.Stored(payload: members, salts: read.salts, erased: read.erased).payloadDigest(present: present)
                }
                for line in [
                    Self.line(header: l.header, digest: digest, parts: parts, payload: payload),
                    F.mutate(l.line, &r),
                ] {
                    let (f, g) = Self.check(line)
                    tried += 1
                    if f { fast += 1 }
                    if g { general += 1 }
                }
            }
        }
        #expect(fast > 15 && general < tried / 2, "fast \(fast), general \(general) of \(tried)")
    }

    /// A version 2 line whose parts are `salts` and `erased` (the salts and digests made up) and whose
    /// payload is `payload`, under a plain sample header; its payload digest is made up too, so
    /// only readers that do not verify can take it.
    static func unfitLine(payload: JSONValue, salted: [String], erased: [String]) throws -> [UInt8] {
        let header = try #require(Self.lines().first { l in !l.header.contains(UInt8(ascii: "\\")) && l.header.allSatisfy { $0 < 0x80 } }).header
        var salts: [JSONKey: String] = [:]
        for p in salted { salts[JSONKey(p)] = String(repeating: "ab", count: 16) }
        var digests: [JSONKey: SHA256Digest] = [:]
        for p in erased { digests[JSONKey(p)] = SHA256.hash(Array(p.utf8)) }
        let parts = PayloadParts.Stored(payload: [:], salts: salts, erased: digests).partsBytes()
        return Self.line(header: header, digest: SHA256.hash(Array("made up".utf8)), parts: parts, payload: CanonicalJSON.encode(payload))
    }

    // issue 16 item 1: every reader checks every rule (a failing-on-old-code test: `fastDecode`
    // without `verify` took each of these lines, which the general path refuses).
    @Test func readersWithoutVerifyRefuseVersion2PartsThatDoNotFitThePayload() throws {
        let payload: JSONValue = ["a": 1, "notes": .array(["x", "y"])]
        let unfit: [(what: String, salted: [String], erased: [String])] = [
            ("an erased part of another member beside the list's salts", ["/a", "/notes/0", "/notes/1"], ["/nOtes/2"]),
            ("a salt for a part the payload does not hold", ["/a", "/ghost", "/notes/0", "/notes/1"], []),
            ("a payload member with no salt", ["/notes/0", "/notes/1"], []),
            ("a list held as one part", ["/a", "/notes"], []),
            ("a part both present and erased", ["/a", "/notes/0", "/notes/1"], ["/a"]),
            ("more elements salted than the list holds", ["/a", "/notes/0", "/notes/1", "/notes/2"], []),
            ("an element missing from the numbering", ["/a", "/notes/0", "/notes/2"], []),
        ]
        for u in unfit {
            let line = try Self.unfitLine(payload: payload, salted: u.salted, erased: u.erased)
            line.withUnsafeBytes { raw in
                for decodePayload in [false, true] {
                    let general = Result { () throws(LineFault) in try EventLine.generalDecode(raw, verify: false, decodePayload: decodePayload) }
                    guard case .failure(let fault) = general else {
                        Issue.record("the general path took \(u.what)")
                        continue
                    }
                    #expect(fault.rule == EnvelopeRules.Rule.shape, "\(u.what): \(fault)")
                    for tape in [false, true] {
                        #expect(EventLine.fastDecode(raw, verify: false, decodePayload: decodePayload, tape: tape) == nil, "fastDecode took \(u.what)")
                        // What a reader gets: the general path's fault, word for word.
                        let read = Result { () throws(LineFault) in try EventLine.decode(raw, verify: false, decodePayload: decodePayload, tape: tape) }
                        #expect(read == .failure(fault), "\(u.what): a reader got \(read)")
                    }
                }
            }
        }
        // The same payload with parts that fit is read by the fast path.
        let fit = try Self.unfitLine(payload: payload, salted: ["/a", "/notes/0", "/notes/1"], erased: [])
        let erasedFit = try Self.unfitLine(payload: ["a": 1, "notes": .array(["y"])], salted: ["/a", "/notes/1"], erased: ["/notes/0", "/old"])
        for line in [fit, erasedFit] {
            line.withUnsafeBytes { raw in
                for decodePayload in [false, true] {
                    #expect(EventLine.fastDecode(raw, verify: false, decodePayload: decodePayload) != nil, "fastDecode declined parts that fit")
                }
            }
            Self.check(line)
        }
    }

    /// The byte path takes no member name that its pointer escapes (`~` or `/`): such a payload goes
    /// to the `JSONValue` path, so `PayloadParts.pointer(member:)` is the one home of RFC 6901's
    /// escaping; for every name it takes, that function's pointer is `/` then the name as it stands.
    @Test func theBytePathLeavesEscapedPointersToTheOneEscapingFunction() throws {
        for name in ["a~", "a/", "~", "/", "x~1", "a/b~0c", "~0"] {
            for payload: JSONValue in [[name: 1], ["a": 1, name: .array([1, 2])], ["z": true, name: "v"]] {
                let canonical = CanonicalJSON.encode(payload)
                #expect(canonical.withUnsafeBytes { PayloadParts.rawPayload(canonical: $0) } == nil, "the byte path read \(name)")
                let salts = SaltSource.unsafeDeterministicSalts(seed: 1).saltsHex(count: PayloadParts.partCount(of: payload))
                #expect(salts.withUnsafeBytes { PayloadParts.newLineBody(canonicalPayload: canonical, saltHex: $0) } == nil)
                // A stored line holding it is still verified and read (by the general path), with the escaped pointer.
                let (body, digest) = Self.general(payload, saltHex: salts)
                let parts = Array(body[",\"parts\":".utf8.count..<(body.count - ",\"payload\":".utf8.count - canonical.count)])
                let header = try #require(Self.lines().first { l in !l.header.contains(UInt8(ascii: "\\")) && l.header.allSatisfy { $0 < 0x80 } }).header
                let line = Self.line(header: header, digest: digest, parts: parts, payload: canonical)
                line.withUnsafeBytes { raw in
                    #expect(EventLine.fastVerify(raw) == nil)
                    let event = try? EventLine.decode(raw, verify: true)
                    #expect(event?.partSalts?.keys.contains { $0.string.hasPrefix(PayloadParts.pointer(member: name)) } == true, "\(name) not read")
                }
                Self.check(line)
            }
        }
        // A name the byte path takes: its pointer is the name as it stands, on both paths.
        for name in ["a", "a-b", "", " ", "A_z.9!", "x.y"] {
            #expect(PayloadParts.pointer(member: name) == "/" + name)
            let payload: JSONValue = [name: 1]
            let canonical = CanonicalJSON.encode(payload)
            let raw = try #require(canonical.withUnsafeBytes { PayloadParts.rawPayload(canonical: $0) })
            #expect([UInt8(ascii: "/")] + Array(canonical[raw.members[0].name]) == Array(PayloadParts.pointer(member: name).utf8))
        }
    }

    /// Lines whose byte path the targeted mutations below aim at: plain, with lists, nested values,
    /// non-ASCII values, and with parts erased.
    static func targetLines() throws -> [[UInt8]] {
        let source = SaltSource.unsafeDeterministicSalts(seed: 23)
        let header = try #require(Self.lines().first { l in !l.header.contains(UInt8(ascii: "\\")) && l.header.allSatisfy { $0 < 0x80 } }).header
        let payloads: [JSONValue] = [
            ["a": 1, "ab": .array(["x", "y", ["z": .array([1, 2])]]), "b": "caf\u{E9}", "c": ["d": ["e": .array([.null, true])]]],
            ["list": .array([1, 2]), "list2": 3, "lis": .array(["\u{1F600}"]), "n": -5],
            ["note": "quote \" and \\ backslash", "x": .array([]), "y": [:]],
        ]
        var out: [[UInt8]] = []
        for payload in payloads {
            let (body, digest) = Self.general(payload, saltHex: source.saltsHex(count: PayloadParts.partCount(of: payload)))
            let payloadBytes = CanonicalJSON.encode(payload)
            let parts = Array(body[",\"parts\":".utf8.count..<(body.count - ",\"payload\":".utf8.count - payloadBytes.count)])
            let line = Self.line(header: header, digest: digest, parts: parts, payload: payloadBytes)
            out.append(line)
            let pointers = Array(try #require(try line.withUnsafeBytes { try EventLine.generalDecode($0, verify: true, decodePayload: false) }.partSalts).keys).sorted()
            out.append(try line.withUnsafeBytes { try EventLine.erasing(Set(pointers.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)), inLine: $0) })
        }
        return out
    }

    /// Every bit of every byte flipped, every byte made each structural character, two parts'
    /// salts, pointers or values swapped, hex made uppercase or not hex: the byte path (`fastVerify`,
    /// `fastDecode` in every mode) accepts only what the general path accepts, with the same event, so
    /// verify's verdict and first fault (always the general path's) are unchanged.
    @Test func everyByteFlipPartSwapAndBadHexAgree() throws {
        var accepted = 0, refused = 0
        func run(_ line: [UInt8]) {
            let (f, g) = Self.check(line)
            if f { accepted += 1 }
            if !g { refused += 1 }
        }
        for line in try Self.targetLines() {
            // A sound line: taken by the byte path unless its payload is not ASCII (declined, by design).
            let ascii = line.allSatisfy { $0 < 0x80 }
            #expect(Self.check(line) == (ascii, true), "a sound line: \(String(decoding: line, as: UTF8.self))")
            let from = try #require((0..<line.count).first { line[$0...].starts(with: Array(",\"parts\":".utf8)) })
            for at in from..<line.count {
                for bit in [0, 5, 7] {
                    var m = line
                    m[at] ^= UInt8(1 << bit)
                    run(m)
                }
                for c in Array("\"\\{}[],:/~".utf8) where line[at] != c {
                    var m = line
                    m[at] = c
                    run(m)
                }
            }
            // Swaps of two quoted strings: salts, pointers, hex digests, names and values.
            let quoted = Self.quotedRanges(line)
            for a in quoted.indices where a % 3 == 0 {
                for b in quoted.indices where b > a && b % 2 == 1 {
                    let (ra, rb) = (quoted[a], quoted[b])
                    var m = Array(line[..<ra.lowerBound]) + Array(line[rb]) + Array(line[ra.upperBound..<rb.lowerBound]) + Array(line[ra])
                    m += Array(line[rb.upperBound...])
                    run(m)
                }
            }
            // Hex made uppercase, or not hex, digit by digit in the parts.
            for at in from..<line.count where (line[at] >= UInt8(ascii: "a") && line[at] <= UInt8(ascii: "f")) {
                var m = line
                m[at] -= 0x20
                run(m)
                m[at] = UInt8(ascii: "g")
                run(m)
            }
        }
        #expect(refused > 1000, "accepted \(accepted), refused \(refused)")
    }

    /// The ranges of the line's string literals from its parts on (quotes included).
    static func quotedRanges(_ line: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var k = (0..<line.count).first { line[$0...].starts(with: Array(",\"parts\":".utf8)) } ?? line.count
        while k < line.count {
            if line[k] == UInt8(ascii: "\"") {
                var e = k + 1
                while e < line.count, line[e] != UInt8(ascii: "\"") { e += line[e] == UInt8(ascii: "\\") ? 2 : 1 }
                guard e < line.count else { break }
                out.append(k..<(e + 1))
                k = e + 1
            } else {
                k += 1
            }
        }
        return out
    }
}
