/// What a support plan says: the 7 essential components, the s25 contents (needs, which are
/// eligible and met and how, prevention advice), risks, and the costed lines. Stored flat inside
/// the plan events.
public struct SupportPlanContent: PayloadObject, Hashable {
    /// The plan's id, e.g. "P-1", chosen by the caller.
    public var planId: String
    /// Who wrote the plan.
    public var author: PlanAuthor
    /// The 7 essential components.
    public var components: PlanComponents
    /// The needs, which are eligible, which the council will meet and how (s25(1)(a)-(b)).
    public var needs: [NeedToMeet]
    /// The costed lines.
    public var lines: [PlanLine]
    /// Risks the person has chosen to take and how they are managed.
    public var risks: [RiskEntry]
    /// Advice on preventing or delaying the development of needs (s25(1)(f)).
    public var preventionAdvice: String

    /// A value with every field given.
    public init(
        planId: String,
        author: PlanAuthor,
        components: PlanComponents,
        needs: [NeedToMeet] = [],
        lines: [PlanLine] = [],
        risks: [RiskEntry] = [],
        preventionAdvice: String
    ) {
        self.planId = planId
        self.author = author
        self.components = components
        self.needs = needs
        self.lines = lines
        self.risks = risks
        self.preventionAdvice = preventionAdvice
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        planId = try r("planId")
        author = try r("author")
        components = try r("components")
        needs = try r("needs")
        lines = try r("lines")
        risks = try r("risks")
        preventionAdvice = try r("preventionAdvice")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        w.set("planId", planId)
        w.set("author", author)
        w.set("components", components)
        w.set("needs", needs)
        w.set("lines", lines)
        w.set("risks", risks)
        w.set("preventionAdvice", preventionAdvice)
    }

    /// The plan's weekly cost: the sum of its lines.
    public var weeklyCost: Money { lines.map(\.weeklyCost).total() }
}
