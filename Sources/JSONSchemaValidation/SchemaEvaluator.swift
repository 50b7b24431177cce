import LedgerJSON

/// Applies compiled schemas to a value and collects every violation.
///
/// Each keyword of a schema is applied in `SchemaVocabulary.evaluationOrder`; a keyword about
/// one JSON type (say `minLength`) passes values of any other type, as JSON Schema says.
struct SchemaEvaluator {
    /// The node table; index 0 is the root schema.
    let nodes: [SchemaNode]

    /// Appends to `violations` every way in which `value` fails node `node`, applied at `place`.
    func evaluate(
        _ node: Int, _ value: JSONValue, at place: EvaluationPlace,
        into violations: inout [SchemaViolation]
    ) {
        switch nodes[node].body {
        case .always(true):
            return
        case .always(false):
            violations.append(place.violation("\(place.subject) is not allowed here"))
        case .keywords(let keywords):
            for keyword in keywords {
                apply(keyword.rule, to: value, at: place.schema(keyword.name), into: &violations)
            }
        }
    }

    /// True when `value` satisfies node `node` (violations are not kept).
    func accepts(_ node: Int, _ value: JSONValue, at place: EvaluationPlace) -> Bool {
        violations(node, value, at: place).isEmpty
    }

    /// Every violation of node `node` by `value`, applied at `place`.
    func violations(_ node: Int, _ value: JSONValue, at place: EvaluationPlace) -> [SchemaViolation] {
        var violations: [SchemaViolation] = []
        evaluate(node, value, at: place, into: &violations)
        return violations
    }

    /// Applies one keyword's rule; `place.schemaPath` already ends with the keyword.
    private func apply(
        _ rule: SchemaRule, to value: JSONValue, at place: EvaluationPlace,
        into violations: inout [SchemaViolation]
    ) {
        switch rule {
        case .type, .const, .enumeration, .minLength, .maxLength, .pattern, .format,
            .minimum, .maximum, .exclusiveMinimum, .exclusiveMaximum, .multipleOf:
            if let message = checkScalar(rule, value, at: place) {
                violations.append(place.violation(message))
            }
        case .required, .dependentRequired, .minProperties, .maxProperties, .properties,
            .patternProperties, .additionalProperties, .propertyNames:
            guard case .object(let members) = value else { return }
            applyObject(rule, members, at: place, into: &violations)
        case .minItems, .maxItems, .uniqueItems, .prefixItems, .items, .contains:
            guard case .array(let elements) = value else { return }
            applyArray(rule, elements, at: place, into: &violations)
        case .reference, .allOf, .anyOf, .oneOf, .not, .conditional:
            applyCombination(rule, value, at: place, into: &violations)
        }
    }
}
