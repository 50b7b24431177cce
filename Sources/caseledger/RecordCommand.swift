import CLIKit
import CaseLedger
import CaseService
import LedgerStore

/// `caseledger record TYPE --case ID --as STAFF-ID [--FIELD VALUE …] [--json FILE|-]`: records a
/// decision on a case. One subcommand per case command, named by the command (`signOffPlan`)
/// with the event type it records (`planSignedOff`) as an alias; its options are the command's
/// fields, from the field table in `CommandCatalogue`.
enum RecordCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "record",
        abstract: "Record a decision on a case; the domain's rules decide whether it stands.",
        discussion: """
            TYPE is the command (e.g. signOffPlan) or the event it records (e.g. planSignedOff). \
            Give the fields as --FIELD VALUE or in a JSON object with --json; see 'caseledger record TYPE --help' \
            for the fields of each. On success prints one line per event recorded. A decision that breaks a rule \
            is refused with exit 3 and one line naming the rule, and nothing is written.
            """,
        subcommands: CommandCatalogue.caseCommands.map(spec(for:)))

    static let caseOption = OptionSpec("case", valueName: "ID", help: "The case, e.g. C-1001.", isRequired: true)

    /// The subcommand of one case command.
    static func spec(for command: CommandDescription) -> CommandSpec {
        CommandSpec(
            name: command.name, abstract: command.summary, discussion: discussion(for: command),
            options: [caseOption, SharedOptions.actor, CaseledgerCommand.ledgerOption, SharedOptions.json, SharedOptions.clockJump]
                + command.fields.filter(\.kind.takesFlag).map(option(for:)),
            aliases: [command.eventType])
    }

    /// The option of a field: `--planId TEXT`, repeatable for lists, with its words for a choice.
    static func option(for field: CommandField) -> OptionSpec {
        var help = field.meaning
        if field.mustBeGiven { help = "Required. " + help }
        if field.kind.isList { help += " Empty when not given." }
        return OptionSpec(
            field.name, valueName: field.kind.valueName, help: help, allowedValues: field.kind.allowedWords,
            isRepeatable: field.kind.isList)
    }

    static func discussion(for command: CommandDescription) -> String {
        var paragraphs = [
            "Records the event \(command.eventType). Every field may be given as --FIELD VALUE or as a member of "
                + "the --json object (flags win). A field that is a list is given by repeating its flag. When not given, "
                + "lists are empty and effectiveDate is today. Money is in whole pence; dates are YYYY-MM-DD."
        ]
        let jsonOnly = command.fields.filter { !$0.kind.takesFlag }
        if !jsonOnly.isEmpty {
            paragraphs.append("Fields given only in --json:")
            for field in jsonOnly {
                paragraphs.append("\(field.name) (\(field.kind.phrase)\(field.mustBeGiven ? ", required" : "")): \(field.meaning)")
            }
        }
        return paragraphs.joined(separator: "\n\n")
    }

    /// The options of `record TYPE`: the case command named, who records it where, and its fields.
    struct Options: CommandOptions {
        /// The case command to record.
        var command: CommandDescription
        /// The ledger directory.
        var ledger: String
        /// The case.
        var caseId: String
        /// The staff id recording it.
        var actor: String
        /// Where to read the fields' JSON object, when given.
        var json: String?
        /// The fields given as flags, by name (only those given).
        var flags: [String: [String]]
        /// The command as typed, for usage errors found while running.
        var commandPath: [String]
        /// The clock guard, with `--clock-jump`'s acknowledgement when given.
        var clockGuard: ClockJumpGuard

        /// Reads the options of the case command the subcommand names (the last word of the
        /// command path, which is always the command's name, even when its event type was typed).
        init(_ a: ParsedArguments) throws(UsageError) {
            let name = a.commandPath.last ?? ""
            guard let command = CommandCatalogue.caseCommand(named: name) else { throw a.usageError("unknown type '\(name)'") }
            self.command = command
            flags = Self.fields(command.fields, in: a)
            json = a.option("json")
            ledger = try a.requiredOption("ledger")
            caseId = try a.requiredOption("case")
            actor = try a.requiredOption("as")
            commandPath = a.commandPath
            clockGuard = try SharedOptions.clockGuard(a)
        }

        /// The values of every field among `fields` given as a flag, by name.
        static func fields(_ fields: [CommandField], in a: ParsedArguments) -> [String: [String]] {
            var flags: [String: [String]] = [:]
            for field in fields where field.kind.takesFlag {
                let values = a.options(field.name)
                if !values.isEmpty { flags[field.name] = values }
            }
            return flags
        }
    }

    static func run(_ o: Options) throws {
        try ServiceFailures.reporting(as: ["caseledger", "record"], usage: o.commandPath) {
            let input = try o.json.map(JSONInput.read)
            // The command is put together before the ledger is opened for writing: wrong input is
            // refused with nothing opened, no `writer.lock` made.
            let now = Timestamp.now()
            let command = try CaseService.command(named: o.command.name, input: input, flags: o.flags, today: CalendarDate(now))
            let service = try SharedOptions.writer(at: o.ledger, clockGuard: o.clockGuard)
            // issue 17: mirror17 — an erasure decision removes its bytes in the same command.
            var removal: ErasureOutcome? = nil
            let appended: [AppendedEvent]
            if case .authoriseErasure = command {
                let run = try service.recordErasure(command, case: o.caseId, actor: o.actor, now: now)
                (appended, removal) = (run.decisions, run.removal)
            } else {
                appended = try service.record(command, case: o.caseId, actor: o.actor, now: now)
            }
            SharedOptions.warnIfClockBehind(now: now, recordedAt: appended.last?.recordedAt)
            for event in appended {
                try StandardStreams.output.writeLine(
                    "recorded \(event.type) on \(event.stream): seq \(event.seq), id \(event.id), at \(event.recordedAt.rfc3339)")
            }
            for line in removal.map(RetentionApplyCommand.removalLines) ?? [] { try StandardStreams.output.writeLine(line) }
        }
    }
}
