import CLIKit
import Testing

/// Parses `argv` against the sample tree and returns the command, failing the test on help.
private func command(
    _ argv: [String], environment: [String: String] = [:]
) throws -> (path: [String], arguments: ParsedArguments) {
    let result = try CommandLineParser.parse(spec: Sample.root, arguments: argv, environment: environment)
    guard case .command(let path, let arguments) = result else {
        Issue.record("expected a command, got \(result)")
        throw UsageError(command: [], message: "not a command")
    }
    return (path, arguments)
}

@Suite struct Parsing {
    @Test func aLeafCommandReceivesItsPathOptionsAndPositionals() throws {
        let (path, arguments) = try command(["append", "--ledger", "/tmp/l", "C-1"])
        #expect(path == ["append"])
        #expect(arguments.commandPath == ["caseledger", "append"])
        #expect(arguments.option("ledger") == "/tmp/l")
        #expect(arguments.positional("case-id") == "C-1")
    }

    @Test(arguments: [
        ["append", "--ledger=/tmp/l", "C-1"],
        ["append", "-l", "/tmp/l", "C-1"],
        ["append", "C-1", "--ledger", "/tmp/l"],
    ])
    func anOptionValueMayBeGivenInEverySpelling(argv: [String]) throws {
        let (_, arguments) = try command(argv)
        #expect(arguments.option("ledger") == "/tmp/l")
        #expect(arguments.positional("case-id") == "C-1")
    }

    @Test func anInlineValueMayBeEmptyOrContainEqualsSigns() throws {
        let (_, empty) = try command(["append", "--ledger=", "C-1"])
        #expect(empty.option("ledger") == "")
        let (_, equals) = try command(["append", "--ledger=a=b", "C-1"])
        #expect(equals.option("ledger") == "a=b")
    }

    @Test func aLoneDashIsAValueNotAnOption() throws {
        let (_, arguments) = try command(["append", "--ledger", "-", "-"])
        #expect(arguments.option("ledger") == "-")
        #expect(arguments.positional("case-id") == "-")
    }

    @Test func doubleDashEndsOptionsSoDashedWordsBecomePositionals() throws {
        let (_, arguments) = try command(["append", "-l", "L", "--", "--help", "-n", "--"])
        #expect(arguments.positional("case-id") == "--help")
        #expect(arguments.positionals("files") == ["-n", "--"])
        #expect(!arguments.flag("dry-run"))
    }

    @Test func flagsAreFalseUnlessGivenAndMayBeRepeated() throws {
        let (_, none) = try command(["append", "-l", "L", "C-1"])
        #expect(!none.flag("dry-run"))
        #expect(!none.flag("verbose"))
        let (_, both) = try command(["append", "-n", "-l", "L", "--verbose", "C-1", "--dry-run"])
        #expect(both.flag("dry-run"))
        #expect(both.flag("verbose"))
    }

    @Test func aRepeatableOptionKeepsEveryValueInOrder() throws {
        let (_, arguments) = try command(["append", "-l", "L", "--tag", "a", "C-1", "--tag=b", "--tag", "c"])
        #expect(arguments.options("tag") == ["a", "b", "c"])
        #expect(arguments.option("tag") == "c")
        let (_, none) = try command(["append", "-l", "L", "C-1"])
        #expect(none.options("tag") == [])
        #expect(none.option("tag") == nil)
    }

    @Test func aVariadicArgumentTakesEveryRemainingPositional() throws {
        let (_, arguments) = try command(["append", "-l", "L", "C-1", "a.pdf", "b.pdf"])
        #expect(arguments.positionals("files") == ["a.pdf", "b.pdf"])
        #expect(arguments.positional("files") == "a.pdf")
        #expect(arguments.positionals("case-id") == ["C-1"])
        let (_, none) = try command(["append", "-l", "L", "C-1"])
        #expect(none.positionals("files") == [])
        #expect(none.positional("files") == nil)
    }

    @Test func anOptionalPositionalIsNilWhenAbsent() throws {
        let (path, absent) = try command(["init"])
        #expect(path == ["init"])
        #expect(absent.positional("directory") == nil)
        let (_, present) = try command(["init", "/tmp/l"])
        #expect(present.positional("directory") == "/tmp/l")
    }

    @Test func nestedSubcommandsAreWalkedToTheLeaf() throws {
        let (path, arguments) = try command(["staff", "add", "Ada Lovelace", "--role", "manager", "-l", "L"])
        #expect(path == ["staff", "add"])
        #expect(arguments.commandPath == ["caseledger", "staff", "add"])
        #expect(arguments.positional("name") == "Ada Lovelace")
        #expect(arguments.option("role") == "manager")
        let (casePath, caseArguments) = try command(["case", "show", "C-9"])
        #expect(casePath == ["case", "show"])
        #expect(caseArguments.positional("case-id") == "C-9")
    }

    @Test func aRootWithoutSubcommandsHasAnEmptyPathAndHelpIsAWord() throws {
        let root = CommandSpec(
            name: "tool", abstract: "A tool.", arguments: [ArgumentSpec("word", help: "A word.")])
        let result = try CommandLineParser.parse(spec: root, arguments: ["help"], environment: [:])
        guard case .command(let path, let arguments) = result else {
            Issue.record("expected a command, got \(result)")
            return
        }
        #expect(path == [])
        #expect(arguments.commandPath == ["tool"])
        #expect(arguments.positional("word") == "help")
    }
}

@Suite struct EnvironmentAndDefaults {
    @Test func theEnvironmentSuppliesAnAbsentOption() throws {
        let (_, arguments) = try command(["append", "C-1"], environment: ["CASELEDGER_LEDGER": "/env"])
        #expect(arguments.option("ledger") == "/env")
    }

    @Test func theCommandLineWinsOverTheEnvironment() throws {
        let environment = ["CASELEDGER_LEDGER": "/env", "CASELEDGER_FORMAT": "json"]
        let (_, arguments) = try command(["append", "-l", "/cli", "-f", "csv", "C-1"], environment: environment)
        #expect(arguments.option("ledger") == "/cli")
        #expect(arguments.option("format") == "csv")
    }

    @Test func anEmptyEnvironmentValueCountsAsUnset() throws {
        #expect(throws: UsageError(
            command: ["caseledger", "append"],
            message: "missing --ledger DIR (or set CASELEDGER_LEDGER)")
        ) {
            try command(["append", "C-1"], environment: ["CASELEDGER_LEDGER": ""])
        }
    }

    @Test func theDefaultAppliesWhenNeitherCommandLineNorEnvironmentGiveAValue() throws {
        let (_, arguments) = try command(["append", "-l", "L", "C-1"])
        #expect(arguments.option("format") == "text")
        #expect(arguments.options("format") == ["text"])
    }

    @Test func theEnvironmentWinsOverTheDefault() throws {
        let environment = ["CASELEDGER_FORMAT": "md"]
        let (_, arguments) = try command(["append", "-l", "L", "C-1"], environment: environment)
        #expect(arguments.option("format") == "md")
    }

    @Test func anOptionWithoutValueOrDefaultIsNil() throws {
        let (_, arguments) = try command(["append", "-l", "L", "C-1"])
        #expect(arguments.option("limit") == nil)
    }
}
