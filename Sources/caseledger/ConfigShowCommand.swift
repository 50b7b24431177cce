import CLIKit
import CaseLedger
import CaseService

/// `caseledger config show [--all]`.
enum ConfigShowCommand {
    static let spec = CommandSpec(
        name: "show", abstract: "Show the configuration in force now, or every one published.",
        options: [CaseledgerCommand.ledgerOption, SharedOptions.format],
        flags: [FlagSpec("all", help: "Show every configuration published, in order.")])

    static func run(_ arguments: ParsedArguments) throws {
        try ServiceFailures.reporting(as: ["caseledger", "config", "show"], arguments) {
            let service = try CaseService.open(at: try arguments.requiredOption("ledger"), mode: .readOnly)
            let now = Timestamp.now()
            let shown = arguments.flag("all") ? try service.publishedConfigurations() : try service.configuration(inForceAt: now).map { [$0] } ?? []
            if shown.isEmpty { throw ServiceError.configurationMissing(on: CalendarDate(now)) }
            if arguments.option("format") == "json" {
                let value: JSONValue = arguments.flag("all") ? .array(shown.map(\.json)) : shown[0].json
                try StandardStreams.output.writeLine(value.prettyPrinted())
            } else {
                try StandardStreams.output.writeLine(shown.map(\.text).joined(separator: "\n\n"))
            }
        }
    }
}
