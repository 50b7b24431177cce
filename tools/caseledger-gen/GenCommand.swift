import CLIKit
import CaseDemo

/// `caseledger-gen --ledger DIR --cases N --seed S`: writes a synthetic caseload into a new
/// ledger (see `SyntheticCaseload`) and prints what it recorded.
enum GenCommand {
    static let spec = CommandSpec(
        name: "caseledger-gen",
        abstract: "Write a realistic synthetic caseload (the demo's stories replayed through decide) into a new ledger.",
        options: [
            OptionSpec("ledger", valueName: "DIR", help: "A new or empty directory for the ledger.", isRequired: true),
            OptionSpec("cases", valueName: "N", help: "How many cases (about 13 events each: 80,000 make about 1,000,000 events).", defaultValue: "200"),
            OptionSpec("seed", valueName: "S", help: "The seed: the same seed and size give the same ledger.", defaultValue: "1"),
        ])

    static func run(_ arguments: ParsedArguments) throws {
        let summary = try SyntheticCaseload.write(
            to: try arguments.requiredOption("ledger"), cases: try arguments.integer("cases") ?? 200,
            seed: UInt64(try arguments.integer("seed") ?? 1))
        let days = [summary.firstDay, summary.lastDay].compactMap { $0?.iso }.joined(separator: " to ")
        try StandardStreams.output.writeLine(
            "\(summary.cases) cases, \(summary.events) events, decisions recorded \(days); \(summary.refusedSteps) cases stopped early at a refused step")
    }
}
