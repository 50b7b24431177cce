import CaseAudit
import CaseLedger
import CaseService
import Foundation
import LedgerJSON
import LedgerStore
import Testing

/// `AuditLedger.authorityEverywhere` lets the rebuild judge who may decide without looking up a
/// configuration for each event; it must give an authority only when every configuration the
/// ledger can put in force gives that same one.
@Suite struct AuthorityEverywhereTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the demo ledger in a temporary directory.
    static func demoCopy() throws -> TempDirectory {
        let dir = try TempDirectory("authority")
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("events/demo").path, toPath: dir.path + "/ledger")
        return dir
    }

    @Test func givenConfigurationsWithNoTablesOfTheirOwnThenTheStandardAuthorityHoldsEverywhere() throws {
        let dir = try Self.demoCopy()
        defer { dir.remove() }
        #expect(try AuditLedger.open(at: dir.path + "/ledger").authorityEverywhere() == DecisionAuthority.standard)
    }

    @Test func givenALaterConfigurationWithItsOwnRolesAboveThenNoAuthorityHoldsEverywhere() throws {
        let dir = try Self.demoCopy()
        defer { dir.remove() }
        let service = try CaseService.open(at: dir.path + "/ledger", mode: .readWrite)
        guard case .object(var input) = try JSONParser.parse(Array(try Data(contentsOf: Self.root.appendingPathComponent("events/config/england-2026.json")))) else {
            Issue.record("the England configuration is not an object")
            return
        }
        guard case .object(var configuration)? = input["configuration"] else {
            Issue.record("the England configuration has no configuration member")
            return
        }
        configuration["rolesAbove"] = ["teamManager": ["socialWorker"]]
        input["configuration"] = .object(configuration)
        input["effectiveFrom"] = "2026-10-01"
        input["actingRole"] = "registerAdministrator"
        try service.publishConfiguration(input: .object(input), actor: "S-9", now: Timestamp(rfc3339: "2026-09-20T09:00:00Z")!)
        #expect(try AuditLedger.open(at: dir.path + "/ledger").authorityEverywhere() == nil)
    }
}
