import LedgerJSON

/// Wording shared by violation messages and schema errors.
enum SchemaText {
    /// The longest a value is shown in a message before it is cut short with "…".
    static let shownLength = 60

    /// A JSON type as a person reads it: "a string", "an integer", "a list", …
    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "true or false"
        case .integer: return "an integer"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// What `type` asks for, as a person reads it: "a string or null".
    static func expected(_ types: [SchemaType]) -> String {
        var names: [String] = []
        for type in types {
            let name: String
            switch type {
            case .null: name = "null"
            case .boolean: name = "true or false"
            case .integer, .number: name = "an integer"
            case .string: name = "a string"
            case .array: name = "a list"
            case .object: name = "an object"
            }
            if !names.contains(name) { names.append(name) }
        }
        return list(names, conjunction: "or")
    }

    /// `value` as JSON (strings in quotes), cut short past `shownLength` characters.
    static func show(_ value: JSONValue) -> String {
        let text = CanonicalJSON.string(value)
        guard text.unicodeScalars.count > shownLength else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(shownLength))) + "…"
    }

    /// The allowed values of an `enum`, comma-separated: simple strings bare ("weekly,
    /// four-weekly"), anything else as JSON.
    static func options(_ values: [JSONValue]) -> String {
        values.map { value in
            if let string = value.stringValue, isPlain(string) { return string }
            return show(value)
        }.joined(separator: ", ")
    }

    /// "a", "a or b", "a, b or c".
    static func list(_ items: [String], conjunction: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }

    /// "1 item", "3 items".
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// True when `string` reads unambiguously without quotes in a comma-separated list.
    private static func isPlain(_ string: String) -> Bool {
        guard let first = string.unicodeScalars.first, let last = string.unicodeScalars.last,
            string.unicodeScalars.count <= shownLength
        else { return false }
        return !first.properties.isWhitespace && !last.properties.isWhitespace
            && !string.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0.value < 0x20 }
    }
}
