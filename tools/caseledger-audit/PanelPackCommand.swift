import CaseAudit
import CaseLedger
import CLIKit

/// `caseledger-audit panel-pack CASE`: what a Risk Enablement Panel needs for its meeting.
enum PanelPackCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "panel-pack", abstract: "What a Risk Enablement Panel needs for its meeting: outcomes, plan and budget, risks, challenges, history.",
        discussion: """
            The person's outcomes, the current plan and budget, the risks being taken and how they are managed, the open \
            challenge and what is asked of the panel, previous panel decisions and the decision history. A staff document: it \
            shows everything recorded and marks third-party information [restricted].

            The pack is for a referral and a meeting. With --meeting DATE it shows what was recorded before that day (for a \
            meeting today or later, everything recorded so far) and what applied on DATE, and the challenge then open at the \
            panel. Without it: the challenge open at the panel now, for a meeting today; when none is open, the latest \
            referral, as it stood before the meeting that decided it. --as-known-at or --in-force-on without --meeting give \
            the point of view as it is (no meeting); with --meeting, each replaces that part of the meeting's.
            """,
        arguments: [ArgumentSpec("case", help: "The case reference, e.g. C-1001.")],
        options: [
            CommonOptions.ledger, CommonOptions.format, CommonOptions.output, meeting, CommonOptions.asKnownAt, CommonOptions.inForceOn,
            CommonOptions.verificationRecord,
        ],
        flags: [CommonOptions.largePrint])

    static let meeting = OptionSpec(
        "meeting", valueName: "DATE",
        help: "The date of the panel meeting the pack is for (YYYY-MM-DD): what was recorded before that day and applied on it; "
            + "default: the open referral's meeting today, else the meeting that decided the latest referral.")

    /// The options of every case report but the copy (a staff document: always staff), and the meeting.
    struct Options: CommandOptions {
        /// The case report's options.
        var report: CaseReportOptions
        /// `--meeting DATE`.
        var meeting: CalendarDate?

        /// Reads the case report's options and `--meeting`.
        init(_ a: ParsedArguments) throws(UsageError) {
            report = try CaseReportOptions(a)
            meeting = try CommonOptions.date(a, "meeting")
        }

        /// As a case report.
        func validate() throws(ValidationError) { try report.validate() }
    }

    static func run(_ options: Options) throws {
        let o = options.report
        let ledger = try o.openLedger()
        _ = try o.time.view(checkedAgainst: ledger)
        let known = try ledger.caseHistory(o.caseId, view: TimeView(asKnownAt: o.time.asKnownAt))
        // A point of view given without --meeting is taken as it is; otherwise the meeting's fills
        // in what was not given.
        let explicit = options.meeting == nil && (o.time.asKnownAt != nil || o.time.inForceOn != nil)
        let chosen = explicit
            ? nil : PanelMeeting(history: known, meeting: options.meeting, today: UKTime.date(Timestamp.now()), asKnownAt: o.time.asKnownAt)
        var time = o.time
        if let chosen, time.asKnownAt == nil { time.asKnownAt = chosen.view.asKnownAt }
        if let chosen, time.inForceOn == nil { time.inForceOn = chosen.view.inForceOn }
        let view = try time.view(checkedAgainst: ledger)
        let history = view.asKnownAt == o.time.asKnownAt ? known : try ledger.caseHistory(o.caseId, view: view)
        let pack = PanelPack(
            history: history, view: view, configuration: try ledger.configuration(asKnownAt: view.asKnownAt).configuration, meeting: chosen)
        try o.target.write(pack.render(o.target.render, integrity: try ledger.integrity(asKnownAt: view.asKnownAt)))
    }
}
