import CaseLedger
import LedgerJSON

/// Stored payload values as text, for showing a correction beside its original field by field.
enum PayloadText {
    /// Payload fields that hold money in pence.
    static var moneyKeys: Set<String> { Money.payloadFieldNames }

    /// The value of field `key` in words.
    static func text(_ key: String, _ value: JSONValue?) -> String {
        guard let value else { return "(none)" }
        switch value {
        case .null: return "(none)"
        case .bool(let b): return b ? "yes" : "no"
        case .integer(let n): return moneyKeys.contains(key) ? "\(Money(pence: n))" : String(n)
        case .string(let s):
            if let d = CalendarDate(s) { return Words.date(d) }
            return s
        case .array(let items): return items.isEmpty ? "(none)" : items.map { text(key, $0) }.joined(separator: "; ")
        case .object: return CanonicalJSON.string(value)
        }
    }

    /// The fields that differ between two payloads, in key order.
    static func differences(_ original: JSONValue, _ corrected: JSONValue) -> [(key: String, original: String, corrected: String)] {
        let a = original.objectValue ?? [:], b = corrected.objectValue ?? [:]
        return Set(a.keys).union(b.keys).sorted().compactMap { key in
            guard a[key] != b[key] else { return nil }
            return (key.string, text(key.string, a[key]), text(key.string, b[key]))
        }
    }
}
