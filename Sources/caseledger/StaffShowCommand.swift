import CaseAudit
import CLIKit
import CaseLedger
import CaseService

/// `caseledger staff show [--on DATE]`.
enum StaffShowCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "show", abstract: "Show the staff register: roles and sign-off limits held on a date.",
        options: [
            CaseledgerCommand.ledgerOption,
            OptionSpec("on", valueName: "DATE", help: "The date to show (default: today)."),
            SharedOptions.format,
        ])

    /// The options of `staff show`.
    struct Options: CommandOptions {
        /// The ledger directory.
        var ledger: String
        /// The date to show, when given (today otherwise).
        var on: CalendarDate?
        /// Whether to print JSON.
        var json: Bool
        /// The command as typed, for usage errors found while running.
        var commandPath: [String]

        /// Reads the options.
        init(_ a: ParsedArguments) throws(UsageError) {
            on = try Times.date(a, "on")
            ledger = try a.requiredOption("ledger")
            json = SharedOptions.json(a)
            commandPath = a.commandPath
        }
    }

    static func run(_ o: Options) throws {
        let date = o.on ?? CalendarDate(Timestamp.now())
        try ServiceFailures.reporting(as: ["caseledger", "staff", "show"], usage: o.commandPath) {
            let service = try CaseService.open(at: o.ledger, mode: .readOnly)
            let view = StaffRegisterView(register: try service.staffRegister(), date: date)
            // issue 18: text wrapped to the terminal's width, as the audit tool's reports are.
            try StandardStreams.output.writeLine(
                o.json ? view.json.prettyPrinted() : TextWrapping.wrappingEachLine(view.text, width: TerminalWidth.current()))
        }
    }
}
