extension SupportPlanContent {
    /// The plan's weekly cost: the sum of its lines.
    public var weeklyCost: Money { lines.map(\.weeklyCost).total() }
}
