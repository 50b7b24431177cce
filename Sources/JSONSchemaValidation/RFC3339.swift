/// RFC 3339 §5.6 `full-date` and `date-time`, checked on UTF-8 bytes (ASCII digits only).
enum RFC3339 {
    /// True when `bytes` is exactly `YYYY-MM-DD` naming a real Gregorian day.
    static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        let start = bytes.startIndex
        guard bytes.count == 10,
            let year = number(bytes, at: start, digits: 4), separator(bytes, at: start + 4, "-"),
            let month = number(bytes, at: start + 5, digits: 2), separator(bytes, at: start + 7, "-"),
            let day = number(bytes, at: start + 8, digits: 2)
        else { return false }
        return (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// True when `bytes` is a full-date, `T`, a partial-time and a time offset.
    static func isDateTime(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 20, isDate(bytes[0..<10]),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
            let hour = number(bytes, at: 11, digits: 2), separator(bytes, at: 13, ":"),
            let minute = number(bytes, at: 14, digits: 2), separator(bytes, at: 16, ":"),
            let second = number(bytes, at: 17, digits: 2),
            hour <= 23, minute <= 59, second <= 60
        else { return false }
        var index = 19
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
            guard index > start else { return false }
        }
        guard let offset = offsetMinutes(bytes[index...]) else { return false }
        guard second == 60 else { return true }
        // A leap second is only ever 23:59:60 in UTC.
        let utcMinute = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440
        return utcMinute == 23 * 60 + 59
    }

    /// The offset east of UTC in minutes for `Z`/`z` or `±HH:MM`; nil when it is neither.
    private static func offsetMinutes(_ bytes: ArraySlice<UInt8>) -> Int? {
        let start = bytes.startIndex
        if bytes.count == 1 && (bytes[start] == UInt8(ascii: "Z") || bytes[start] == UInt8(ascii: "z")) {
            return 0
        }
        guard bytes.count == 6,
            bytes[start] == UInt8(ascii: "+") || bytes[start] == UInt8(ascii: "-"),
            let hours = number(bytes, at: start + 1, digits: 2), separator(bytes, at: start + 3, ":"),
            let minutes = number(bytes, at: start + 4, digits: 2),
            hours <= 23, minutes <= 59
        else { return nil }
        let magnitude = hours * 60 + minutes
        return bytes[start] == UInt8(ascii: "-") ? -magnitude : magnitude
    }

    /// Days in `month` (1–12) of `year` in the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The decimal number in the `digits` ASCII digits from `offset`, or nil.
    private static func number(_ bytes: ArraySlice<UInt8>, at offset: Int, digits: Int) -> Int? {
        guard offset >= bytes.startIndex, offset + digits <= bytes.endIndex else { return nil }
        var value = 0
        for index in offset..<(offset + digits) {
            guard isDigit(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
        }
        return value
    }

    private static func number(_ bytes: [UInt8], at offset: Int, digits: Int) -> Int? {
        number(bytes[...], at: offset, digits: digits)
    }

    private static func separator(_ bytes: ArraySlice<UInt8>, at offset: Int, _ ascii: Unicode.Scalar) -> Bool {
        offset < bytes.endIndex && bytes[offset] == UInt8(ascii: ascii)
    }

    private static func separator(_ bytes: [UInt8], at offset: Int, _ ascii: Unicode.Scalar) -> Bool {
        separator(bytes[...], at: offset, ascii)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
