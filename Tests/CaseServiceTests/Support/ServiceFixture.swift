import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Foundation
import LedgerStore

/// A fresh ledger in a temporary directory with a service over it, removed afterwards; helpers
/// to set up the staff register and the configuration and to record Joe's story.
///
/// Staff (all from 2025-01-01): S-9 register administrator; S-1 social worker; S-2 team
/// manager, sign-off up to £250.00 a week; S-4 financial assessment officer.
final class ServiceFixture {
    let directory: String
    let ledgerPath: String
    let service: CaseService

    /// A fixture over a new ledger of `formatVersion` (2, what `caseledger init` makes, unless told 1).
    init(formatVersion: Int = 2) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("caseservice-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        ledgerPath = directory + "/ledger"
        service = CaseService(ledger: try Ledger.create(at: ledgerPath, formatVersion: formatVersion))
    }

    /// Every file under the ledger directory with its bytes (lock file, index and all), to show a
    /// refused command changed nothing.
    func snapshot() throws -> [String: Data] {
        var out: [String: Data] = [:]
        let files = FileManager.default.enumerator(atPath: ledgerPath)
        while let name = files?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = ledgerPath + "/" + name
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            } else {
                out[name + "/"] = Data()
            }
        }
        return out
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// A second service over the same ledger (another writer).
    func anotherService(upcaster: Upcaster = .standard) throws -> CaseService {
        try CaseService.open(at: ledgerPath, mode: .readWrite, upcaster: upcaster)
    }

    /// The staff events that set up the register: S-9 sets themselves up, then adds the others.
    func setUpStaff(at time: Timestamp = at("2026-03-01T09:00:00Z")) throws {
        let m = meta(.registerAdministrator, "2025-01-01")
        try service.recordStaff([
            .addStaff(StaffAdded(metadata: m, staffId: "S-9", name: "Ada Admin", team: "Business Support")),
            .grantRole(StaffRoleGranted(metadata: m, staffId: "S-9", role: .registerAdministrator)),
        ], actor: "S-9", now: time)
        var commands: [StaffCommand] = []
        for (id, name, role) in [
            ("S-1", "Sam Patel", StaffRole.socialWorker), ("S-2", "Tess Morgan", .teamManager),
            ("S-4", "Fran Lee", .financialAssessmentOfficer),
        ] {
            commands.append(.addStaff(StaffAdded(metadata: m, staffId: id, name: name, team: "Adult Social Care North")))
            commands.append(.grantRole(StaffRoleGranted(metadata: m, staffId: id, role: role)))
        }
        commands.append(.grantSignOffLimit(SignOffLimitGranted(metadata: m, staffId: "S-2", weeklyLimit: Money(pounds: 250))))
        try service.recordStaff(commands, actor: "S-9", now: Timestamp(microsecondsSinceEpoch: time.microsecondsSinceEpoch + 1))
    }

    /// The England configuration document, in force from `effectiveFrom`, as `config publish` input.
    static func england(effectiveFrom: String = "2025-04-07") -> JSONValue {
        Repository.englandConfiguration
            .setting("effectiveFrom", .string(effectiveFrom))
            .setting("actingRole", "registerAdministrator")
    }

    /// Publishes the England configuration, by S-9.
    func publishConfiguration(effectiveFrom: String = "2025-04-07", at time: Timestamp = at("2026-03-01T10:00:00Z")) throws {
        try service.publishConfiguration(input: Self.england(effectiveFrom: effectiveFrom), actor: "S-9", now: time)
    }

    /// Staff and configuration set up.
    static func ready() throws -> ServiceFixture {
        let f = try ServiceFixture()
        try f.setUpStaff()
        try f.publishConfiguration()
        return f
    }

    /// Records Joe's story on `caseId` up to and including the step `through` (every step when
    /// nil), one step a minute from 2026-05-11 09:00 UTC. Returns what each step appended.
    @discardableResult
    func recordJoe(on caseId: String = "C-1001", through last: String? = nil, from start: Timestamp = at("2026-05-11T09:00:00Z")) throws -> [AppendedEvent] {
        var out: [AppendedEvent] = []
        for (i, step) in Repository.joe.enumerated() {
            let now = Timestamp(microsecondsSinceEpoch: start.microsecondsSinceEpoch + Int64(i) * 60_000_000)
            out += try service.record(commandNamed: step.command, input: step.input, case: caseId, actor: step.actor, now: now)
            if step.command == last { break }
        }
        return out
    }
}
