import CaseLedger

/// Example configuration: two charging rate tables (figures are test data, not law) and the
/// default intervals.
public enum TestConfiguration {
    /// The 2025-26 rate table, valid from 7 April 2025.
    public static let table2025 = ChargingRateTable(
        id: "2025-26", validFrom: day("2025-04-07"), upperCapitalLimit: pounds(23_250),
        lowerCapitalLimit: pounds(14_250), tariffStep: pounds(250), weeklyTariffPerStep: pounds(1),
        tariffCountsPartStep: true,
        weeklyMinimumIncomeGuarantee: ["single-pension-age": pounds(228, 70), "single-25-to-pension-age": pounds(134, 10)])
    /// The 2026-27 rate table, valid from 6 April 2026.
    public static let table2026 = ChargingRateTable(
        id: "2026-27", validFrom: day("2026-04-06"), upperCapitalLimit: pounds(23_250),
        lowerCapitalLimit: pounds(14_250), tariffStep: pounds(250), weeklyTariffPerStep: pounds(1),
        tariffCountsPartStep: true,
        weeklyMinimumIncomeGuarantee: ["single-pension-age": pounds(232, 0), "single-25-to-pension-age": pounds(136, 0)])

    /// The 2025-26 rate table, valid from 7 April 2025.
    public static let standard = Configuration(chargingRateTables: [table2025, table2026])
}
