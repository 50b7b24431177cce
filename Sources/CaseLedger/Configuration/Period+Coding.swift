extension Period: PayloadValue {
    /// Written as a person reads it: `"6 weeks"`, `"12 months"`, `"1 day"`.
    public var json: JSONValue { .string(description) }

    /// Reads `"N days"`, `"N weeks"`, `"N months"` or `"N years"` (singular for 1 allowed), N from 1.
    public init(json: JSONValue, at path: String) throws(PayloadDecodingError) {
        guard let text = json.stringValue else {
            throw PayloadDecodingError(
                field: path, problem: "expected a period such as \"6 weeks\", found \(json.kindDescription)")
        }
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, let n = Int(parts[0]), n >= 1, String(n) == parts[0] else {
            throw PayloadDecodingError(
                field: path,
                problem: "\"\(text)\" is not a period: write a whole number from 1 and a unit, e.g. \"6 weeks\", \"12 months\", \"42 days\"")
        }
        switch parts[1] {
        case "day", "days": self = .days(n)
        case "week", "weeks": self = .weeks(n)
        case "month", "months": self = .months(n)
        // issue 17: retention
        case "year", "years": self = .years(n)
        default:
            throw PayloadDecodingError(
                field: path, problem: "\"\(parts[1])\" is not a unit of a period: use days, weeks, months or years")
        }
    }
}
