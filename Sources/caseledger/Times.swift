import CLIKit
import CaseLedger

/// Reading times and dates given on the command line.
enum Times {
    /// A time option, or nil when absent: an RFC 3339 UTC time, or a date meaning the end of that
    /// day in UK time (`UKTime.instant`, the one meaning both tools give it).
    static func time(_ a: ParsedArguments, _ name: String) throws(UsageError) -> Timestamp? {
        try a.option(name, as: UKTime.timeHelp) { text throws(UsageError) in UKTime.instant(text) }
    }

    /// A date option (`YYYY-MM-DD`), or nil when absent; "--on must be a date YYYY-MM-DD; got 'x'".
    static func date(_ a: ParsedArguments, _ name: String) throws(UsageError) -> CalendarDate? {
        try a.option(name, as: "a date YYYY-MM-DD") { text throws(UsageError) in CalendarDate(text) }
    }
}
