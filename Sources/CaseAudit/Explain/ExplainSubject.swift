/// What `explain` can trace to the events behind it.
public enum ExplainSubject: String, Hashable, Sendable, CaseIterable {
    /// The personal budget and its split between the person and the council.
    case budget
    /// The person's weekly contribution.
    case contribution
    /// Whether the needs are eligible.
    case eligibility
    /// When the next review falls due.
    case nextReview = "next-review"
    /// The stage the case is at.
    case stage

    /// A heading, e.g. "How the weekly contribution was worked out".
    public var heading: String {
        switch self {
        case .budget: "How the personal budget was set"
        case .contribution: "How the weekly contribution was worked out"
        case .eligibility: "How eligibility was decided"
        case .nextReview: "When the next review is due, and why"
        case .stage: "Why the case is at this stage"
        }
    }
}
