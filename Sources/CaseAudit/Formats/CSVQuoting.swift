import CaseService

/// Quoting of CSV fields (RFC 4180) that also defuses spreadsheet formulas: every field is
/// quoted, every `"` byte is doubled (even one a combining mark follows, which a reader working
/// on bytes would otherwise take as the field's end), and a field starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading `'` so a spreadsheet shows it as text and never
/// evaluates it. Control and bidirectional characters are first made visible (`VisibleText`; a
/// line break inside a field stays). Works on UTF-8 bytes: the other bytes are copied as they are.
public enum CSVQuoting {
    private static let quote = UInt8(ascii: "\"")
    private static let apostrophe = UInt8(ascii: "'")
    private static let comma = UInt8(ascii: ",")

    /// Whether a field starting with `byte` could be read by a spreadsheet as a formula.
    private static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): true
        default: false
        }
    }

    /// One quoted field.
    public static func field(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One record: the fields quoted and joined by commas, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(fields.reduce(2) { $0 + $1.utf8.count + 3 })
        append(record: fields, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    // issue 18: fast18
    /// Appends one record (as `record` makes it) to `out`: a report of many rows is written into
    /// one buffer instead of a string per row joined afterwards.
    public static func append(record fields: [String], to out: inout [UInt8]) {
        append(fields: fields, to: &out)
        out.append(UInt8(ascii: "\r"))
        out.append(UInt8(ascii: "\n"))
    }

    // issue 18: delta18
    /// Appends `fields` quoted and joined by commas (a part of a record, no line end) to `out`:
    /// cells repeated on many rows (a case's, on each of its deadlines' rows) quoted once.
    public static func append(fields: [String], to out: inout [UInt8]) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(comma) }
            append(f, to: &out)
        }
    }

    /// Appends `text` quoted to `out`.
    private static func append(_ text: String, to out: inout [UInt8]) {
        out.append(quote)
        var text = VisibleText.neutralised(text)
        text.withUTF8 { bytes in
            if let first = bytes.first, startsFormula(first) { out.append(apostrophe) }
            var start = 0
            for (i, b) in bytes.enumerated() where b == quote {
                out.append(contentsOf: bytes[start...i])
                out.append(quote)
                start = i + 1
            }
            out.append(contentsOf: bytes[start...])
        }
        out.append(quote)
    }
}
