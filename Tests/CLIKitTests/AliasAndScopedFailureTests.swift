import CLIKit
import Testing

private struct Refused: ReportableError {
    var code: String { "plan-components-missing" }
    var message: String { "plan P-1 cannot be signed off: 2 of the 7 components are missing" }
}

@Suite struct AliasesAndScopedFailures {
    static let signOff = CommandSpec(
        name: "signOffPlan", abstract: "Sign off a plan.", options: [OptionSpec("planId", valueName: "TEXT", help: "The plan.")],
        aliases: ["planSignedOff"])
    static let root = CommandSpec(
        name: "caseledger", abstract: "Record decisions.",
        subcommands: [CommandSpec(name: "record", abstract: "Record a decision.", subcommands: [signOff])])

    @Test func anAliasSelectsTheCommandAndThePathUsesItsName() throws {
        let result = try CommandLineParser.parse(spec: Self.root, arguments: ["record", "planSignedOff", "--planId", "P-1"], environment: [:])
        guard case .command(let path, let arguments) = result else {
            Issue.record("expected a command, got \(result)")
            return
        }
        #expect(path == ["record", "signOffPlan"])
        #expect(arguments.option("planId") == "P-1")
    }

    @Test func theParentsHelpListsTheAliases() {
        let text = HelpFormatter.render(Self.root.subcommands[0], path: ["caseledger", "record"])
        #expect(text.contains("signOffPlan             Sign off a plan. (also: planSignedOff)"))
    }

    @Test func aTypoOfAnAliasIsSuggested() {
        #expect(throws: UsageError(command: ["caseledger", "record"], message: "unknown command 'planSignedOf'; did you mean 'planSignedOff'?")) {
            try CommandLineParser.parse(spec: Self.root, arguments: ["record", "planSignedOf"], environment: [:])
        }
    }

    @Test func aCommandFailureIsOneLineNamingTheSubcommandAndTheCode() {
        let result = CommandRunner.outcome(spec: Self.root, arguments: ["record", "signOffPlan"], environment: [:]) { _, _ in
            throw CommandFailure(command: ["caseledger", "record"], Refused())
        }
        #expect(result == RunOutcome(
            diagnostic: "caseledger record: plan P-1 cannot be signed off: 2 of the 7 components are missing [plan-components-missing]\n",
            exitCode: .failure))
    }
}
