import CLIKit

/// `caseledger config publish|show`: the configuration recorded in the ledger.
enum ConfigGroup {
    static let spec = CommandSpec(
        name: "config", abstract: "Publish and show the configuration (rate tables, intervals, periods) decisions use.",
        subcommands: [ConfigPublishCommand.spec, ConfigShowCommand.spec])

    static func run(path: [String], arguments: ParsedArguments) throws {
        switch path.first {
        case "publish": try ConfigPublishCommand.run(arguments)
        case "show": try ConfigShowCommand.run(arguments)
        default: throw arguments.usageError("unknown command")
        }
    }
}
