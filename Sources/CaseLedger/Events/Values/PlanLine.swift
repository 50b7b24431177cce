/// A costed line of a support plan: what is bought, of what kind, from whom, and its weekly cost in
/// pence.
public struct PlanLine: PayloadObject, Hashable {
    /// The line's id within the plan, e.g. "L1".
    public var lineId: String
    /// What is bought, in words.
    public var description: String
    /// The kind of service; decides whether a direct payment may pay for it.
    public var kind: ServiceKind
    /// The weekly cost in pence.
    public var weeklyCost: Money
    /// Who provides it, when known.
    public var provider: String?
    /// Planned units (e.g. hours) a week, when counted in units.
    public var unitsPerWeek: Int?

    /// A value with every field given.
    public init(
        lineId: String,
        description: String,
        kind: ServiceKind,
        weeklyCost: Money,
        provider: String? = nil,
        unitsPerWeek: Int? = nil
    ) {
        self.lineId = lineId
        self.description = description
        self.kind = kind
        self.weeklyCost = weeklyCost
        self.provider = provider
        self.unitsPerWeek = unitsPerWeek
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        lineId = try r("lineId")
        description = try r("description")
        kind = try r("kind")
        weeklyCost = try r("weeklyCost")
        provider = try r.optional("provider")
        unitsPerWeek = try r.optional("unitsPerWeek")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        w.set("lineId", lineId)
        w.set("description", description)
        w.set("kind", kind)
        w.set("weeklyCost", weeklyCost)
        w.optional("provider", provider)
        w.optional("unitsPerWeek", unitsPerWeek)
    }
}
