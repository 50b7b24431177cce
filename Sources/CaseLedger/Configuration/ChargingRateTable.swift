/// The charging figures in force from a date (Care and Support (Charging and Assessment of
/// Resources) Regulations 2014). Figures change yearly, so they live in dated tables, never in
/// code.
public struct ChargingRateTable: Hashable, Sendable {
    /// The table's name, e.g. "2025-26".
    public var id: String
    /// The first day the table applies.
    public var validFrom: CalendarDate
    /// Capital above this means the customer pays the full cost.
    public var upperCapitalLimit: Money
    /// Capital at or below this is ignored.
    public var lowerCapitalLimit: Money
    /// Tariff income is charged per step of capital between the limits (e.g. £250).
    public var tariffStep: Money
    /// Weekly tariff income per step (e.g. £1).
    public var weeklyTariffPerStep: Money
    /// True when a part step counts as a whole step ("or part of £250") [check].
    public var tariffCountsPartStep: Bool
    /// Weekly Minimum Income Guarantee by income category (e.g. "single-pension-age").
    public var weeklyMinimumIncomeGuarantee: [String: Money]

    /// A table.
    public init(
        id: String, validFrom: CalendarDate, upperCapitalLimit: Money, lowerCapitalLimit: Money,
        tariffStep: Money, weeklyTariffPerStep: Money, tariffCountsPartStep: Bool,
        weeklyMinimumIncomeGuarantee: [String: Money]
    ) {
        self.id = id
        self.validFrom = validFrom
        self.upperCapitalLimit = upperCapitalLimit
        self.lowerCapitalLimit = lowerCapitalLimit
        self.tariffStep = tariffStep
        self.weeklyTariffPerStep = weeklyTariffPerStep
        self.tariffCountsPartStep = tariffCountsPartStep
        self.weeklyMinimumIncomeGuarantee = weeklyMinimumIncomeGuarantee
    }

    /// Weekly tariff income on `capital`: nothing up to the lower limit, then one
    /// `weeklyTariffPerStep` per `tariffStep` (or part of one, when so configured) above it.
    public func weeklyTariffIncome(capital: Money) -> Money {
        guard capital > lowerCapitalLimit, tariffStep.pence > 0 else { return .zero }
        let difference = capital - lowerCapitalLimit
        guard !difference.isOutOfRange, !tariffStep.isOutOfRange else { return .outOfRange }
        let above = difference.pence
        var steps = above / tariffStep.pence
        if tariffCountsPartStep, above % tariffStep.pence != 0 { steps += 1 }
        return weeklyTariffPerStep.times(steps)
    }
}
