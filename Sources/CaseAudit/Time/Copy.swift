/// Whose copy of the record a report is.
public enum Copy: String, Hashable, Sendable, CaseIterable {
    /// The person's own copy: plain language, third-party information withheld and marked as
    /// withheld.
    case customer
    /// The staff copy: everything, with restricted items marked.
    case staff

    /// "customer's copy" or "staff copy".
    public var title: String {
        switch self {
        case .customer: "customer's copy"
        case .staff: "staff copy"
        }
    }
}
