import CLIKit
import CaseLedger
import CaseService

/// `caseledger config publish --json FILE|- --as STAFF-ID`.
enum ConfigPublishCommand {
    static let spec = CommandSpec(
        name: "publish", abstract: "Publish a configuration in force from a date (e.g. events/config/england-2026.json).",
        discussion: """
            The JSON object holds effectiveFrom, summary, reasons, references and configuration (see README.md); \
            flags override its members. A decision uses the configuration in force when it is made: the one with the \
            latest effectiveFrom on or before that day among those recorded by then. Publishing needs a register \
            administration role, except on a new ledger whose register nobody administers yet.
            """,
        options: [CaseledgerCommand.ledgerOption, SharedOptions.actor, SharedOptions.json]
            + ConfigurationPublished.command.fields.filter(\.kind.takesFlag).map(RecordCommand.option(for:)))

    static func run(_ arguments: ParsedArguments) throws {
        try ServiceFailures.reporting(as: ["caseledger", "config", "publish"], arguments) {
            let input = try JSONInput.read(try arguments.requiredOption("json"))
            var flags: [String: [String]] = [:]
            for field in ConfigurationPublished.command.fields where field.kind.takesFlag {
                let values = arguments.options(field.name)
                if !values.isEmpty { flags[field.name] = values }
            }
            if flags["actingRole"] == nil, input["actingRole"] == nil { flags["actingRole"] = [StaffRole.registerAdministrator.rawValue] }
            let service = try CaseService.open(at: try arguments.requiredOption("ledger"), mode: .readWrite)
            for event in try service.publishConfiguration(input: input, flags: flags, actor: try arguments.requiredOption("as")) {
                try StandardStreams.output.writeLine("recorded \(event.type) on configuration: seq \(event.seq), id \(event.id), at \(event.recordedAt.rfc3339)")
            }
        }
    }
}
