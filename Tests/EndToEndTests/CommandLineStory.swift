import Foundation
import LedgerJSON
import Testing

/// A ledger set up through the command line for the recording tests: staff on the register
/// from 2025-01-01 (S-9 register administrator, S-1 social worker, S-2 team manager who signs
/// off up to £250.00 a week, S-4 financial assessment officer) and the England configuration
/// published; and Joe's story from `events/examples/joe/`, recorded step by step.
final class CommandLineStory {
    let directory = TemporaryDirectory()
    let ledger: String
    let caseledger = Executable.caseledger

    /// This repository's root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One step of Joe's story: the command, who records it, and its JSON input.
    struct Step {
        let command: String
        let actor: String
        let input: JSONValue
    }

    /// Joe's case from referral to delivery: `events/examples/joe/NN-COMMAND.ACTOR.json`, one
    /// file of JSON input per step, in file name order.
    static let joe: [Step] = {
        let directory = root.appendingPathComponent("events/examples/joe")
        let names = try! FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        return names.map { name in
            let parts = name.dropLast(".json".count).split(separator: ".", maxSplits: 1)
            let command = String(parts[0].drop { $0 != "-" }.dropFirst())
            let input = try! JSONParser.parse(Array(FileManager.default.contents(atPath: directory.appendingPathComponent(name).path)!))
            return Step(command: command, actor: String(parts[1]), input: input)
        }
    }()

    /// A ledger with staff and configuration, nothing recorded on a case yet.
    init() throws {
        ledger = directory.child("ledger")
        try expectSuccess(["init", ledger])
        try expectSuccess(["staff", "add", "S-9", "--name", "Ada Admin", "--role", "registerAdministrator", "--as", "S-9", "--effectiveDate", "2025-01-01"])
        try expectSuccess(["staff", "add", "S-1", "--name", "Sam Patel", "--role", "socialWorker", "--as", "S-9", "--effectiveDate", "2025-01-01"])
        try expectSuccess(["staff", "add", "S-2", "--name", "Tess Morgan", "--role", "teamManager", "--weeklyLimit", "25000", "--as", "S-9", "--effectiveDate", "2025-01-01"])
        try expectSuccess(["staff", "add", "S-4", "--name", "Fran Lee", "--role", "financialAssessmentOfficer", "--as", "S-9", "--effectiveDate", "2025-01-01"])
        try expectSuccess(["config", "publish", "--json", Self.root.appendingPathComponent("events/config/england-2026.json").path, "--as", "S-9"])
    }

    /// Runs caseledger with the ledger in `CASELEDGER_LEDGER`.
    @discardableResult
    func run(_ arguments: [String], stdin: Data = Data()) throws -> Executable.Run {
        try caseledger.run(arguments, stdin: stdin, environment: ["CASELEDGER_LEDGER": ledger])
    }

    /// Runs and records an issue unless it exits 0.
    @discardableResult
    func expectSuccess(_ arguments: [String], stdin: Data = Data(), sourceLocation: SourceLocation = #_sourceLocation) throws -> Executable.Run {
        let result = try run(arguments, stdin: stdin)
        #expect(result.exitCode == 0, "\(arguments.joined(separator: " ")): \(result.stderr)", sourceLocation: sourceLocation)
        return result
    }

    /// Records `step` on `caseId` with its input on standard input.
    @discardableResult
    func record(_ step: Step, on caseId: String = "C-1001") throws -> Executable.Run {
        try expectSuccess(
            ["record", step.command, "--case", caseId, "--as", step.actor, "--json", "-"],
            stdin: Data(CanonicalJSON.encode(step.input)))
    }

    /// Records Joe's story up to and including the step `last` (all of it when nil).
    func recordJoe(through last: String? = nil) throws {
        for step in Self.joe {
            try record(step)
            if step.command == last { return }
        }
    }

    /// The step of Joe's story for `command`.
    static func step(_ command: String) -> Step { joe.first { $0.command == command }! }
}
