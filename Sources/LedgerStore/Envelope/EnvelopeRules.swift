import LedgerJSON

// Keeps events/INVARIANTS.md rule 17: one definition of every envelope rule and limit, for the writer, verify and every reader.
/// The envelope's documented rules and limits (events/FORMAT.md, "One event: one line" and
/// "Limits"): the one home of each. The writer refuses what they refuse; `verify` and every
/// reader check a stored line against the same functions, on its bytes in place. Each check
/// returns the reason a value is refused, written for the person who supplied it, or nil when it
/// is acceptable (nil allocates nothing).
public enum EnvelopeRules {
    /// The largest line, its newline included: 1 MiB (1,048,576 bytes). Binds the writer, `verify`
    /// and every reader alike (FORMAT.md rule 1).
    public static let maxLineBytes = 1 << 20
    /// The longest stream id, actor or type, in bytes.
    public static let maxNameBytes = 128
    /// The deepest nesting a payload may have, the payload object itself counting as 1 (what the
    /// parser reads back; FORMAT.md rule 2).
    public static let maxPayloadDepth = 64

    /// The rule numbers of FORMAT.md, "Rules a verifier checks", that the line checks cite.
    public enum Rule {
        /// The line's length.
        public static let lineLength = 1
        /// The line's JSON and shape: members, types, a payload object.
        public static let shape = 2
        /// The header's values: character sets, lengths, forms, ranges.
        public static let headerValues = 3
        /// Canonical form.
        public static let canonical = 4
        /// The hash covers the header.
        public static let hash = 5
        /// The payload digest covers the payload.
        public static let payloadDigest = 6
        /// Seqs follow on, and segments are named for their first seq.
        public static let seq = 7
        /// Each prev is the hash before it.
        public static let prev = 8
        /// Recorded time never goes back.
        public static let recordedAt = 9
        /// The log ends with a closed batch and a newline.
        public static let end = 10
        /// Version 2: every erased part is named by an `erasureAuthorised` event later in the log,
        /// and such an event's own `erases` is never erased.
        public static let erasure = 11
    }

    // Keeps events/INVARIANTS.md rule 39: nothing is erased without an erasure decision in the log, one definition for verify, readers and the eraser.
    /// The event type that authorises an erasure (the ERASURE CONTRACT; events/FORMAT.md rule 11):
    /// the store knows only this type and its payload's `erases` member.
    public static let erasureAuthorisedType = "erasureAuthorised"
    /// The member of an `erasureAuthorised` payload naming what it erases.
    public static let erasesMember = "erases"

    /// The parts an `erasureAuthorised` event authorises erasing: its payload's `erases`, a list
    /// of `{"seq": N, "parts": ["/member", …]}`; nil when `type` is another type, or the member is
    /// missing (erased) or not of that shape (then it authorises nothing).
    public static func authorisedErasures(type: String, payload: JSONValue?) -> [ErasedPart]? {
        guard type == erasureAuthorisedType, case .array(let items)? = payload?[erasesMember] else { return nil }
        var out: [ErasedPart] = []
        for item in items {
            guard case .integer(let seq)? = item["seq"], case .array(let parts)? = item["parts"] else { continue }
            for p in parts { if let pointer = p.stringValue { out.append(ErasedPart(seq: Int(seq), pointer: pointer)) } }
        }
        return out
    }

    /// A line's own erasure rule: an `erasureAuthorised` event's `erases` is never erased (it is
    /// the record of what was erased and why). Nil when the erased parts are acceptable here.
    public static func problem(erasedParts: some Sequence<String>, ofType type: String) -> String? {
        guard type == erasureAuthorisedType else { return nil }
        // Bytes, not `String` equality (canonical equivalence): rule 65.
        let whole = "/" + erasesMember, element = whole + "/"
        for p in erasedParts where p.utf8.elementsEqual(whole.utf8) || p.utf8.starts(with: element.utf8) {
            return "the erasure event's own record of what it erases (\(p)) was removed: it can never be erased"
        }
        return nil
    }

    /// The reason for an erased part that no `erasureAuthorised` event names (rule 11).
    public static func unauthorisedErasure(_ part: ErasedPart) -> String {
        cite(Rule.erasure, "a payload part was removed without an erasure event: \(part.pointer) of seq \(part.seq) is erased, but no erasureAuthorised event later in the log names it")
    }

    /// A stream id: 1–128 of letters, digits, `-`, `_`, `.`, `:`.
    public static func problem(stream: String) -> String? {
        // A native string's bytes are read in place (every event appended is checked); the same bytes either way.
        stream.utf8.withContiguousStorageIfAvailable { problem(streamBytes: $0) } ?? problem(streamBytes: stream.utf8)
    }

    /// A type: a letter, then up to 127 letters, digits, `.`, `-` or `_`.
    public static func problem(type: String) -> String? {
        type.utf8.withContiguousStorageIfAvailable { problem(typeBytes: $0) } ?? problem(typeBytes: type.utf8)
    }

    /// An actor: 1–128 bytes of UTF-8 with no control character (U+0000–U+001F, U+007F–U+009F:
    /// Unicode's category Cc, so DEL and the C1 controls such as U+0085 too).
    public static func problem(actor: String) -> String? {
        actor.utf8.withContiguousStorageIfAvailable { problem(actorBytes: $0) } ?? problem(actorBytes: actor.utf8)
    }

    /// A schema version: 1 to 2^53 − 1.
    public static func problem(schema: Int64) -> String? {
        schema >= 1 && schema <= JSONValue.maxSafeInteger ? nil : "the schema version must be 1 or more (and at most 9007199254740991), not \(schema)"
    }

    /// A seq: 1 to 2^53 − 1.
    static func problem(seq: Int64) -> String? {
        seq >= 1 && seq <= JSONValue.maxSafeInteger ? nil : "the seq must be 1 or more (and at most 9007199254740991), not \(seq)"
    }

    /// `stream`'s rule on its UTF-8 bytes (a stored line's, in place).
    @inline(__always)
    static func problem<Bytes: Collection<UInt8>>(streamBytes bytes: Bytes) -> String? {
        if bytes.isEmpty { return "the stream id is empty: give the case id, e.g. C-1001" }
        if bytes.count > maxNameBytes { return "the stream id is longer than \(maxNameBytes) bytes" }
        for c in bytes where !(isAlphanumeric(c) || c == 0x2D || c == 0x5F || c == 0x2E || c == 0x3A) {
            return "the stream id \"\(String(decoding: bytes, as: UTF8.self))\" may use only letters, digits, '-', '_', '.' and ':'"
        }
        return nil
    }

    /// `type`'s rule on its UTF-8 bytes.
    @inline(__always)
    static func problem<Bytes: Collection<UInt8>>(typeBytes bytes: Bytes) -> String? {
        guard let first = bytes.first else { return "the event type is empty" }
        if bytes.count > maxNameBytes { return "the event type is longer than \(maxNameBytes) bytes" }
        for c in bytes where !(isAlphanumeric(c) || c == 0x2E || c == 0x2D || c == 0x5F) {
            return "the event type \"\(String(decoding: bytes, as: UTF8.self))\" must start with a letter and use only letters, digits, '.', '-' and '_'"
        }
        return isLetter(first) ? nil
            : "the event type \"\(String(decoding: bytes, as: UTF8.self))\" must start with a letter and use only letters, digits, '.', '-' and '_'"
    }

    /// `actor`'s rule on its UTF-8 bytes (valid UTF-8: a C1 control is 0xC2 then 0x80–0x9F).
    @inline(__always)
    static func problem<Bytes: Collection<UInt8>>(actorBytes bytes: Bytes) -> String? {
        if bytes.isEmpty { return "the actor is empty: say who records the event (a staff id)" }
        if bytes.count > maxNameBytes { return "the actor is longer than \(maxNameBytes) bytes" }
        var afterC2 = false
        for c in bytes {
            if c < 0x20 || c == 0x7F || (afterC2 && c < 0xA0) {
                return "the actor contains a control character (U+0000–U+001F, U+007F–U+009F)"
            }
            afterC2 = c == 0xC2
        }
        return nil
    }

    /// The first problem with `event`'s envelope fields, or nil.
    public static func problem(with event: NewEvent) -> String? {
        if let p = problem(stream: event.stream) { return p }
        if let p = problem(type: event.type) { return p }
        if let p = problem(schema: event.schema) { return p }
        if let p = problem(actor: event.actor) { return p }
        if event.payload.objectValue == nil {
            return "the payload (\"data\") must be a JSON object, not \(event.payload.kindDescription)"
        }
        return problem(payload: event.payload)
    }

    /// A payload nested deeper than `maxPayloadDepth`, or holding an integer outside
    /// ±(2^53 − 1), could be written but not read back: refused.
    public static func problem(payload: JSONValue, depth: Int = 1) -> String? {
        switch payload {
        case .integer(let i) where i > JSONValue.maxSafeInteger || i < -JSONValue.maxSafeInteger:
            return "the number \(i) is outside the range every JSON reader represents exactly (±9007199254740991)"
        case .array(let items):
            if depth > maxPayloadDepth { return "the payload is nested more than \(maxPayloadDepth) levels deep" }
            for item in items { if let p = problem(payload: item, depth: depth + 1) { return p } }
        case .object(let members):
            if depth > maxPayloadDepth { return "the payload is nested more than \(maxPayloadDepth) levels deep" }
            for (_, value) in members { if let p = problem(payload: value, depth: depth + 1) { return p } }
        default:
            break
        }
        return nil
    }

    /// The first problem with a stored header's values (FORMAT.md rule 3), on the bytes of its
    /// strings in place: what the writer refuses, `verify` and every reader refuse.
    @inline(__always)
    static func problem<Bytes: Collection<UInt8>>(
        headerStream stream: Bytes, type: Bytes, actor: Bytes, schema: Int64, seq: Int64
    ) -> String? {
        if let p = problem(actorBytes: actor) { return p }
        if let p = problem(schema: schema) { return p }
        if let p = problem(seq: seq) { return p }
        if let p = problem(streamBytes: stream) { return p }
        if let p = problem(typeBytes: type) { return p }
        return nil
    }

    /// The reason for a fault in a stored line, citing the rule of FORMAT.md it breaks.
    static func cite(_ rule: Int, _ reason: String) -> String { "\(reason) (events/FORMAT.md rule \(rule))" }

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    private static func isAlphanumeric(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) }
}
