import CLIKit
import LedgerStore

extension LedgerError: ReportableError {}

/// The `caseledger` command: staff create ledgers and record events.
enum CaseledgerCommand {
    static let ledgerOption = OptionSpec(
        "ledger", valueName: "DIR", help: "The ledger directory.", environment: "CASELEDGER_LEDGER", isRequired: true)

    static let spec = CommandSpec(
        name: "caseledger",
        abstract: "Record decisions on social care cases in an append-only, hash-chained ledger.",
        discussion: ExitCode.table + " A failure is one line on standard error. --version prints the version.",
        subcommands: [
            InitCommand.spec, AppendCommand.spec, VerifyCommand.spec, StreamCommand.spec,
            RecordCommand.spec, ImportCommand.spec, CaseGroup.spec, StaffGroup.spec, ConfigGroup.spec, DemoCommand.spec,
            // issue 16: witness
            CheckpointCommand.spec,
            MirrorCommand.spec,
            // issue 17: retention
            RetentionGroup.spec,
        ],
        // issue 18: scripts
        version: Versions.text(program: "caseledger"))

    static func run(path: [String], arguments: ParsedArguments) throws {
        switch path.first {
        case "init": try InitCommand.run(arguments)
        case "append": try AppendCommand.run(arguments)
        case "verify": try VerifyCommand.run(arguments)
        case "stream": try StreamCommand.run(arguments)
        case "record": try RecordCommand.run(arguments)
        case "import": try ImportCommand.run(arguments)
        case "case": try CaseGroup.run(path: Array(path.dropFirst()), arguments: arguments)
        case "staff": try StaffGroup.run(path: Array(path.dropFirst()), arguments: arguments)
        case "config": try ConfigGroup.run(path: Array(path.dropFirst()), arguments: arguments)
        case "demo": try DemoCommand.run(arguments)
        case "checkpoint": try CheckpointCommand.run(arguments)
        case "mirror": try MirrorCommand.run(arguments)
        case "retention": try RetentionGroup.run(path: Array(path.dropFirst()), arguments: arguments)
        default: throw arguments.usageError("unknown command")
        }
    }
}
