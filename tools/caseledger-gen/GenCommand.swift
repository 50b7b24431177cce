import CLIKit
import CaseDemo

/// `caseledger-gen --ledger DIR --cases N --seed S`: writes a synthetic caseload into a new
/// ledger (see `SyntheticCaseload`) and prints what it recorded.
enum GenCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "caseledger-gen",
        abstract: "Write a realistic synthetic caseload (the demo's stories replayed through decide) into a new ledger.",
        options: [
            OptionSpec("ledger", valueName: "DIR", help: "A new or empty directory for the ledger.", isRequired: true),
            OptionSpec("cases", valueName: "N", help: "How many cases (about 13 events each: 80,000 make about 1,000,000 events).", defaultValue: "200"),
            OptionSpec("seed", valueName: "S", help: "The seed: the same seed and size give the same ledger.", defaultValue: "1"),
        ])

    /// Where to write and what.
    struct Options: CommandOptions {
        /// The new ledger's directory.
        var ledger: String
        /// How many cases.
        var cases: Int
        /// The generator's seed.
        var seed: UInt64

        /// Reads the options.
        init(_ a: ParsedArguments) throws(UsageError) {
            ledger = try a.requiredOption("ledger")
            cases = try a.integer("cases") ?? 200
            seed = UInt64(truncatingIfNeeded: try a.integer("seed") ?? 1)
        }
    }

    static func run(_ o: Options) throws {
        let summary = try SyntheticCaseload.write(to: o.ledger, cases: o.cases, seed: o.seed)
        let days = [summary.firstDay, summary.lastDay].compactMap { $0?.iso }.joined(separator: " to ")
        try StandardStreams.output.writeLine(
            "\(summary.cases) cases, \(summary.events) events, decisions recorded \(days); \(summary.refusedSteps) cases stopped early at a refused step")
    }
}
