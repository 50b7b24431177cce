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
        PlanComponent.allCases.filter {
            (text[$0] ?? "").isBlank
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
    public init(from r: PayloadReader) throws(PayloadDecodingError) {
        var text: [PlanComponent: String] = [:]
        text.reserveCapacity(Self.keys.count)
        for (c, key) in Self.keys {
            if let s: String = try r.optional(key) { text[c] = s }
        }
        for key in r.memberCount == text.count ? [] : r.keys where PlanComponent(rawValue: key) == nil {
            throw PayloadDecodingError(field: r.pathOf(key), problem: "is not one of the 7 plan components")
        }
        self.text = text
    }

    /// Writes each component present.
    public func encode(to w: inout PayloadWriter) {
        for c in PlanComponent.allCases { w.optional(c.rawValue, text[c]) }
    }
}
