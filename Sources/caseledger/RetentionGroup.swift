import CLIKit
import CaseAudit
import CaseLedger
import CaseService
import LedgerJSON
import LedgerStore

// issue 17: retention
/// `caseledger retention review|apply`: which cases' records fall due for erasure, and recording
/// the erasure decisions.
enum RetentionGroup {
    static let spec = CommandSpec(
        name: "retention", abstract: "Review which cases' records fall due for erasure, what holds them, and authorise their erasure.",
        subcommands: [RetentionReviewCommand.spec, RetentionApplyCommand.spec])

    static func run(path: [String], arguments: ParsedArguments) throws {
        switch path.first {
        case "review": try RetentionReviewCommand.run(arguments)
        case "apply": try RetentionApplyCommand.run(arguments)
        default: throw arguments.usageError("unknown command")
        }
    }
}

/// `caseledger retention review`: a dry run over every case, in every report format.
enum RetentionReviewCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "review", abstract: "List the cases due for erasure, those held and why, and when the others fall due (a dry run).",
        discussion: """
            Reviews every case on --on (default today) with the configuration in force now: its retention period (the \
            configuration's retentionPeriods, by record kind, from closure or the last contact), and what holds it (a legal \
            hold in place, an open complaint, challenge or subject access request). Writes nothing. --format text, md, html, \
            json or csv.
            """,
        options: [
            CaseledgerCommand.ledgerOption,
            OptionSpec("on", valueName: "DATE", help: "Review as on this date (YYYY-MM-DD); default today."),
            OptionSpec(
                "format", short: "f", valueName: "FORMAT", help: "text for the terminal, md, html (one self-contained file), json or csv.",
                allowedValues: ReportFormat.allCases.map(\.rawValue), defaultValue: "text"),
            OptionSpec("output", short: "o", valueName: "FILE", help: "Write the report to FILE instead of standard output."),
        ])

    /// The options of `retention review`.
    struct Options: CommandOptions {
        var ledger: String
        var on: CalendarDate?
        var format: ReportFormat
        var output: String?

        init(_ a: ParsedArguments) throws(UsageError) {
            ledger = try a.requiredOption("ledger")
            on = try Times.date(a, "on")
            format = ReportFormat(rawValue: a.option("format") ?? "text") ?? .text
            output = a.option("output")
        }
    }

    static func run(_ o: Options) throws {
        let now = Timestamp.now()
        let ledger = try AuditLedger.open(at: o.ledger)
        let report = try RetentionReport.make(ledger, on: o.on ?? UKTime.date(now), now: now)
        let text = report.render(RenderOptions(format: o.format, madeOn: UKTime.date(now)), integrity: try ledger.integrity())
        if let file = o.output {
            try OutputFile.write(Array(text.utf8), to: file)
        } else {
            try StandardStreams.output.write(text)
        }
    }
}

/// `caseledger retention apply --as STAFF`: records the erasure decision of every case due.
enum RetentionApplyCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "apply", abstract: "Authorise the erasure of every case due (not held), recording one decision per case.",
        discussion: """
            Records an erasureAuthorised decision on each case the review finds due today and not held, through the \
            domain's rules (the actor must be allowed to authorise erasure: by default a team manager). The decisions are \
            checked for every case before any is recorded: if one is refused, nothing is written. Each decision names the \
            events and members erased and the retention rule it rests on. Then the values and salts of those members are \
            removed from the log (format version 2; each event's hash, the chain and the Merkle tree stay as they were), \
            and any removal an earlier run left unfinished is finished. A version 1 ledger has no erasure: refused.
            """,
        options: [
            CaseledgerCommand.ledgerOption, SharedOptions.actor, SharedOptions.clockJump,
            OptionSpec("actingRole", valueName: "ROLE", help: "The role acted under (default teamManager).", defaultValue: "teamManager"),
            SharedOptions.format,
        ])

    /// The options of `retention apply`.
    struct Options: CommandOptions {
        var ledger: String
        var actor: String
        var actingRole: String
        var json: Bool
        var clockGuard: ClockJumpGuard
        var commandPath: [String]

        init(_ a: ParsedArguments) throws(UsageError) {
            ledger = try a.requiredOption("ledger")
            actor = try a.requiredOption("as")
            actingRole = a.option("actingRole") ?? "teamManager"
            json = SharedOptions.json(a)
            clockGuard = try SharedOptions.clockGuard(a)
            commandPath = a.commandPath
        }
    }

    static func run(_ o: Options) throws {
        try ServiceFailures.reporting(as: ["caseledger", "retention", "apply"], usage: o.commandPath) {
            let role = StaffRole(rawValue: o.actingRole)
            let now = Timestamp.now()
            let today = UKTime.date(now)
            let audited = try AuditLedger.open(at: o.ledger)
            let report = try RetentionReport.make(audited, on: today, now: now)
            let service = try SharedOptions.writer(at: o.ledger, clockGuard: o.clockGuard)
            let run = try service.authoriseErasures(
                of: report.due.map(\.caseId), completing: report.reviews.filter { $0.standing == .erased }.map(\.caseId),
                actor: o.actor, actingRole: role, now: now,
                reasons: ["the retention period for the case's records has run and nothing holds them (caseledger retention apply)"],
                // issue 16/17: mend16 — the review's verification already found every decision.
                known: audited.verification.flatMap(KnownAuthorisations.init))
            let recorded = run.decisions, removal = run.removal
            if o.json {
                try StandardStreams.output.writeLine(JSONValue.object([
                    "recorded": .array(recorded.map { e in .object(["caseId": .string(e.stream), "seq": .integer(e.seq), "id": .string(e.id)]) }),
                    "erased": .array(removal.erased.map { p in .object(["seq": .integer(Int64(p.seq)), "part": .string(p.pointer)]) }),
                    "segmentsRewritten": .array(removal.segmentsRewritten.map { .string($0) }),
                    "unerasable": .array(removal.unerasable.map { u in
                        .object(["seq": .integer(Int64(u.part.seq)), "part": .string(u.part.pointer), "authorisedBy": .integer(Int64(u.authorisedBy)), "reason": .string(u.reason)])
                    }),
                ]).prettyPrinted())
            } else {
                if recorded.isEmpty {
                    try StandardStreams.output.writeLine("no case is due for erasure on \(today.iso); no decision was recorded")
                }
                for e in recorded {
                    try StandardStreams.output.writeLine("recorded erasureAuthorised on \(e.stream): seq \(e.seq), id \(e.id), at \(e.recordedAt.rfc3339)")
                }
                for line in removalLines(removal) { try StandardStreams.output.writeLine(line) }
            }
        }
    }

    /// The lines saying what a removal erased (none when it erased nothing), and what it left
    /// because a decision named a part that can never be erased.
    static func removalLines(_ removal: ErasureOutcome) -> [String] {
        var lines: [String] = []
        if !removal.erased.isEmpty {
            let events = Set(removal.erased.map(\.seq)).count
            lines.append("erased \(removal.erased.count) part(s) of \(events) event(s), rewriting \(removal.segmentsRewritten.joined(separator: ", ")); "
                + "each event's hash, the chain and the Merkle tree are unchanged")
        }
        // issue 16/17: mend16 — a decision naming a part that can never be erased is said, not refused.
        if !removal.unerasable.isEmpty { lines.append(UnerasablePart.explanation(removal.unerasable)) }
        return lines
    }
}
