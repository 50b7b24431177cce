/// The `format` values this validator checks.
///
/// Choice: in JSON Schema 2020-12 `format` is by default only an annotation. Here it is an
/// assertion: a string that does not have the named format is a violation, because a ledger
/// must not record a date that does not exist. A `format` not listed here is refused when the
/// schema is compiled rather than silently left unchecked. Non-strings are not checked.
enum SchemaFormat: String, CaseIterable, Sendable {
    /// RFC 3339 full-date `YYYY-MM-DD`, ASCII digits, naming a real day of the Gregorian calendar.
    case date
    /// RFC 3339 date-time: a `date`, `T`, `HH:MM:SS`, optional fraction, and `Z` or `±HH:MM`
    /// (`T` and `Z` in either case). Second 60 only where it is 23:59:60 in UTC.
    case dateTime = "date-time"
    /// RFC 4122 textual form: 8-4-4-4-12 hexadecimal digits in either case, any version.
    case uuid
    /// A loose e-mail address: an unquoted local part of RFC 5321 atext characters and single
    /// dots, `@`, and a domain of letter/digit/hyphen labels (not starting or ending with a
    /// hyphen) separated by single dots. Quoted local parts and address literals are refused.
    case email

    /// True when `string` has this format.
    func accepts(_ string: String) -> Bool {
        let bytes = Array(string.utf8)
        switch self {
        case .date: return bytes.count == 10 && RFC3339.isDate(bytes[...])
        case .dateTime: return RFC3339.isDateTime(bytes)
        case .uuid: return SchemaFormat.isUUID(bytes)
        case .email: return EmailAddress.isLoose(bytes)
        }
    }

    /// What a valid value looks like, completing "is not …" in a violation's message.
    var expectation: String {
        switch self {
        case .date: return "a real date written YYYY-MM-DD (e.g. 2025-04-01)"
        case .dateTime: return "a date and time in RFC 3339 form (e.g. 2025-04-01T09:30:00Z)"
        case .uuid: return "a UUID (e.g. 123e4567-e89b-12d3-a456-426614174000)"
        case .email: return "an e-mail address (e.g. name@example.org)"
        }
    }

    private static func isUUID(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else if !isHexDigit(byte) {
                return false
            }
        }
        return true
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
            UInt8(ascii: "A")...UInt8(ascii: "F"):
            return true
        default:
            return false
        }
    }
}
