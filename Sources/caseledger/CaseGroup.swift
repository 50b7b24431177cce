import CLIKit

/// `caseledger case …`: reading cases.
enum CaseGroup {
    static let spec = CommandSpec(
        name: "case", abstract: "Show a case as known now or at a time.", subcommands: [CaseShowCommand.spec])

    static func run(path: [String], arguments: ParsedArguments) throws {
        switch path.first {
        case "show": try CaseShowCommand.run(arguments)
        default: throw arguments.usageError("unknown command")
        }
    }
}
