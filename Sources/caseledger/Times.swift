import CLIKit
import CaseLedger

/// Reading times and dates given on the command line.
enum Times {
    /// An RFC 3339 UTC time, or a date meaning the last microsecond of that day (UTC).
    static func instant(_ text: String) -> Timestamp? {
        if let date = CalendarDate(text) {
            return Timestamp(microsecondsSinceEpoch: date.adding(days: 1).startOfDay.microsecondsSinceEpoch - 1)
        }
        return Timestamp(rfc3339: text)
    }

    /// A date option (`YYYY-MM-DD`), or nil when absent; "--on must be a date YYYY-MM-DD; got 'x'".
    static func date(_ a: ParsedArguments, _ name: String) throws(UsageError) -> CalendarDate? {
        try a.option(name, as: "a date YYYY-MM-DD") { text throws(UsageError) in CalendarDate(text) }
    }
}
