/// Quoting of CSV fields (RFC 4180) that also defuses spreadsheet formulas: every field is
/// quoted, `"` is doubled, and a field starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return gets a leading `'` so a spreadsheet shows it as text and never evaluates it.
public enum CSVQuoting {
    /// One quoted field.
    public static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        var out = "\""
        for ch in value { out += ch == "\"" ? "\"\"" : String(ch) }
        return out + "\""
    }

    /// One record: the fields quoted and joined by commas, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
