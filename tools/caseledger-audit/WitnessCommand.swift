import CLIKit
import LedgerSigning
import LedgerStore
import LedgerTransparency

#if canImport(Glibc)
import Glibc
#endif

extension TransparencyError: ReportableError {}
extension WitnessError: ReportableError {}
extension EvidenceError: ReportableError {}

/// `caseledger-audit witness`: someone other than the council's writers checks the log's latest
/// checkpoint against what they cosigned before, and cosigns it (c2sp.org/tlog-cosignature).
enum WitnessCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "witness", abstract: "Cosign the ledger's latest checkpoint after proving it extends the one you cosigned before.",
        discussion: """
            For a witness who is not one of the council's writers (internal audit, the Ombudsman, a panel chair), with a key \
            and a state directory of their own, outside the ledger. Reads the latest checkpoint stored in the ledger (or \
            --checkpoint FILE), checks the log's signature with --log-key (the log's verifier key string, as published by the \
            council, or a file holding it: never taken from the ledger), verifies every event of the ledger, rebuilds the \
            Merkle tree from them and proves the new tree extends the one recorded in your state (a consistency proof from \
            your old root to the checkpoint's root). Then cosigns it with --key (your Ed25519 private key, mode 600), saves \
            it as your new state and writes the cosigned checkpoint to --out (or standard output) for the council to store \
            with 'caseledger checkpoint --add-cosignature FILE --witness-key KEY'.

            Your first run trusts the checkpoint on first use, after verifying the whole ledger and that its events give the \
            checkpoint's root; it needs --name (your witness's name), which later runs reuse.

            Refused (exit 3, your state unchanged): a checkpoint not signed by the log's key; one smaller than the one you \
            cosigned (a rollback); the same size with another root or a tree that does not extend yours (a fork: history was \
            rewritten); a checkpoint whose root the ledger's events do not give. Each refusal writes an evidence file in \
            STATE/evidence/, which anyone can check with 'caseledger-audit check-fork FILE --log-key KEY'.
            """,
        options: [CommonOptions.ledger, state, key, logKey, name, checkpoint, out])

    static let state = OptionSpec("state", valueName: "DIR", help: "Your witness state directory (outside the ledger; created on the first run).", isRequired: true)
    static let key = OptionSpec("key", valueName: "FILE", help: "Your Ed25519 private key (PEM, 'openssl genpkey -algorithm ed25519', mode 600).", isRequired: true)
    static let logKey = OptionSpec("log-key", valueName: "KEY", help: "The log's verifier key string as the council published it, or a file holding it.", isRequired: true)
    static let name = OptionSpec("name", valueName: "NAME", help: "Your witness's name, e.g. ombudsman.example/witness (first run; later runs reuse it).")
    static let checkpoint = OptionSpec("checkpoint", valueName: "FILE", help: "Witness this signed checkpoint instead of the latest stored in the ledger.")
    static let out = OptionSpec("out", valueName: "FILE", help: "Write the cosigned checkpoint to FILE (outside the ledger) instead of standard output.")

    /// The options of `witness`.
    struct Options: CommandOptions {
        var ledger: String
        var state: String
        var key: String
        var logKey: String
        var name: String?
        var checkpoint: String?
        var out: String?

        init(_ a: ParsedArguments) throws(UsageError) {
            ledger = try a.requiredOption("ledger")
            state = try a.requiredOption("state")
            key = try a.requiredOption("key")
            logKey = try a.requiredOption("log-key")
            name = a.option("name")
            checkpoint = a.option("checkpoint")
            out = a.option("out")
        }

        // Keeps events/INVARIANTS.md rule 12: the audit tool never writes in the ledger.
        func validate() throws(ValidationError) {
            try OutsideLedger.check(ledger: ledger, writing: ["out": out, "state": state + "/witness.lock"], directories: ["state": state])
        }
    }

    static func run(_ o: Options) throws {
        let logKey = try KeyArguments.logKey(o.logKey)
        let privateKey = try KeyArguments.privateKey(pemFile: o.key)
        let state = WitnessState(directory: o.state)
        let witness = Witness(state: state, logKey: logKey, cosigner: try Witness.cosigner(privateKey: privateKey, name: o.name, state: state))
        let bytes: [UInt8]
        if let file = o.checkpoint {
            do { bytes = try FileAccess.read(file) } catch { throw TransparencyError.fileUnreadable(path: file, reason: error.reason) }
        } else {
            _ = try Ledger.open(at: o.ledger, mode: .readOnly)  // a ledger, or a clear error
            bytes = try CheckpointLog(ledger: o.ledger).checkpointNote().bytes
        }
        let outcome = try witness.observe(checkpoint: bytes, ledger: o.ledger, time: UInt64(max(0, time(nil))))
        let size = outcome.checkpoint.size
        let how = outcome.previousSize.map { "consistent with size \($0), which you cosigned before" }
            ?? "first use: the whole ledger verified and its events give the checkpoint's root"
        let summary = "cosigned the checkpoint of \(logKey.name) at size \(size) (\(how)) as \(witness.cosigner.verifier.verifierKey)"
        if let out = o.out {
            try ReportOutput.write(outcome.cosigned.serialized, to: out)
            try StandardStreams.output.writeLine(summary + "; written to \(out)")
        } else {
            try StandardStreams.output.write(outcome.cosigned.serialized)
            try StandardStreams.error.writeLine("caseledger-audit: " + summary)
        }
    }
}

/// `caseledger-audit check-fork`: checks a witness's evidence file with the log's key alone.
enum CheckForkCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "check-fork", abstract: "Check a witness's evidence file: are both checkpoints the log's, and do they show a fork?",
        discussion: """
            Reads an evidence file written by 'caseledger-audit witness' when it refused a checkpoint, and checks it with the \
            log's verifier key you were given (not the one written in the file): both checkpoints must be signed by the log, \
            and then a fork (two roots for one size), an inconsistency (the consistency proof in the file shows the later \
            tree's first events have another root than the earlier checkpoint), a rollback, a root the ledger did not give, or \
            a bad signature. Needs no ledger. Exit 0 when the evidence shows what it says, with one paragraph saying what; 3 \
            when it does not.
            """,
        arguments: [ArgumentSpec("file", help: "The evidence file.")],
        options: [WitnessCommand.logKey])

    /// The options of `check-fork`.
    struct Options: CommandOptions {
        var file: String
        var logKey: String

        init(_ a: ParsedArguments) throws(UsageError) {
            file = a.positional("file")!
            logKey = try a.requiredOption("log-key")
        }
    }

    /// The evidence did not show what it says.
    struct DoesNotHold: ReportableError {
        let summary: String
        var code: String { "evidence-does-not-hold" }
        var message: String { "the evidence does not hold: \(summary)" }
    }

    static func run(_ o: Options) throws {
        let logKey = try KeyArguments.logKey(o.logKey)
        let bytes: [UInt8]
        do { bytes = try FileAccess.read(o.file) } catch { throw TransparencyError.fileUnreadable(path: o.file, reason: error.reason) }
        let evidence = try WitnessEvidence(parsing: bytes)
        let finding = evidence.check(logKey: logKey)
        guard finding.holds else { throw DoesNotHold(summary: finding.summary) }
        try StandardStreams.output.writeLine("the evidence holds (\(evidence.kind.rawValue)): \(finding.summary)")
    }
}
