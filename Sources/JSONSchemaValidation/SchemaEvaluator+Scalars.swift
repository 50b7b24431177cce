import LedgerJSON

extension SchemaEvaluator {
    /// The message for a failed assertion about the value itself, or nil when it holds.
    func checkScalar(_ rule: SchemaRule, _ value: JSONValue, at place: EvaluationPlace) -> String? {
        let subject = place.subject
        switch rule {
        case .type(let types):
            if types.contains(where: { $0.admits(value) }) { return nil }
            return "\(subject) must be \(SchemaText.expected(types)), not \(SchemaText.kind(of: value))"
        case .const(let expected):
            if StrictEquality.equal(value, expected) { return nil }
            return "\(subject) must be \(SchemaText.show(expected)), not \(SchemaText.show(value))"
        case .enumeration(let options):
            if options.contains(where: { StrictEquality.equal(value, $0) }) { return nil }
            return place.located("\(SchemaText.show(value)) is not one of: \(SchemaText.options(options))")
        default:
            if case .string(let string) = value { return checkString(rule, string, at: place) }
            if case .integer(let integer) = value { return checkInteger(rule, integer, at: place) }
            return nil
        }
    }

    /// The message for a failed string assertion, or nil when it holds (or does not apply).
    private func checkString(_ rule: SchemaRule, _ string: String, at place: EvaluationPlace) -> String? {
        let length = string.unicodeScalars.count
        let subject = place.subject
        switch rule {
        case .minLength(let minimum) where length < minimum:
            return "\(subject) must be at least \(SchemaText.counted(minimum, "character")) long, not \(length)"
        case .maxLength(let maximum) where length > maximum:
            return "\(subject) must be at most \(SchemaText.counted(maximum, "character")) long, not \(length)"
        case .pattern(let pattern) where !pattern.matches(string):
            return place.located("\(SchemaText.show(.string(string))) does not match the pattern \(pattern.source)")
        case .format(let format) where !format.accepts(string):
            return place.located("\(SchemaText.show(.string(string))) is not \(format.expectation)")
        default:
            return nil
        }
    }

    /// The message for a failed numeric assertion, or nil when it holds (or does not apply).
    private func checkInteger(_ rule: SchemaRule, _ number: Int64, at place: EvaluationPlace) -> String? {
        let subject = place.subject
        switch rule {
        case .minimum(let bound) where number < bound:
            return "\(subject) must be at least \(bound), not \(number)"
        case .maximum(let bound) where number > bound:
            return "\(subject) must be at most \(bound), not \(number)"
        case .exclusiveMinimum(let bound) where number <= bound:
            return "\(subject) must be more than \(bound), not \(number)"
        case .exclusiveMaximum(let bound) where number >= bound:
            return "\(subject) must be less than \(bound), not \(number)"
        case .multipleOf(let divisor) where number % divisor != 0:
            return "\(subject) must be a multiple of \(divisor), not \(number)"
        default:
            return nil
        }
    }
}
