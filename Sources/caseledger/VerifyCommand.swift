import CLIKit
import LedgerStore

/// `caseledger verify`: re-hashes the whole ledger.
enum VerifyCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "verify", abstract: "Re-hash every event and check every link; report the first fault.",
        discussion: "Exit 0 when the ledger is intact (an unfinished batch after the last committed event, being written or torn by a crash, is left out and named); 1 with the fault's segment, line, seq and reason when it is not. "
            + "An intact ledger's report names its RFC 6962 Merkle tree root, recomputed from the log (the root a signed checkpoint names). "
            + "An intact ledger's report lists every step of recorded time of more than 31 days, and whether it was acknowledged as a clock jump (--clock-jump).",
        options: [CaseledgerCommand.ledgerOption])

    static func run(_ o: LedgerOptions) throws {
        let report = try Verifier.verify(ledgerAt: o.ledger)
        if let fault = report.fault {
            // issue 18: scripts — a check that found damage exits 1 ("found something"), not 3 ("failed").
            throw DamageFound(error: .damaged(at: fault.position, reason: fault.reason + " (\(report.events) events before it are sound)"))
        }
        try StandardStreams.output.writeLine(
            "intact: \(report.events) events in \(report.segments) segment\(report.segments == 1 ? "" : "s"), "
                + "\(report.bytes) bytes; Merkle tree root \(report.root.hex); head seq \(report.events) hash \(report.headHash.hex)")
        // Keeps events/INVARIANTS.md rule 22: an unfinished batch is reported, not called damage.
        if let tail = report.uncommitted {
            try StandardStreams.output.writeLine(
                "sound up to seq \(report.events), unfinished batch ignored: \(tail). A batch still being written, "
                    + "or one a crash cut short (the next append sets it aside under torn/); no append that returned is in it")
        }
        // issue 16/17: mend16 — a decision naming a part that can never be erased authorises
        // nothing: not a fault (rule 11 constrains erased parts), but the auditor is told.
        // issue 16: tidy16 — only a part not erased can be such a part: the ledger is opened to
        // read events only when a decision names one (a part not yet erased, or never erasable).
        if !report.namedNotErased.isEmpty {
            let unerasable = try Ledger.open(at: o.ledger, mode: .readOnly).unerasableParts(among: report.namedNotErased)
            if !unerasable.isEmpty { try StandardStreams.output.writeLine(UnerasablePart.explanation(unerasable)) }
        }
        // Keeps events/INVARIANTS.md rule 16: an auditor sees every jump of the clock.
        for jump in report.clockJumps {
            try StandardStreams.output.writeLine(
                "recorded time steps \(jump.days) days ahead at seq \(jump.seq) (\(jump.lastRecordedAt.rfc3339) to \(jump.recordedAt.rfc3339)): "
                    + (jump.acknowledged
                        ? "acknowledged as a clock jump; the reason is seq \(jump.seq) of stream 'ledger'"
                        : "no clock jump was acknowledged (expected only where nothing was recorded for that long)"))
        }
    }
}

// issue 18: scripts
/// `verify` found the ledger damaged: its one line on standard error, exit 1 ("found something").
struct DamageFound: FindingsReported {
    /// The damage.
    let error: LedgerError
    var code: String { error.code }
    var message: String { error.message }
}
