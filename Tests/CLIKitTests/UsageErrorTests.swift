import CLIKit
import Testing

/// One wrong command line and the exact error it must produce.
struct WrongCommandLine: Sendable, CustomTestStringConvertible {
    var argv: [String]
    var environment: [String: String] = [:]
    var command: [String]
    var message: String

    var testDescription: String { argv.joined(separator: " ") }
}

private let append = ["caseledger", "append"]
private let everyCommand = "init, append, stream, staff, case"

@Suite struct UsageErrors {
    @Test(arguments: [
        WrongCommandLine(
            argv: ["append", "--legder", "L", "C-1"], command: append,
            message: "unknown option '--legder'; did you mean '--ledger'?"),
        WrongCommandLine(
            argv: ["append", "--legder=L", "C-1"], command: append,
            message: "unknown option '--legder'; did you mean '--ledger'?"),
        WrongCommandLine(
            argv: ["append", "--Ledger", "L"], command: append,
            message: "unknown option '--Ledger'; did you mean '--ledger'?"),
        WrongCommandLine(
            argv: ["append", "--dryrun"], command: append,
            message: "unknown option '--dryrun'; did you mean '--dry-run'?"),
        WrongCommandLine(
            argv: ["append", "--hepl"], command: append,
            message: "unknown option '--hepl'; did you mean '--help'?"),
        WrongCommandLine(
            argv: ["append", "--colour"], command: append, message: "unknown option '--colour'"),
        WrongCommandLine(argv: ["append", "-q"], command: append, message: "unknown option '-q'"),
        WrongCommandLine(argv: ["append", "-lL"], command: append, message: "unknown option '-lL'"),
        WrongCommandLine(
            argv: ["append", "C-1", "--ledger"], command: append,
            message: "missing value for --ledger DIR"),
        WrongCommandLine(
            argv: ["append", "--ledger", "--verbose", "C-1"], command: append,
            message: "missing value for --ledger DIR"),
        WrongCommandLine(
            argv: ["append", "-l", "--", "C-1"], command: append,
            message: "missing value for --ledger DIR"),
        WrongCommandLine(
            argv: ["append", "C-1"], command: append,
            message: "missing --ledger DIR (or set CASELEDGER_LEDGER)"),
        WrongCommandLine(
            argv: ["staff", "add", "Ada", "-l", "L"], command: ["caseledger", "staff", "add"],
            message: "missing --role ROLE"),
        WrongCommandLine(
            argv: ["append", "-l", "L", "C-1", "--format", "pdf"], command: append,
            message: "--format must be one of text, md, html, json, csv; got 'pdf'"),
        WrongCommandLine(
            argv: ["append", "-l", "L", "C-1"], environment: ["CASELEDGER_FORMAT": "pdf"],
            command: append,
            message: "--format must be one of text, md, html, json, csv; got 'pdf' (from CASELEDGER_FORMAT)"),
        WrongCommandLine(
            argv: ["append", "-l", "A", "--ledger=B", "C-1"], command: append,
            message: "--ledger given more than once"),
        WrongCommandLine(
            argv: ["append", "-l", "L", "--verbose=yes", "C-1"], command: append,
            message: "--verbose does not take a value"),
        WrongCommandLine(
            argv: ["case", "show", "C-1", "C-2"], command: ["caseledger", "case", "show"],
            message: "unexpected argument 'C-2'"),
        WrongCommandLine(
            argv: ["stream", "-l", "L", "--", "extra"], command: ["caseledger", "stream"],
            message: "unexpected argument 'extra'"),
        WrongCommandLine(
            argv: ["append", "-l", "L"], command: append,
            message: "missing expected argument <case-id>"),
        WrongCommandLine(
            argv: ["apend"], command: ["caseledger"],
            message: "unknown command 'apend'; did you mean 'append'?"),
        WrongCommandLine(
            argv: ["staff", "ad"], command: ["caseledger", "staff"],
            message: "unknown command 'ad'; did you mean 'add'?"),
        WrongCommandLine(
            argv: ["frobnicate"], command: ["caseledger"],
            message: "unknown command 'frobnicate'; choose one of \(everyCommand)"),
        WrongCommandLine(
            argv: [], command: ["caseledger"],
            message: "missing command; choose one of \(everyCommand)"),
        WrongCommandLine(
            argv: ["staff"], command: ["caseledger", "staff"],
            message: "missing command; choose one of add, list"),
        WrongCommandLine(
            argv: ["--ledger", "L", "append"], command: ["caseledger"],
            message: "expected a command before '--ledger'; choose one of \(everyCommand)"),
        WrongCommandLine(
            argv: ["help", "nope"], command: ["caseledger"],
            message: "unknown command 'nope'; choose one of \(everyCommand)"),
        WrongCommandLine(
            argv: ["help", "staff", "ad"], command: ["caseledger", "staff"],
            message: "unknown command 'ad'; did you mean 'add'?"),
        WrongCommandLine(
            argv: ["help", "append", "extra"], command: append,
            message: "unexpected argument 'extra'"),
    ])
    func aWrongCommandLineGetsAPreciseMessage(_ wrong: WrongCommandLine) {
        #expect(throws: UsageError(command: wrong.command, message: wrong.message)) {
            try CommandLineParser.parse(spec: Sample.root, arguments: wrong.argv, environment: wrong.environment)
        }
    }

    @Test func problemsAreReportedInCommandLineOrderBeforeMissingOnes() {
        #expect(throws: UsageError(command: append, message: "unknown option '-x'")) {
            try CommandLineParser.parse(spec: Sample.root, arguments: ["append", "-x", "--format=pdf"], environment: [:])
        }
        #expect(throws: UsageError(command: append, message: "missing expected argument <case-id>")) {
            try CommandLineParser.parse(spec: Sample.root, arguments: ["append"], environment: [:])
        }
    }

    @Test func aUsageErrorRendersAsAnErrorLineAndAHelpHint() {
        let error = UsageError(command: append, message: "missing expected argument <case-id>")
        #expect(error.rendered == """
            caseledger append: error: missing expected argument <case-id>
            See 'caseledger append --help'.
            """)
        #expect(error.description == error.rendered)
    }
}
