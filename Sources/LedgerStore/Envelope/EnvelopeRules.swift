import LedgerJSON

/// The envelope's documented limits (events/FORMAT.md, "Limits"). Each check returns the reason
/// a value is refused, written for the person who supplied it, or nil when it is acceptable.
public enum EnvelopeRules {
    /// The largest line, newline included: 1 MiB.
    public static let maxLineBytes = 1 << 20
    /// The longest stream id, actor or type, in bytes.
    public static let maxNameBytes = 128

    /// A stream id: 1–128 of letters, digits, `-`, `_`, `.`, `:`.
    public static func problem(stream: String) -> String? {
        if stream.isEmpty { return "the stream id is empty: give the case id, e.g. C-1001" }
        if stream.utf8.count > maxNameBytes { return "the stream id is longer than \(maxNameBytes) bytes" }
        for c in stream.utf8 where !(isAlphanumeric(c) || c == 0x2D || c == 0x5F || c == 0x2E || c == 0x3A) {
            return "the stream id \"\(stream)\" may use only letters, digits, '-', '_', '.' and ':'"
        }
        return nil
    }

    /// A type: a letter, then up to 127 letters, digits, `.`, `-` or `_`.
    public static func problem(type: String) -> String? {
        guard let first = type.utf8.first else { return "the event type is empty" }
        if type.utf8.count > maxNameBytes { return "the event type is longer than \(maxNameBytes) bytes" }
        let ok = isLetter(first) && type.utf8.allSatisfy { isAlphanumeric($0) || $0 == 0x2E || $0 == 0x2D || $0 == 0x5F }
        return ok ? nil : "the event type \"\(type)\" must start with a letter and use only letters, digits, '.', '-' and '_'"
    }

    /// An actor: 1–128 bytes with no control characters.
    public static func problem(actor: String) -> String? {
        if actor.isEmpty { return "the actor is empty: say who records the event (a staff id)" }
        if actor.utf8.count > maxNameBytes { return "the actor is longer than \(maxNameBytes) bytes" }
        if actor.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "the actor contains a control character"
        }
        return nil
    }

    /// A schema version: 1 or more.
    public static func problem(schema: Int64) -> String? {
        schema >= 1 ? nil : "the schema version must be 1 or more, not \(schema)"
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

    /// The deepest nesting a payload may have (what the parser reads back).
    public static let maxPayloadDepth = 64

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

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    private static func isAlphanumeric(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) }
}
