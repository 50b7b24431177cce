import CLIKit
import Testing

/// `caseledger append`'s options as one typed value, the way an executable declares them.
private struct AppendOptions: CommandOptions, Equatable {
    enum Format: String, CaseIterable { case text, md, html, json, csv }

    var ledger: String
    var caseId: String
    var format: Format
    var limit: Int?
    var tags: [String]
    var dryRun: Bool

    init(ledger: String, caseId: String, format: Format, limit: Int?, tags: [String], dryRun: Bool) {
        (self.ledger, self.caseId, self.format, self.limit, self.tags, self.dryRun) = (ledger, caseId, format, limit, tags, dryRun)
    }

    init(_ a: ParsedArguments) throws(UsageError) {
        ledger = try a.requiredOption("ledger")
        caseId = a.positional("case-id")!
        format = try a.option("format", as: Format.self) ?? .text
        limit = try a.option("limit", as: "a positive number of bytes") { text throws(UsageError) in Int(text).flatMap { $0 > 0 ? $0 : nil } }
        tags = a.options("tag")
        dryRun = a.flag("dry-run")
    }

    func validate() throws(ValidationError) {
        if dryRun, !tags.isEmpty { throw ValidationError("--tag is not kept on a dry run: leave out --tag or --dry-run") }
    }
}

private enum AppendCommand: OptionsCommand {
    static let spec = Sample.append
    nonisolated(unsafe) static var ran: [AppendOptions] = []
    static func run(_ options: AppendOptions) throws { ran.append(options) }
}

private func parsed(_ argv: [String], environment: [String: String] = [:]) throws -> ParsedArguments {
    let result = try CommandLineParser.parse(spec: Sample.root, arguments: ["append"] + argv, environment: environment)
    guard case .command(_, let arguments) = result else { throw UsageError(command: [], message: "help") }
    return arguments
}

@Suite(.serialized) struct TypedOptions {
    @Test func everyValueIsReadOnceIntoItsType() throws {
        let options = try parsed(["C-1", "-l", "L", "--format", "json", "--limit", "512", "--tag", "a", "--tag", "b"]).parse(AppendOptions.self)
        #expect(options == AppendOptions(ledger: "L", caseId: "C-1", format: .json, limit: 512, tags: ["a", "b"], dryRun: false))
    }

    @Test func defaultsAndTheEnvironmentFillWhatIsNotGiven() throws {
        let options = try parsed(["C-1", "-n"], environment: ["CASELEDGER_LEDGER": "/srv/ledger"]).parse(AppendOptions.self)
        #expect(options == AppendOptions(ledger: "/srv/ledger", caseId: "C-1", format: .text, limit: nil, tags: [], dryRun: true))
    }

    @Test func aValueThatDoesNotConvertIsAUsageErrorNamingTheOptionAndWhatItMustBe() throws {
        let arguments = try parsed(["C-1", "-l", "L", "--limit=-3"])
        #expect(throws: UsageError(command: ["caseledger", "append"], message: "--limit must be a positive number of bytes; got '-3'")) {
            try arguments.parse(AppendOptions.self)
        }
    }

    @Test func aConversionNamesTheEnvironmentVariableAValueCameFrom() throws {
        let spec = CommandSpec(
            name: "bench", abstract: "Benchmark.",
            options: [OptionSpec("since", valueName: "DAY", help: "From when.", environment: "BENCH_SINCE")])
        guard case .command(_, let arguments) = try CommandLineParser.parse(spec: spec, arguments: [], environment: ["BENCH_SINCE": "soon"]) else {
            Issue.record("expected a command")
            return
        }
        #expect(throws: UsageError(command: ["bench"], message: "--since must be a day number; got 'soon' (from BENCH_SINCE)")) {
            try arguments.option("since", as: "a day number") { text throws(UsageError) in Int(text) }
        }
    }

    @Test func aCaseOfAnEnumerationIsReadByItsRawValueAndOtherWordsListTheCases() throws {
        enum Copy: String, CaseIterable { case customer, staff }
        let spec = CommandSpec(name: "trail", abstract: "Trail.", options: [OptionSpec("copy", valueName: "WHOSE", help: "Whose copy.")])
        func copy(_ argv: [String]) throws -> Copy? {
            guard case .command(_, let arguments) = try CommandLineParser.parse(spec: spec, arguments: argv, environment: [:]) else { return nil }
            return try arguments.option("copy", as: Copy.self)
        }
        #expect(try copy(["--copy", "staff"]) == .staff)
        #expect(try copy([]) == nil)
        #expect(throws: UsageError(command: ["trail"], message: "--copy must be one of customer, staff; got 'nurse'")) {
            try copy(["--copy", "nurse"])
        }
    }

    @Test func aBrokenRuleBetweenOptionsIsAUsageErrorOfTheCommand() throws {
        let arguments = try parsed(["C-1", "-l", "L", "--dry-run", "--tag", "a"])
        #expect(throws: UsageError(
            command: ["caseledger", "append"], message: "--tag is not kept on a dry run: leave out --tag or --dry-run")
        ) {
            try arguments.parse(AppendOptions.self)
        }
    }

    @Test func aCommandRunsOnlyWithOptionsThatReadAndValidate() {
        AppendCommand.ran = []
        func outcome(_ argv: [String]) -> RunOutcome {
            CommandRunner.outcome(spec: Sample.root, arguments: ["append", "C-1", "-l", "L"] + argv, environment: [:]) { _, arguments in
                try AppendCommand.run(arguments)
            }
        }
        #expect(outcome(["--tag", "a"]) == RunOutcome(exitCode: .success))
        #expect(outcome(["--limit", "0"]).exitCode == .usage)
        #expect(outcome(["-n", "--tag", "a"]) == RunOutcome(
            diagnostic: """
                caseledger append: error: --tag is not kept on a dry run: leave out --tag or --dry-run
                See 'caseledger append --help'.

                """,
            exitCode: .usage))
        #expect(AppendCommand.ran == [AppendOptions(ledger: "L", caseId: "C-1", format: .text, limit: nil, tags: ["a"], dryRun: false)])
    }
}
