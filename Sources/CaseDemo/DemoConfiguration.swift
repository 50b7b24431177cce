import CaseLedger
import CaseService
import LedgerJSON

/// The configurations the demo publishes: for 2025-26, the same document with only the
/// 2025-26 rate table, in force from 7 April 2025; then `events/config/england-2026.json` as it
/// stands, in force from 6 April 2026.
enum DemoConfiguration {
    /// `events/config/england-2026.json`, read as `caseledger config publish` reads it: published
    /// by the register administrator.
    static var england2026: ConfigurationPublished {
        // The embedded document is checked by the tests; it always reads.
        guard case .object(var members) = try! JSONParser.parse(EnglandConfiguration.json) else {
            preconditionFailure("the England configuration is a JSON object")
        }
        members["actingRole"] = members["actingRole"] ?? .string(StaffRole.registerAdministrator.rawValue)
        return try! ConfigurationPublished(json: .object(members), at: "")
    }

    /// The 2025-26 configuration: the same figures, with the 2025-26 rate table alone.
    static var england2025: ConfigurationPublished {
        var p = england2026
        p.effectiveFrom = day("2025-04-07")
        p.configuration.chargingRateTables = p.configuration.chargingRateTables.filter { $0.id == "2025-26" }
        p.summary = "England, charging year 2025-26. Capital limits and tariff income are the statutory figures (unchanged since 2010). "
            + "The Minimum Income Guarantee amounts are EXAMPLES for testing and demonstration only, not the amounts in force. "
            + "Review intervals, the free reablement period and complaint time limits follow the Care Act guidance and the 2009 complaints regulations."
        p.reasons = ["charging figures for 2025-26"]
        return p
    }
}
