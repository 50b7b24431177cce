import LedgerJSON

extension SchemaEvaluator {
    /// Applies an array keyword to `elements`.
    func applyArray(
        _ rule: SchemaRule, _ elements: [JSONValue], at place: EvaluationPlace,
        into violations: inout [SchemaViolation]
    ) {
        let subject = place.subject
        switch rule {
        case .minItems(let minimum) where elements.count < minimum:
            violations.append(place.violation("\(subject) must have at least \(SchemaText.counted(minimum, "item")), not \(elements.count)"))
        case .maxItems(let maximum) where elements.count > maximum:
            violations.append(place.violation("\(subject) must have at most \(SchemaText.counted(maximum, "item")), not \(elements.count)"))
        case .uniqueItems(true):
            if let (first, second) = StrictEquality.firstDuplicate(in: elements) {
                violations.append(place.violation("\(subject) must not repeat items, but item \(second) is the same as item \(first)"))
            }
        case .prefixItems(let nodes):
            for (index, node) in nodes.enumerated() where index < elements.count {
                evaluate(node, elements[index], at: place.schema(String(index)).element(index), into: &violations)
            }
        case .items(let node, let first):
            for index in elements.indices where index >= first {
                evaluate(node, elements[index], at: place.element(index), into: &violations)
            }
        case .contains(let node, let minimum, let maximum):
            let matches = elements.indices.filter { accepts(node, elements[$0], at: place.element($0)) }.count
            let schema = "matching the schema at \(place.schemaPath)"
            if matches < minimum && minimum == 1 {
                violations.append(place.violation("\(subject) must contain at least one item \(schema), but none of its \(SchemaText.counted(elements.count, "item")) does"))
            } else if matches < minimum {
                violations.append(place.sibling("minContains").violation("\(subject) must contain at least \(minimum) items \(schema), not \(matches)"))
            }
            if let maximum, matches > maximum {
                violations.append(place.sibling("maxContains").violation("\(subject) must contain at most \(SchemaText.counted(maximum, "item")) \(schema), not \(matches)"))
            }
        default:
            break
        }
    }
}
