import CLIKit
import CaseLedger
import CaseService

/// `caseledger staff show [--on DATE]`.
enum StaffShowCommand {
    static let spec = CommandSpec(
        name: "show", abstract: "Show the staff register: roles and sign-off limits held on a date.",
        options: [
            CaseledgerCommand.ledgerOption,
            OptionSpec("on", valueName: "DATE", help: "The date to show (default: today)."),
            SharedOptions.format,
        ])

    static func run(_ arguments: ParsedArguments) throws {
        var date = CalendarDate(Timestamp.now())
        if let text = arguments.option("on") {
            guard let given = CalendarDate(text) else { throw arguments.usageError("--on must be a date YYYY-MM-DD; got '\(text)'") }
            date = given
        }
        try ServiceFailures.reporting(as: ["caseledger", "staff", "show"], arguments) {
            let service = try CaseService.open(at: try arguments.requiredOption("ledger"), mode: .readOnly)
            let view = StaffRegisterView(register: try service.staffRegister(), date: date)
            try StandardStreams.output.writeLine(arguments.option("format") == "json" ? view.json.prettyPrinted() : view.text)
        }
    }
}
