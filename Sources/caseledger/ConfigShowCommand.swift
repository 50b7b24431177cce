import CLIKit
import CaseLedger
import CaseService

/// `caseledger config show [--all]`.
enum ConfigShowCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "show", abstract: "Show the configuration in force now, or every one published.",
        options: [CaseledgerCommand.ledgerOption, SharedOptions.format],
        flags: [FlagSpec("all", help: "Show every configuration published, in order.")])

    /// The options of `config show`.
    struct Options: CommandOptions {
        /// The ledger directory.
        var ledger: String
        /// Every configuration published, not only the one in force.
        var all: Bool
        /// Whether to print JSON.
        var json: Bool
        /// The command as typed, for usage errors found while running.
        var commandPath: [String]

        /// Reads the options.
        init(_ a: ParsedArguments) throws(UsageError) {
            ledger = try a.requiredOption("ledger")
            all = a.flag("all")
            json = SharedOptions.json(a)
            commandPath = a.commandPath
        }
    }

    static func run(_ o: Options) throws {
        try ServiceFailures.reporting(as: ["caseledger", "config", "show"], usage: o.commandPath) {
            let service = try CaseService.open(at: o.ledger, mode: .readOnly)
            let now = Timestamp.now()
            let shown = o.all ? try service.publishedConfigurations() : try service.configuration(inForceAt: now).map { [$0] } ?? []
            if shown.isEmpty { throw ServiceError.configurationMissing(on: CalendarDate(now)) }
            if o.json {
                let value: JSONValue = o.all ? .array(shown.map(\.json)) : shown[0].json
                try StandardStreams.output.writeLine(value.prettyPrinted())
            } else {
                try StandardStreams.output.writeLine(shown.map(\.text).joined(separator: "\n\n"))
            }
        }
    }
}
