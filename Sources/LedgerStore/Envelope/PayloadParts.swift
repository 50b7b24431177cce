import LedgerJSON

#if canImport(Glibc)
import Glibc
#endif

// Keeps events/INVARIANTS.md rule 38: a version 2 payload digest commits to salted digests of its parts, one home for the writer, verify, erasure and disclosure.
/// The parts of a version 2 payload and their salted commitments (events/FORMAT.md, "Format
/// version 2"): the one home of how a payload is split, how a part is digested and how the
/// payload digest covers the part digests, for the writer, `verify`, every reader, erasure, and a
/// copy that discloses some parts and withholds others.
///
/// A payload's parts are its top-level members, except that a member whose value is a non-empty
/// array is split into its elements, each a part of its own. Each part is named by an RFC 6901
/// JSON Pointer: `/member` or `/member/3`. A part's digest is SHA-256 of the canonical JSON of
/// `[salt, pointer, value]` (the shape of an SD-JWT disclosure); the payload digest is SHA-256 of
/// the canonical JSON of the object mapping each pointer to its part's digest in hex.
public enum PayloadParts {
    /// One part of a payload: its pointer and its value.
    public struct Part: Hashable, Sendable {
        /// The RFC 6901 pointer naming it: `/member` or `/member/3`.
        public var pointer: String
        /// Its value.
        public var value: JSONValue

        /// A part named `pointer` holding `value`.
        public init(pointer: String, value: JSONValue) {
            self.pointer = pointer
            self.value = value
        }
    }

    /// The bytes of a salt: 16 (128 bits), written as 32 lowercase hex digits.
    public static let saltBytes = 16

    /// The RFC 6901 pointer of the top-level member `name`: `/` then the name with `~` written
    /// `~0` and `/` written `~1`.
    public static func pointer(member name: String) -> String {
        var out = "/"
        for c in name.unicodeScalars {
            switch c {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The pointer of element `index` (from 0) of the top-level array member `name`.
    public static func pointer(member name: String, element index: Int) -> String {
        pointer(member: name) + "/" + String(index)
    }

    /// What a pointer names: the member's name (unescaped) and, for an element, its index; nil
    /// when the text is not a pointer of either form (`/name` or `/name/N`, N a canonical decimal
    /// from 0, `~` only as `~0` or `~1`).
    public static func parse(pointer: String) -> (member: String, element: Int?)? {
        let scalars = Array(pointer.unicodeScalars)
        guard scalars.first == "/" else { return nil }
        var name = String.UnicodeScalarView()
        var i = 1
        while i < scalars.count && scalars[i] != "/" {
            if scalars[i] == "~" {
                guard i + 1 < scalars.count else { return nil }
                if scalars[i + 1] == "0" { name.append("~") } else if scalars[i + 1] == "1" { name.append("/") } else { return nil }
                i += 2
            } else {
                name.append(scalars[i])
                i += 1
            }
        }
        let member = String(name)
        if i == scalars.count { return (member, nil) }
        let digits = scalars[(i + 1)...]
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }),
            digits.count == 1 || digits.first != "0", let n = Int(String(String.UnicodeScalarView(digits)))
        else { return nil }
        return (member, n)
    }

    /// The parts of `payload`, in no particular order: each top-level member, except a non-empty
    /// array, which gives one part per element.
    public static func parts(of payload: JSONObject) -> [Part] {
        var out: [Part] = []
        out.reserveCapacity(payload.count)
        for (name, value) in payload {
            if case .array(let items) = value, !items.isEmpty {
                for (k, item) in items.enumerated() { out.append(Part(pointer: pointer(member: name.string, element: k), value: item)) }
            } else {
                out.append(Part(pointer: pointer(member: name.string), value: value))
            }
        }
        return out
    }

    /// A part's digest: SHA-256 of the canonical JSON of `[salt, pointer, value]`, the salt as
    /// its 32 hex digits.
    public static func digest(salt: String, pointer: String, value: JSONValue) -> SHA256Digest {
        SHA256.hash(CanonicalJSON.encode(.array([.string(salt), .string(pointer), value])))
    }

    /// The payload digest of parts with these digests: SHA-256 of the canonical JSON of the object
    /// mapping each pointer to its digest's 64 hex digits (so in the canonical order of the
    /// pointers, whatever order they are given in).
    public static func payloadDigest(partDigests: [JSONKey: SHA256Digest]) -> SHA256Digest {
        var members = JSONObject(minimumCapacity: partDigests.count)
        for (pointer, digest) in partDigests { members[pointer] = .string(digest.description) }
        return SHA256.hash(CanonicalJSON.encode(.object(members)))
    }

    /// Whether `text` is a salt as stored: exactly 32 lowercase hex digits.
    public static func isSalt(_ text: String) -> Bool {
        text.utf8.count == 2 * saltBytes && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }

    /// A part disclosed in a copy: its pointer, salt and value.
    public struct Disclosed: Hashable, Sendable {
        /// The part's pointer.
        public var pointer: String
        /// Its salt, 32 lowercase hex digits.
        public var salt: String
        /// Its value.
        public var value: JSONValue

        /// A disclosed part.
        public init(pointer: String, salt: String, value: JSONValue) {
            self.pointer = pointer
            self.salt = salt
            self.value = value
        }
    }

    /// Checks a payload given in part — some parts disclosed (pointer, salt, value), the others
    /// withheld or erased and given only by their digests — against the `payloadDigest` an
    /// event's header holds. Nil when every disclosed part is proven, otherwise why not. This is
    /// what a copy that withholds members proves, and what `verify` checks of every version 2 line.
    public static func problem(disclosed: [Disclosed], withheld: [JSONKey: SHA256Digest], against payloadDigest: SHA256Digest) -> String? {
        var digests = withheld
        for part in disclosed {
            guard parse(pointer: part.pointer) != nil else { return "\"\(part.pointer)\" is not a part's pointer (/member or /member/N)" }
            guard isSalt(part.salt) else { return "the salt of \(part.pointer) is not 32 lowercase hex digits" }
            guard digests[JSONKey(part.pointer)] == nil else { return "the part \(part.pointer) is given twice" }
            digests[JSONKey(part.pointer)] = digest(salt: part.salt, pointer: part.pointer, value: part.value)
        }
        if let p = problem(pointers: Array(digests.keys)) { return p }
        guard self.payloadDigest(partDigests: digests) == payloadDigest else {
            return "the parts do not give the payload digest: a disclosed part was changed, or a withheld part's digest is not the one recorded"
        }
        return nil
    }

    /// Whether a set of pointers is the parts of some payload: each well formed, and each
    /// member either one part (`/m`) or elements `/m/0` … `/m/N−1` with none missing.
    public static func problem(pointers: [JSONKey]) -> String? {
        var whole: Set<JSONKey> = []
        var elements: [JSONKey: [Int]] = [:]
        for p in pointers {
            guard let (member, element) = parse(pointer: p.string) else { return "\"\(p)\" is not a part's pointer (/member or /member/N)" }
            if let element { elements[JSONKey(member), default: []].append(element) } else { whole.insert(JSONKey(member)) }
        }
        for (member, indices) in elements {
            if whole.contains(member) { return "the member \(pointer(member: member.string)) is given both whole and by its elements" }
            let sorted = indices.sorted()
            guard sorted == Array(0..<sorted.count) else {
                return "the elements of \(pointer(member: member.string)) are not numbered 0 to \(sorted.count - 1) with none missing or repeated"
            }
        }
        return nil
    }

    /// A version 2 payload as a line holds it, taken apart: the payload the reader gets (erased
    /// parts absent), the salts of the parts present and the digests of the parts erased.
    struct Stored {
        var payload: JSONObject
        var salts: [JSONKey: String]
        var erased: [JSONKey: SHA256Digest]

        /// The present parts, by pointer, checking that the payload, the salts and the erased
        /// parts fit together (FORMAT.md rule 2, version 2); the reason when they do not.
        // Keeps events/INVARIANTS.md rule 65: pointers and member names keyed by their code units.
        func presentParts() -> Result<[JSONKey: JSONValue], PartsFault> {
            for p in salts.keys where erased[p] != nil { return .failure(PartsFault("the part \(p) is both present (it has a salt) and erased")) }
            if let p = PayloadParts.problem(pointers: Array(salts.keys) + Array(erased.keys)) { return .failure(PartsFault(p)) }
            var present: [JSONKey: [Int]] = [:]  // member → element indices present
            var wholes: Set<JSONKey> = []
            for p in salts.keys {
                let (member, element) = PayloadParts.parse(pointer: p.string)!
                if let element { present[JSONKey(member), default: []].append(element) } else { wholes.insert(JSONKey(member)) }
            }
            var out: [JSONKey: JSONValue] = [:]
            out.reserveCapacity(salts.count)
            for (name, value) in payload {
                let whole = PayloadParts.pointer(member: name.string)
                if wholes.contains(name) {
                    if case .array(let items) = value, !items.isEmpty {
                        return .failure(PartsFault("the member \(whole) is a list of \(items.count) elements held as one part: each element must be a part of its own"))
                    }
                    out[JSONKey(whole)] = value
                } else if let indices = present[name] {
                    guard case .array(let items) = value, items.count == indices.count else {
                        return .failure(PartsFault("the member \(whole) must be a list of the \(indices.count) elements the salts name"))
                    }
                    for (k, index) in indices.sorted().enumerated() { out[JSONKey(PayloadParts.pointer(member: name.string, element: index))] = items[k] }
                } else {
                    return .failure(PartsFault("the payload member \(whole) has no salt: it is not a committed part"))
                }
            }
            for name in wholes where payload[name] == nil { return .failure(PartsFault("the part \(PayloadParts.pointer(member: name.string)) has a salt but is not in the payload")) }
            for name in present.keys where payload[name] == nil { return .failure(PartsFault("the parts of \(PayloadParts.pointer(member: name.string)) have salts but it is not in the payload")) }
            return .success(out)
        }

        /// The payload digest these parts give (after `presentParts` succeeded).
        func payloadDigest(present: [JSONKey: JSONValue]) -> SHA256Digest {
            var digests = erased
            for (p, value) in present { digests[p] = PayloadParts.digest(salt: salts[p]!, pointer: p.string, value: value) }
            return PayloadParts.payloadDigest(partDigests: digests)
        }

        /// The canonical bytes of the line's `parts` member: `{"erased":{…},"salts":{…}}`.
        func partsBytes() -> [UInt8] {
            var e = JSONObject(minimumCapacity: erased.count)
            for (p, d) in erased { e[p] = .string(d.description) }
            var s = JSONObject(minimumCapacity: salts.count)
            for (p, salt) in salts { s[p] = .string(salt) }
            return CanonicalJSON.encode(.object(["erased": .object(e), "salts": .object(s)]))
        }
    }

    /// Why a version 2 line's parts do not fit together.
    struct PartsFault: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// Reads a line's `parts` member: an object of exactly `erased` (pointer → 64 hex digits)
    /// and `salts` (pointer → 32 hex digits). Nil when it is not of that shape.
    static func read(parts value: JSONValue) -> (salts: [JSONKey: String], erased: [JSONKey: SHA256Digest])? {
        guard case .object(let members) = value, members.count == 2, case .object(let e)? = members["erased"],
            case .object(let s)? = members["salts"]
        else { return nil }
        var salts: [JSONKey: String] = [:]
        for (p, v) in s {
            guard let text = v.stringValue, isSalt(text) else { return nil }
            salts[p] = text
        }
        var erased: [JSONKey: SHA256Digest] = [:]
        for (p, v) in e {
            guard let text = v.stringValue, text.utf8.count == 64, let d = SHA256Digest(hex: text), d.description == text else { return nil }
            erased[p] = d
        }
        return (salts, erased)
    }
}

/// Where a version 2 writer's salts come from.
public struct SaltSource: @unchecked Sendable {
    /// Fills its argument (a multiple of 16 bytes) with that many salts' bytes, in order.
    private let fill: (UnsafeMutableRawBufferPointer) -> Void

    /// Bytes from the operating system's cryptographically secure generator, getrandom(2) on
    /// Linux: what every ledger uses. A batch's salts are asked for together, up to 256 bytes (16
    /// salts) a request, the most getentropy(3) gives at once; each salt is 16 fresh bytes, never reused.
    public static var system: SaltSource {
        SaltSource { out in
            guard let base = out.baseAddress else { return }
            var done = 0
            #if canImport(Glibc)
            while done < out.count {
                let n = min(256, out.count - done)
                guard getentropy(base + done, n) == 0 else { break }
                done += n
            }
            #endif
            // Without getentropy: the standard library's generator (the same source), 8 bytes a request.
            var g = SystemRandomNumberGenerator()
            while done < out.count {
                let w: UInt64 = g.next()
                for k in 0..<8 where done < out.count {
                    out[done] = UInt8(truncatingIfNeeded: w >> (8 * k))
                    done += 1
                }
            }
        }
    }

    /// UNSAFE: salts that anyone who knows `seed` can compute, so an erased part of a low-entropy
    /// value (a yes/no, an amount) could be recovered by guessing against its digest. Only for the
    /// demo ledger, whose bytes must be the same on every run (`events/demo`, checked by a test);
    /// never for a ledger that holds anyone's records. Salts asked for together or one at a time
    /// are the same sequence.
    public static func unsafeDeterministicSalts(seed: UInt64) -> SaltSource {
        final class State: @unchecked Sendable { var x: UInt64; init(_ x: UInt64) { self.x = x } }
        let state = State(seed)
        return SaltSource { out in
            var at = 0
            while at < out.count {
                // splitmix64, eight bytes little-endian at a time
                state.x &+= 0x9E37_79B9_7F4A_7C15
                var z = state.x
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                z ^= z >> 31
                for k in 0..<8 where at < out.count {
                    out[at] = UInt8(truncatingIfNeeded: z >> (8 * k))
                    at += 1
                }
            }
        }
    }

    private init(_ fill: @escaping (UnsafeMutableRawBufferPointer) -> Void) { self.fill = fill }

    /// A fresh salt: 32 lowercase hex digits.
    public func salt() -> String {
        String(decoding: saltsHex(count: 1), as: UTF8.self)
    }

    /// `count` fresh salts, as 32 lowercase hex digits each, one after another (`32 × count`
    /// bytes), from one request to the source: the same salts `count` calls of `salt()` give.
    public func saltsHex(count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        let n = PayloadParts.saltBytes * count
        let hex: StaticString = "0123456789abcdef"
        // The random bytes in a temporary buffer (zeroed first, as the array they were in was), not an array.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { raw in
            raw.initialize(repeating: 0)
            fill(UnsafeMutableRawBufferPointer(raw))
            return [UInt8](unsafeUninitializedCapacity: 2 * n) { out, initialized in
                let digits = hex.utf8Start
                for k in 0..<n {
                    out[2 * k] = digits[Int(raw[k] >> 4)]
                    out[2 * k + 1] = digits[Int(raw[k] & 15)]
                }
                initialized = 2 * n
            }
        }
    }
}

extension PayloadParts.Stored {
    /// The payload the reader gets from these present parts: each whole member as it is, each
    /// split member the list of its present elements in order; a member with no part present is
    /// absent.
    static func payload(fromPresent present: [JSONKey: JSONValue]) -> JSONObject {
        var out = JSONObject()
        var elements: [JSONKey: [(Int, JSONValue)]] = [:]
        for (pointer, value) in present {
            guard let (member, element) = PayloadParts.parse(pointer: pointer.string) else { continue }
            if let element { elements[JSONKey(member), default: []].append((element, value)) } else { out[JSONKey(member)] = value }
        }
        for (member, items) in elements { out[member] = .array(items.sorted { $0.0 < $1.0 }.map(\.1)) }
        return out
    }
}

extension EventLine {
    /// A version 2 line (without its newline) with the parts `pointers` erased: each one's value
    /// and salt removed and its digest kept under `erased`; the hash and header unchanged, so the
    /// chain and the Merkle tree are as they were. Checks the line first, as `verify` does.
    static func erasing(_ pointers: Set<JSONKey>, inLine line: UnsafeRawBufferPointer) throws(LineFault) -> [UInt8] {
        let parts = try split(line)
        guard let partsRange = parts.parts else {
            throw LineFault(rule: EnvelopeRules.Rule.shape, "the line is of format version 1, which has no erasure")
        }
        _ = try decodeVersion2(line, parts: parts, partsBytes: UnsafeRawBufferPointer(rebasing: line[partsRange]), verify: true, decodePayload: false)
        let partsValue = try? JSONParser.parse(UnsafeRawBufferPointer(rebasing: line[partsRange]))
        let payloadValue = try? JSONParser.parse(UnsafeRawBufferPointer(rebasing: line[parts.payload]))
        guard let partsValue, let (salts, erased) = PayloadParts.read(parts: partsValue), let members = payloadValue?.objectValue,
            case .success(var present) = PayloadParts.Stored(payload: members, salts: salts, erased: erased).presentParts()
        else { throw LineFault(rule: EnvelopeRules.Rule.shape, "the line's parts could not be read") }
        var stored = PayloadParts.Stored(payload: members, salts: salts, erased: erased)
        for pointer in pointers {
            guard let value = present[pointer], let salt = stored.salts[pointer] else { continue }
            stored.erased[pointer] = PayloadParts.digest(salt: salt, pointer: pointer.string, value: value)
            stored.salts[pointer] = nil
            present[pointer] = nil
        }
        stored.payload = PayloadParts.Stored.payload(fromPresent: present)
        var out = Array(UnsafeRawBufferPointer(rebasing: line[0..<parts.header.upperBound]))
        out += Array(",\"parts\":".utf8)
        out += stored.partsBytes()
        out += Array(",\"payload\":".utf8)
        CanonicalJSON.append(.object(stored.payload), to: &out)
        out.append(UInt8(ascii: "}"))
        return out
    }
}
