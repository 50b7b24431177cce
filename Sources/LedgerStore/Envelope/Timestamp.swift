#if canImport(Glibc)
import Glibc
#endif

/// An instant in UTC with microsecond precision, written as RFC 3339 with exactly six fractional
/// digits and a `Z` suffix: `2026-11-23T05:09:52.123456Z`. That text form sorts in time order.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Microseconds since 1970-01-01T00:00:00Z.
    public let microsecondsSinceEpoch: Int64

    /// The instant `microsecondsSinceEpoch` microseconds after the Unix epoch.
    public init(microsecondsSinceEpoch: Int64) {
        self.microsecondsSinceEpoch = microsecondsSinceEpoch
    }

    /// The current time from the system clock (the store's clock; the domain never calls this).
    public static func now() -> Timestamp {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Timestamp(microsecondsSinceEpoch: Int64(ts.tv_sec) * 1_000_000 + Int64(ts.tv_nsec) / 1000)
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool {
        a.microsecondsSinceEpoch < b.microsecondsSinceEpoch
    }

    /// The RFC 3339 form, e.g. `2026-11-23T05:09:52.123456Z`.
    public var rfc3339: String {
        let micros = microsecondsSinceEpoch
        var seconds = micros / 1_000_000
        var fraction = micros % 1_000_000
        if fraction < 0 { fraction += 1_000_000; seconds -= 1 }
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 { secondOfDay += 86_400; days -= 1 }
        let (y, m, d) = Timestamp.civilFromDays(days)
        func pad(_ v: Int64, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secondOfDay / 3600, 2)):"
            + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2)).\(pad(fraction, 6))Z"
    }

    public var description: String { rfc3339 }

    /// The number of bytes of `rfc3339` (what `appendRFC3339` appends): 27 for years 0000–9999.
    var rfc3339ByteCount: Int {
        (-62_167_219_200_000_000..<253_402_300_800_000_000).contains(microsecondsSinceEpoch) ? 27 : rfc3339.utf8.count
    }

    /// Appends the RFC 3339 form (the bytes of `rfc3339`) to `buffer` without building Strings.
    func appendRFC3339(to buffer: inout [UInt8]) {
        let micros = microsecondsSinceEpoch
        var seconds = micros / 1_000_000
        var fraction = micros % 1_000_000
        if fraction < 0 { fraction += 1_000_000; seconds -= 1 }
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 { secondOfDay += 86_400; days -= 1 }
        let (y, m, d) = Timestamp.civilFromDays(days)
        guard y >= 0 && y <= 9999 else {
            buffer.append(contentsOf: rfc3339.utf8)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 27) { out in
            func put(_ v: Int64, _ at: Int, _ width: Int) {
                var v = v
                for k in stride(from: at + width - 1, through: at, by: -1) {
                    out[k] = 0x30 + UInt8(v % 10)
                    v /= 10
                }
            }
            put(y, 0, 4); out[4] = 0x2D
            put(m, 5, 2); out[7] = 0x2D
            put(d, 8, 2); out[10] = 0x54
            put(secondOfDay / 3600, 11, 2); out[13] = 0x3A
            put(secondOfDay / 60 % 60, 14, 2); out[16] = 0x3A
            put(secondOfDay % 60, 17, 2); out[19] = 0x2E
            put(fraction, 20, 6); out[26] = 0x5A
            buffer.append(contentsOf: UnsafeBufferPointer(out))
        }
    }

    /// Parses RFC 3339 UTC text: `YYYY-MM-DDTHH:MM:SS[.ffffff]Z` (0–6 fractional digits), or a
    /// bare date `YYYY-MM-DD` meaning its midnight UTC. Returns nil for anything else, including
    /// offsets other than `Z` and impossible dates such as 30 February.
    public init?(rfc3339 text: String) {
        var text = text
        guard let t = text.withUTF8({ Timestamp(rfc3339UTF8: $0) }) else { return nil }
        self = t
    }

    /// Parses the UTF-8 of RFC 3339 UTC text in place, as `init?(rfc3339UTF8:)` parses the same
    /// bytes given as a buffer (for readers kept free of unsafe code).
    public init?(rfc3339UTF8 b: Span<UInt8>) {
        guard let t = b.withUnsafeBufferPointer({ Timestamp(rfc3339UTF8: $0) }) else { return nil }
        self = t
    }

    /// Parses the UTF-8 of RFC 3339 UTC text in place, exactly as `init?(rfc3339:)` parses the
    /// same text.
    public init?(rfc3339UTF8 b: UnsafeBufferPointer<UInt8>) {
        func digits(_ from: Int, _ count: Int) -> Int64? {
            guard from + count <= b.count else { return nil }
            var v: Int64 = 0
            for i in from..<(from + count) {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                v = v * 10 + Int64(b[i] - 0x30)
            }
            return v
        }
        guard b.count >= 10, let y = digits(0, 4), b[4] == UInt8(ascii: "-"), let mo = digits(5, 2),
            b[7] == UInt8(ascii: "-"), let d = digits(8, 2),
            mo >= 1, mo <= 12, d >= 1, d <= Timestamp.daysInMonth(year: y, month: mo)
        else { return nil }
        var seconds = Timestamp.daysFromCivil(y, mo, d) * 86_400
        var fraction: Int64 = 0
        if b.count > 10 {
            guard b.count >= 20, b[10] == UInt8(ascii: "T"), let h = digits(11, 2),
                b[13] == UInt8(ascii: ":"), let mi = digits(14, 2), b[16] == UInt8(ascii: ":"),
                let s = digits(17, 2), h < 24, mi < 60, s < 60
            else { return nil }
            seconds += h * 3600 + mi * 60 + s
            var i = 19
            if b[i] == UInt8(ascii: ".") {
                i += 1
                var n = 0
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                    guard n < 6 else { return nil }
                    fraction = fraction * 10 + Int64(b[i] - 0x30)
                    n += 1
                    i += 1
                }
                guard n > 0 else { return nil }
                for _ in n..<6 { fraction *= 10 }
            }
            guard i == b.count - 1, b[i] == UInt8(ascii: "Z") else { return nil }
        }
        self.microsecondsSinceEpoch = seconds * 1_000_000 + fraction
    }

    /// Days in `month` of `year` in the proleptic Gregorian calendar.
    public static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    public static func daysFromCivil(_ year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date (year, month, day) of a count of days since 1970-01-01.
    public static func civilFromDays(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }
}
