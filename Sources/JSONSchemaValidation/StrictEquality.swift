import LedgerJSON

/// JSON Schema's equality (for `const`, `enum` and `uniqueItems`): same type and same value,
/// with strings equal only when they hold the same Unicode scalars.
///
/// Swift's `==` on `String` (and so on `JSONValue`) treats canonically equivalent strings as
/// equal (é precomposed, and e with a combining accent); JSON Schema does not.
enum StrictEquality {
    /// True when `a` and `b` are equal in JSON Schema's sense.
    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)):
            return x.unicodeScalars.elementsEqual(y.unicodeScalars)
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            // Member names compare by their code units (`JSONKey`), so scalar by scalar.
            for (key, value) in x {
                guard let other = y[key], equal(value, other) else { return false }
            }
            return true
        default:
            return a == b
        }
    }

    /// The indices of the first two equal elements of `elements`, or nil when all differ.
    /// Hashing groups candidates (equal values always hash alike), so this is linear on average.
    static func firstDuplicate(in elements: [JSONValue]) -> (first: Int, second: Int)? {
        var seen: [JSONValue: [Int]] = [:]
        for (index, element) in elements.enumerated() {
            let earlier = seen[element, default: []]
            if let match = earlier.first(where: { equal(elements[$0], element) }) {
                return (match, index)
            }
            seen[element, default: []].append(index)
        }
        return nil
    }
}
