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
}
