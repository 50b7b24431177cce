import CaseAudit
import CaseLedger
import CaseService
import CLIKit

/// `caseledger-audit caseload`: every open case with its stage, allocated worker and what is due.
enum CaseloadCommand: OptionsCommand {
    static let on = OptionSpec(
        "on", valueName: "DATE",
        help: "The day against which overdue and due-within are judged (YYYY-MM-DD); default the date of --as-known-at, or today (UK time).")
    static let dueWithin = OptionSpec("due-within", valueName: "DAYS", help: "Only deadlines due from DATE up to DAYS days ahead.")
    static let worker = OptionSpec("worker", valueName: "ID", help: "Only cases whose allocated worker is staff member ID.")
    static let overdue = FlagSpec("overdue", help: "Only overdue deadlines (with --due-within: either).")

    static let spec = CommandSpec(
        name: "caseload", abstract: "Every open case with its stage, allocated worker and what is due.",
        discussion: """
            One row per deadline: first review (6–8 weeks after a new or changed plan), annual review (12 months after the \
            later of sign-off and the last review completed, so a review completed early resets the clock), direct payment \
            review (within the first 6 months), complaint acknowledgement (working days: weekends and the configured bank \
            holidays skipped) and response (6 months or the date agreed), and written notices not yet recorded after an \
            eligibility determination or a withdrawal (due on the decision's date). Intervals, periods and bank holidays come \
            from the configuration in force at --as-known-at (or now). Each deadline names the event its clock runs from.

            --on DATE is "today": the day overdue and due-within are judged against; it defaults to the date of --as-known-at, \
            or today (UK time). --as-known-at limits the caseload to what had been recorded by then. --overdue keeps overdue \
            deadlines, --due-within DAYS those due from DATE to DAYS days ahead; with either, cases with no such deadline are \
            left out. A listing, not a check: exit 0 whatever is overdue.

            A case an event of which cannot be read (written round the rules) has no row: whether it is open, who holds it \
            and what is due cannot be known. It is listed under "Cases that could not be read", whatever the filters, with \
            the event and what is wrong; every other case is listed as usual, and the command exits 2 after writing the \
            caseload.
            """,
        options: [
            CommonOptions.ledger, CommonOptions.format, CommonOptions.output, CommonOptions.asKnownAt, on, dueWithin, worker, CheckpointFile.option,
        ],
        flags: [overdue, CommonOptions.largePrint, CheckpointFile.verifyWhole])

    /// The options of `caseload`.
    struct Options: CommandOptions {
        /// Ledger, format and output.
        var target: ReportTarget
        /// Only what had been recorded by then.
        var asKnownAt: Timestamp?
        /// The day overdue and due-within are judged against, when given.
        var on: CalendarDate?
        /// Which deadlines and cases to list.
        var filter: CaseloadFilter
        /// Where the oversight projection is saved, when given.
        var checkpoint: String?
        /// Verify the whole ledger even from a checkpoint.
        var verifyWhole: Bool

        /// Reads the options; `--due-within` must not be negative.
        init(_ a: ParsedArguments) throws(UsageError) {
            target = try ReportTarget(a)
            asKnownAt = try CommonOptions.time(a, "as-known-at")
            on = try CommonOptions.date(a, "on")
            let within = try a.integer("due-within")
            if let within, within < 0 { throw a.usageError("--due-within must be 0 or more days; got \(within)") }
            filter = CaseloadFilter(overdue: a.flag("overdue"), dueWithin: within, worker: a.option("worker"))
            checkpoint = a.option("checkpoint")
            verifyWhole = a.flag("verify-whole")
        }

        /// No file written inside the ledger; the report not written over the checkpoint; no checkpoint with `--as-known-at`.
        func validate() throws(ValidationError) {
            try OutsideLedger.check(ledger: target.ledger, writing: ["output": target.output, "checkpoint": checkpoint])
            try OutsideLedger.checkSeparate(output: target.output, checkpoint: checkpoint)
            if checkpoint != nil, let refusal = OversightMethod.checkpointRefusal(asKnownAt: asKnownAt) { throw ValidationError(refusal) }
        }
    }

    static func run(_ o: Options) throws {
        let (caseload, ledger, saving) = try CheckpointFile.report(ledgerPath: o.target.ledger, checkpoint: o.checkpoint, verifyWhole: o.verifyWhole) {
            ledger, projection in
            if let asKnownAt = o.asKnownAt { try ledger.check(asKnownAt, option: "as-known-at") }
            return try OversightReports(ledger: ledger).caseload(asKnownAt: o.asKnownAt, on: o.on, filter: o.filter, projection: projection)
        }
        // issue 18: fast18b. CSV written in pieces as it is rendered; either way only once the checkpoint is saved.
        try o.target.write(
            after: saving, integrity: { try ledger.integrity(asKnownAt: o.asKnownAt) },
            csv: { caseload.csv(integrity: $0, part: $1, of: $2, pieces: $3, $4) }, text: { caseload.render($0, integrity: $1) })
        // issue 18: fast18b. The results and the ledger (with the checkpoint read) are never freed: the process exits next.
        KeptUntilExit.keep((caseload, ledger))
        if !caseload.unreadable.isEmpty { throw CasesLeftOut(report: "the caseload", cases: caseload.unreadableCases) }
    }
}
