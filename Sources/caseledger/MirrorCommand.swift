import CLIKit
import LedgerStore

extension MirrorError: ReportableError {}

/// `caseledger mirror --ledger SRC --to DIR`: copies the ledger's new committed batches to a mirror
/// directory, refusing a mirror whose history is not a prefix of the ledger's.
enum MirrorCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "mirror", abstract: "Copy new committed batches to a mirror directory (an off-site copy that is also a witness).",
        discussion: """
            The first run makes the mirror (a new or empty directory) and copies every committed batch; later runs copy only \
            what is new. Segment files are copied as they are, so the mirror is the ledger's committed prefix file for file. \
            Before copying, the mirror must be a prefix of the ledger: its last event must be the ledger's event at that seq; \
            otherwise nothing is written and the seq where the two differ is named with both hashes. Every line is verified \
            (hash, digest, seq, prev) before it is written; an unfinished batch the writer is still writing is not copied. \
            The ledger is only read. Each run verifies the mirror from the head its last run recorded (mirror-state.json); \
            --full verifies the whole mirror and compares it with the ledger byte for byte.
            """,
        options: [
            CaseledgerCommand.ledgerOption,
            OptionSpec("to", valueName: "DIR", help: "The mirror directory (made if missing; its parent must exist).", isRequired: true),
        ],
        flags: [FlagSpec("full", help: "Verify every line of the mirror, not only those after the head its last run recorded, and compare every mirrored byte with the ledger's (finds a line changed without changing its hash, such as a payload replaced with null).")])

    /// The options of `mirror`.
    struct Options: CommandOptions {
        /// The ledger to mirror.
        var ledger: String
        /// The mirror directory.
        var to: String
        /// Whether to verify the whole mirror.
        var full: Bool

        /// Reads `--ledger`, `--to` and `--full`.
        init(_ a: ParsedArguments) throws(UsageError) {
            ledger = try a.requiredOption("ledger")
            to = try a.requiredOption("to")
            full = a.flag("full")
        }

        /// Both directories named.
        func validate() throws(ValidationError) {
            if ledger.isEmpty { throw ValidationError("--ledger must name the ledger directory") }
            if to.isEmpty { throw ValidationError("--to must name the mirror directory") }
        }
    }

    static func run(_ o: Options) throws {
        let report = try LedgerMirror.mirror(ledger: o.ledger, to: o.to, full: o.full)
        var lines: [String] = []
        if report.created { lines.append("made a mirror of \(o.ledger) at \(o.to)") }
        if report.unfinishedBytesCut > 0 {
            lines.append("cut \(report.unfinishedBytesCut) bytes an interrupted run left after the mirror's last committed event (a copy of the ledger's bytes)")
        }
        let recorded = report.mirrorCheckedFrom - 1
        let checked = recorded == 0
            ? "the whole mirror verified"
            : "the mirror checked from its recorded head, seq \(recorded) (seq 1 to \(recorded) were verified by an earlier run; --full verifies them again)"
        if report.copiedEvents == 0 {
            lines.append("nothing new: the mirror already holds the ledger's head, seq \(report.headSeq) hash \(report.headHash.hex); \(checked)")
        } else {
            lines.append(
                "copied \(report.copiedEvents) event\(report.copiedEvents == 1 ? "" : "s") in \(report.copiedBatches) batch\(report.copiedBatches == 1 ? "" : "es") "
                    + "(\(report.copiedBytes) bytes, seq \(report.previousHeadSeq + 1) to \(report.headSeq)); "
                    + "the mirror's head is now the ledger's, seq \(report.headSeq) hash \(report.headHash.hex); \(checked)")
        }
        // issue 17: mirror17 — erasures reach the mirror.
        if !report.erasuresCarried.isEmpty {
            let events = Set(report.erasuresCarried.map(\.seq)).count
            lines.append(
                "carried the ledger's erasure of \(report.erasuresCarried.count) part\(report.erasuresCarried.count == 1 ? "" : "s") of \(events) "
                    + "event\(events == 1 ? "" : "s") to the mirror (\(report.erasuresCarried.map(\.description).joined(separator: ", "))): "
                    + "their values are gone from the mirror too; each event's hash and the chain are unchanged")
        }
        if !report.erasuresPending.isEmpty {
            lines.append(
                "\(report.erasuresPending.count) part\(report.erasuresPending.count == 1 ? " is" : "s are") authorised for erasure but still held by "
                    + "the ledger (run 'caseledger retention apply' there); the next mirror run carries the erasure once it is made")
        }
        // issue 16/17: mend16 — a decision naming a part that can never be erased is not pending.
        if !report.erasuresUnerasable.isEmpty {
            lines.append(UnerasablePart.explanation(report.erasuresUnerasable) + "; the mirror holds the same bytes as the ledger for them")
        }
        if report.checkpointFilesCopied > 0 {
            lines.append("copied \(report.checkpointFilesCopied) file\(report.checkpointFilesCopied == 1 ? "" : "s") of signed checkpoints (checkpoints/)")
        }
        try StandardStreams.output.writeLine(lines.joined(separator: "\n"))
    }
}
