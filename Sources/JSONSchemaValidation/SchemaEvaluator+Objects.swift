import LedgerJSON

extension SchemaEvaluator {
    /// Applies an object keyword to `members`; members are visited in sorted key order so the
    /// violations come out in a fixed order.
    func applyObject(
        _ rule: SchemaRule, _ members: JSONObject, at place: EvaluationPlace,
        into violations: inout [SchemaViolation]
    ) {
        switch rule {
        case .required(let names):
            for name in names where members[name] == nil {
                violations.append(place.violation(place.located("missing required field \(SchemaText.show(.string(name)))")))
            }
        case .dependentRequired(let rules):
            for (property, requires) in rules where members[property] != nil {
                for name in requires where members[name] == nil {
                    let text = "field \(SchemaText.show(.string(name))) is required when \(SchemaText.show(.string(property))) is present"
                    violations.append(place.schema(property).violation(place.located(text)))
                }
            }
        case .minProperties(let minimum) where members.count < minimum:
            violations.append(place.violation("\(place.subject) must have at least \(SchemaText.counted(minimum, "field")), not \(members.count)"))
        case .maxProperties(let maximum) where members.count > maximum:
            violations.append(place.violation("\(place.subject) must have at most \(SchemaText.counted(maximum, "field")), not \(members.count)"))
        case .properties(let properties):
            for (name, node) in properties {
                guard let member = members[name] else { continue }
                evaluate(node, member, at: place.schema(name).member(name), into: &violations)
            }
        case .patternProperties(let rules):
            for key in members.keys.sorted().map(\.string) {
                for (pattern, node) in rules where pattern.matches(key) {
                    evaluate(node, members[key]!, at: place.schema(pattern.source).member(key), into: &violations)
                }
            }
        case .additionalProperties(let node, let declared, let patterns):
            for key in members.keys.sorted().map(\.string) where !declared.contains(key) {
                if patterns.contains(where: { $0.matches(key) }) { continue }
                if case .always(false) = nodes[node].body {
                    let text = place.located("unexpected field \(SchemaText.show(.string(key)))")
                    violations.append(place.member(key).violation(text))
                } else {
                    evaluate(node, members[key]!, at: place.member(key), into: &violations)
                }
            }
        case .propertyNames(let node):
            for key in members.keys.sorted().map(\.string) {
                var name = place
                name.propertyName = key
                evaluate(node, .string(key), at: name, into: &violations)
            }
        default:
            break
        }
    }
}
