import LedgerJSON

extension SchemaEvaluator {
    /// Applies `$ref`, `allOf`, `anyOf`, `oneOf`, `not` or `if`/`then`/`else` to `value`.
    ///
    /// `$ref`, `allOf` and the chosen `then`/`else` branch report the violations of their
    /// subschemas directly. `anyOf`, `oneOf` and `not` report one violation of their own; for
    /// `anyOf` and `oneOf` its message quotes the first problem with each alternative.
    func applyCombination(
        _ rule: SchemaRule, _ value: JSONValue, at place: EvaluationPlace,
        into violations: inout [SchemaViolation]
    ) {
        switch rule {
        case .reference(let node):
            evaluate(node, value, at: place, into: &violations)
        case .allOf(let nodes):
            for (index, node) in nodes.enumerated() {
                evaluate(node, value, at: place.schema(String(index)), into: &violations)
            }
        case .anyOf(let nodes):
            let failures = alternatives(nodes, value, at: place)
            guard failures.allSatisfy({ !$0.isEmpty }) else { return }
            violations.append(place.violation("\(place.subject) does not match any of the \(nodes.count) allowed forms: \(summary(failures))"))
        case .oneOf(let nodes):
            let failures = alternatives(nodes, value, at: place)
            let matching = failures.indices.filter { failures[$0].isEmpty }.map { String($0 + 1) }
            if matching.isEmpty {
                violations.append(place.violation("\(place.subject) must match exactly one of the \(nodes.count) allowed forms, but matches none: \(summary(failures))"))
            } else if matching.count > 1 {
                violations.append(place.violation("\(place.subject) must match exactly one of the \(nodes.count) allowed forms, but matches forms \(SchemaText.list(matching, conjunction: "and"))"))
            }
        case .not(let node):
            if accepts(node, value, at: place) {
                violations.append(place.violation("\(place.subject) must not match the schema at \(place.schemaPath)"))
            }
        case .conditional(let condition, let then, let otherwise):
            if accepts(condition, value, at: place) {
                if let then { evaluate(then, value, at: place.sibling("then"), into: &violations) }
            } else if let otherwise {
                evaluate(otherwise, value, at: place.sibling("else"), into: &violations)
            }
        default:
            break
        }
    }

    /// The violations of `value` against each alternative in `nodes` (empty where it matches).
    private func alternatives(
        _ nodes: [Int], _ value: JSONValue, at place: EvaluationPlace
    ) -> [[SchemaViolation]] {
        nodes.enumerated().map { index, node in
            violations(node, value, at: place.schema(String(index)))
        }
    }

    /// "(1) first problem; (2) first problem" for the alternatives that failed.
    private func summary(_ failures: [[SchemaViolation]]) -> String {
        failures.enumerated().compactMap { index, failure in
            failure.first.map { "(\(index + 1)) \($0.message)" }
        }.joined(separator: "; ")
    }
}
