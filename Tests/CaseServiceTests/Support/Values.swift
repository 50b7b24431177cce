import CaseLedger
import LedgerStore

/// A date from `YYYY-MM-DD` text (test input is always valid).
func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

/// An instant from RFC 3339 text.
func at(_ text: String) -> Timestamp { Timestamp(rfc3339: text)! }

/// Decision metadata acting under `role` from `date`.
func meta(_ role: StaffRole, _ date: String, reasons: [String] = []) -> DecisionMetadata {
    DecisionMetadata(actingRole: role, effectiveDate: day(date), reasons: reasons)
}

/// JSON text as a value (test input is always valid).
func json(_ text: String) -> JSONValue { try! JSONParser.parse(text) }

extension JSONValue {
    /// The value with member `key` set (for objects).
    func setting(_ key: String, _ value: JSONValue) -> JSONValue {
        var members = objectValue ?? [:]
        members[key] = value
        return .object(members)
    }

    /// The value without member `key` (for objects).
    func removing(_ key: String) -> JSONValue {
        var members = objectValue ?? [:]
        members[key] = nil
        return .object(members)
    }
}
