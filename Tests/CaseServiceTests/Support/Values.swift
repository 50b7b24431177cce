import CaseLedger
import LedgerJSON

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
