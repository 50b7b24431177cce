import CLIKit
import Testing

private func help(_ argv: [String]) throws -> String? {
    let result = try CommandLineParser.parse(spec: Sample.root, arguments: argv, environment: [:])
    guard case .help(let text) = result else { return nil }
    return text
}

@Suite struct HelpRequests {
    @Test(arguments: [
        (["--help"], ["caseledger"]),
        (["-h"], ["caseledger"]),
        (["help"], ["caseledger"]),
        (["nope", "--help"], ["caseledger"]),
        (["append", "--help"], ["caseledger", "append"]),
        (["append", "--ledger", "L", "-h", "--format=pdf"], ["caseledger", "append"]),
        (["append", "--no-such-option", "--help"], ["caseledger", "append"]),
        (["help", "append"], ["caseledger", "append"]),
        (["staff", "--help"], ["caseledger", "staff"]),
        (["staff", "-h", "add"], ["caseledger", "staff"]),
        (["help", "staff"], ["caseledger", "staff"]),
        (["staff", "add", "--help"], ["caseledger", "staff", "add"]),
        (["help", "staff", "add"], ["caseledger", "staff", "add"]),
    ])
    func helpIsShownForTheDeepestCommandNamed(argv: [String], path: [String]) throws {
        var command = Sample.root
        for name in path.dropFirst() { command = try #require(command.subcommand(named: name)) }
        #expect(try help(argv) == HelpFormatter.render(command, path: path))
    }

    @Test func helpAfterDoubleDashIsAnArgument() throws {
        #expect(try help(["append", "-l", "L", "--", "--help"]) == nil)
    }
}

@Suite struct HelpText {
    @Test func theRootListsItsSubcommands() {
        #expect(HelpFormatter.render(Sample.root, path: ["caseledger"]) == """
            OVERVIEW: Record and verify social care decisions.

            USAGE: caseledger <subcommand>

            OPTIONS:
              -h, --help              Show help information.

            SUBCOMMANDS:
              init                    Create an empty ledger.
              append                  Append one record to a ledger.
              stream                  Print every record as one JSON line.
              staff                   Manage who may record decisions.
              case                    Look at cases.

              See 'caseledger help <subcommand>' for detailed help.
            """)
    }

    @Test func aLeafShowsDiscussionUsageArgumentsAndAnnotatedOptions() {
        #expect(HelpFormatter.render(Sample.append, path: ["caseledger", "append"]) == """
            OVERVIEW: Append one record to a ledger.

            The record is read from standard input as one JSON object. It is checked, given
            the next sequence number and written durably before the command returns.

            Nothing is written if any check fails.

            USAGE: caseledger append --ledger DIR [--format FORMAT] [--tag TAG ...]
                     [--limit N] [--dry-run] [--verbose] <case-id> [<files> ...]

            ARGUMENTS:
              <case-id>               The case the record belongs to.
              <files>                 Attachments to store with the record.

            OPTIONS:
              -l, --ledger DIR        The ledger directory. (env: CASELEDGER_LEDGER)
              -f, --format FORMAT     How to print the result. (values: text, md, html,
                                      json, csv; default: text; env: CASELEDGER_FORMAT)
              --tag TAG               A label to attach to the record. (may be repeated)
              --limit N               Refuse records larger than N bytes.
              -n, --dry-run           Check the record without writing it.
              --verbose               Say what is being done.
              -h, --help              Show help information.
            """)
    }

    @Test func aNestedGroupPointsAtHelpForItsSubcommands() {
        #expect(HelpFormatter.render(Sample.staff, path: ["caseledger", "staff"]) == """
            OVERVIEW: Manage who may record decisions.

            USAGE: caseledger staff <subcommand>

            OPTIONS:
              -h, --help              Show help information.

            SUBCOMMANDS:
              add                     Register a member of staff.
              list                    List staff.

              See 'caseledger help staff <subcommand>' for detailed help.
            """)
    }

    @Test func aNestedLeafShowsItsFullPath() {
        #expect(HelpFormatter.render(Sample.staffAdd, path: ["caseledger", "staff", "add"]) == """
            OVERVIEW: Register a member of staff.

            USAGE: caseledger staff add --ledger DIR --role ROLE <name>

            ARGUMENTS:
              <name>                  Their full name.

            OPTIONS:
              -l, --ledger DIR        The ledger directory. (env: CASELEDGER_LEDGER)
              --role ROLE             What they may do. (values: worker, manager)
              -h, --help              Show help information.
            """)
    }

    @Test func usageMarksOptionalRequiredAndVariadicArguments() {
        let spec = CommandSpec(
            name: "copy", abstract: "",
            arguments: [
                ArgumentSpec("from", help: "Source."),
                ArgumentSpec("to", help: "Target.", isRequired: false),
                ArgumentSpec("more", help: "More.", isVariadic: true),
            ],
            options: [OptionSpec("key", valueName: "K", help: "", isRequired: true, isRepeatable: true)])
        #expect(HelpFormatter.render(spec, path: ["copy"]) == """
            USAGE: copy --key K ... <from> [<to>] <more> ...

            ARGUMENTS:
              <from>                  Source.
              <to>                    Target.
              <more>                  More.

            OPTIONS:
              --key K                 (may be repeated)
              -h, --help              Show help information.
            """)
    }

    @Test func aLabelTooWideForItsColumnPutsTheHelpOnTheNextLine() {
        let spec = CommandSpec(
            name: "tool", abstract: "A tool.",
            options: [OptionSpec("retention-period", short: "r", valueName: "DAYS", help: "Keep this long.")],
            flags: [FlagSpec("x", help: "")])
        #expect(HelpFormatter.render(spec, path: ["tool"]) == """
            OVERVIEW: A tool.

            USAGE: tool [--retention-period DAYS] [--x]

            OPTIONS:
              -r, --retention-period DAYS
                                      Keep this long.
              --x
              -h, --help              Show help information.
            """)
    }

    @Test func longTextWrapsAtEightyColumnsAndNeverLeavesTrailingSpaces() {
        let words = Array(repeating: "wrap", count: 40).joined(separator: " ")
        let spec = CommandSpec(
            name: "tool", abstract: words, discussion: words,
            arguments: [ArgumentSpec("thing", help: words)],
            subcommands: [CommandSpec(name: "sub", abstract: words)])
        let text = HelpFormatter.render(spec, path: ["tool"])
        for line in text.split(separator: "\n") {
            #expect(line.count <= 80, "\(line)")
            #expect(line.last != " ", "\(line)")
        }
        #expect(text.hasPrefix("""
            OVERVIEW: wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap
                      wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap wrap
            """))
    }

    @Test func everySampleHelpFitsInEightyColumns() {
        let samples: [(CommandSpec, [String])] = [
            (Sample.root, ["caseledger"]), (Sample.append, ["caseledger", "append"]),
            (Sample.staff, ["caseledger", "staff"]), (Sample.staffAdd, ["caseledger", "staff", "add"]),
        ]
        for (spec, path) in samples {
            let text = HelpFormatter.render(spec, path: path)
            #expect(text == HelpFormatter.render(spec, path: path))
            #expect(!text.hasSuffix("\n"))
            #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 && $0.last != " " })
        }
    }
}
