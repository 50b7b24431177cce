import CLIKit
import Testing

private func append(_ argv: [String], environment: [String: String] = [:]) throws -> ParsedArguments {
    let result = try CommandLineParser.parse(
        spec: Sample.root, arguments: ["append", "-l", "L", "C-1"] + argv, environment: environment)
    guard case .command(_, let arguments) = result else { throw UsageError(command: [], message: "help") }
    return arguments
}

@Suite struct TypedAccessors {
    @Test(arguments: [("42", 42), ("-7", -7), ("0", 0)])
    func integerReadsADecimalValue(text: String, value: Int) throws {
        #expect(try append(["--limit=\(text)"]).integer("limit") == value)
    }

    @Test func integerIsNilWhenTheOptionIsAbsent() throws {
        #expect(try append([]).integer("limit") == nil)
    }

    @Test(arguments: ["ten", "", "4.5", " 4", "0x10"])
    func integerRejectsAnythingElseNamingTheOption(text: String) throws {
        let arguments = try append(["--limit=\(text)"])
        #expect(throws: UsageError(
            command: ["caseledger", "append"], message: "--limit must be an integer; got '\(text)'")
        ) {
            try arguments.integer("limit")
        }
    }

    @Test func integerNamesTheEnvironmentVariableAValueCameFrom() throws {
        let spec = CommandSpec(
            name: "bench", abstract: "Benchmark.",
            options: [OptionSpec("count", valueName: "N", help: "How many.", environment: "BENCH_COUNT")])
        let result = try CommandLineParser.parse(spec: spec, arguments: [], environment: ["BENCH_COUNT": "many"])
        guard case .command(_, let arguments) = result else {
            Issue.record("expected a command")
            return
        }
        #expect(throws: UsageError(
            command: ["bench"], message: "--count must be an integer; got 'many' (from BENCH_COUNT)")
        ) {
            try arguments.integer("count")
        }
    }

    @Test func requiredOptionReturnsTheValueOrExplainsWhatIsMissing() throws {
        let arguments = try append(["--limit", "9"])
        #expect(try arguments.requiredOption("limit") == "9")
        #expect(try arguments.requiredOption("ledger") == "L")
        #expect(throws: UsageError(command: ["caseledger", "append"], message: "missing --tag TAG")) {
            try append([]).requiredOption("tag")
        }
    }

    @Test func requiredOptionMentionsTheEnvironmentFallback() throws {
        let spec = CommandSpec(
            name: "audit", abstract: "Audit.",
            options: [OptionSpec("ledger", valueName: "DIR", help: "Ledger.", environment: "CASELEDGER_LEDGER")])
        guard case .command(_, let arguments) = try CommandLineParser.parse(spec: spec, arguments: [], environment: [:])
        else {
            Issue.record("expected a command")
            return
        }
        #expect(throws: UsageError(command: ["audit"], message: "missing --ledger DIR (or set CASELEDGER_LEDGER)")) {
            try arguments.requiredOption("ledger")
        }
    }

    @Test func usageErrorNamesTheCommandThatWasRun() throws {
        let error = try append([]).usageError("give --limit or --tag, not both")
        #expect(error == UsageError(command: ["caseledger", "append"], message: "give --limit or --tag, not both"))
    }
}
