/// The text of a support plan's 7 essential components, stored as an object with one optional
/// string per component (`importantToThePerson`, `changesToAchieve`, …). A component whose text
/// is absent or blank is missing.
public struct PlanComponents: PayloadObject, Hashable {
    /// The text written for each component present.
    public var text: [PlanComponent: String]

    /// Components with the given texts.
    public init(_ text: [PlanComponent: String] = [:]) { self.text = text }

    /// The components missing or blank, in component order.
    public var missing: [PlanComponent] {
        // Most plans have every component written: then no component is looked up by key.
        if text.count == PlanComponent.allCases.count, text.values.allSatisfy({ !PlanComponents.isBlank($0) }) { return [] }
        return PlanComponent.allCases.filter { PlanComponents.isBlank(text[$0] ?? "") }
    }

    /// `text.isBlank`, told from the first byte when that is not a space, tab or line break (the
    /// first character is then not one either), without reading characters.
    static func isBlank(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        switch first {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return text.isBlank
        default: return false
        }
    }

    /// The text of one component, nil when absent.
    public subscript(component: PlanComponent) -> String? {
        get { text[component] }
        set { text[component] = newValue }
    }

    /// Each component's field name, prepared once.
    private static let keys: [(PlanComponent, JSONTape.Key)] = PlanComponent.allCases.map { ($0, JSONTape.Key($0.rawValue)) }

    /// Reads each component's text when present. When every member gave a text (member names
    /// are unique), there is no unknown member to look for.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        var text: [PlanComponent: String] = [:]
        text.reserveCapacity(Self.keys.count)
        for (c, key) in Self.keys {
            if let s: String = try r.optional(key) { text[c] = s }
        }
        // A name is a component's only byte for byte (rule 65): one in another Unicode form is unknown.
        for key in r.memberCount == text.count ? [] : r.keys where !PlanComponent.allCases.contains(where: { JSONKey($0.rawValue) == JSONKey(key) }) {
            throw PayloadDecodingError(field: r.pathOf(key), problem: "is not one of the 7 plan components")
        }
        self.text = text
    }

    /// Writes each component present.
    public func encode(to w: inout PayloadWriter) {
        for c in PlanComponent.allCases { w.optional(c.rawValue, text[c]) }
    }
}
