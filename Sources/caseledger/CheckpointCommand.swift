import CLIKit
import LedgerSigning
import LedgerStore
import LedgerTransparency

extension TransparencyError: ReportableError {}

/// `caseledger checkpoint`: signs the ledger's head as a C2SP checkpoint and keeps it in the
/// ledger's `checkpoints/` directory; or stores a witness's cosignature beside it.
enum CheckpointCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "checkpoint", abstract: "Sign the ledger's Merkle tree head as a checkpoint and keep it in the ledger; or store a witness's cosignature.",
        discussion: """
            With --key FILE (an Ed25519 private key made by 'openssl genpkey -algorithm ed25519 -out FILE' and 'chmod 600 FILE'): \
            computes the RFC 6962 root of every event, signs it as a C2SP checkpoint (a signed note: origin, size, root) and \
            stores it as checkpoints/checkpoint-<size>.note, never replacing a file. Prints the signed checkpoint and the log's \
            verifier key, which witnesses and customers need. The first checkpoint needs --origin NAME (the log's name, e.g. \
            council.example/caseledger) and records it with the key; later checkpoints must use the same origin and key unless \
            --rotate-key is given. Refused, writing nothing: an empty ledger; a ledger holding fewer events than the last \
            checkpoint; a ledger that does not verify; events that no longer give the last checkpoint's root (a rewritten \
            history); a key file others may read.

            With --add-cosignature FILE --witness-key KEY: stores a witness's cosigned checkpoint (written by 'caseledger-audit \
            witness --out FILE') beside the checkpoint, after checking the log's signature and the witness's cosignature \
            (KEY: the witness's verifier key string, or a file holding it).
            """,
        options: [CaseledgerCommand.ledgerOption, key, origin, addCosignature, witnessKey],
        flags: [rotateKey])

    static let key = OptionSpec("key", valueName: "FILE", help: "The log's Ed25519 private key (PEM, mode 600): sign the ledger's head.")
    static let origin = OptionSpec(
        "origin", valueName: "NAME", help: "The log's name (first checkpoint; later ones must give the same or none), e.g. council.example/caseledger.")
    static let addCosignature = OptionSpec("add-cosignature", valueName: "FILE", help: "Store the witness's cosigned checkpoint FILE beside the checkpoint.")
    static let witnessKey = OptionSpec("witness-key", valueName: "KEY", help: "With --add-cosignature: the witness's verifier key string, or a file holding it.")
    static let rotateKey = FlagSpec("rotate-key", help: "Make --key the log's key from this checkpoint on (tell every witness the new key).")

    /// The options of `checkpoint`.
    struct Options: CommandOptions {
        var ledger: String
        var key: String?
        var origin: String?
        var rotateKey: Bool
        var cosigned: String?
        var witnessKey: String?

        init(_ a: ParsedArguments) throws(UsageError) {
            ledger = try a.requiredOption("ledger")
            key = a.option("key")
            origin = a.option("origin")
            rotateKey = a.flag("rotate-key")
            cosigned = a.option("add-cosignature")
            witnessKey = a.option("witness-key")
        }

        func validate() throws(ValidationError) {
            if cosigned != nil {
                guard key == nil, origin == nil, !rotateKey else { throw ValidationError("--add-cosignature takes only --witness-key: not --key, --origin or --rotate-key") }
                guard witnessKey != nil else { throw ValidationError("--add-cosignature needs --witness-key KEY (the witness's verifier key)") }
            } else {
                guard key != nil else { throw ValidationError("give --key FILE to sign a checkpoint, or --add-cosignature FILE --witness-key KEY") }
                guard witnessKey == nil else { throw ValidationError("--witness-key goes with --add-cosignature") }
            }
        }
    }

    static func run(_ o: Options) throws {
        let log = CheckpointLog(ledger: o.ledger)
        if let cosigned = o.cosigned, let witnessKey = o.witnessKey {
            let witness = try KeyArguments.witnessKey(witnessKey)
            _ = try Ledger.open(at: o.ledger, mode: .readOnly)  // a ledger, or a clear error
            let bytes: [UInt8]
            do { bytes = try FileAccess.read(cosigned) } catch { throw TransparencyError.fileUnreadable(path: cosigned, reason: error.reason) }
            switch try log.addCosignature(bytes, witness: witness) {
            case .stored(let size):
                try StandardStreams.output.writeLine("stored the cosignature by \(witness.name) of the checkpoint of size \(size)")
            case .alreadyStored(let size):
                try StandardStreams.output.writeLine("a cosignature by \(witness.name) of the checkpoint of size \(size) was stored already (kept as it was)")
            }
            return
        }
        guard let keyFile = o.key else { return }
        let privateKey = try KeyArguments.privateKey(pemFile: keyFile)
        let ledger = try Ledger.open(at: o.ledger, mode: .readOnly)
        // A checkpoint vouches for every event it covers: sign only a ledger that verifies in
        // full (opened first, so verification covers at least the head that is signed).
        let report = try Verifier.verify(ledgerAt: o.ledger)
        if let fault = report.fault { throw LedgerError.damaged(at: fault.position, reason: fault.reason) }
        let recorded = try log.currentLogKey()
        guard let origin = o.origin ?? recorded?.name else { throw TransparencyError.originNeeded }
        let signer: NoteSigner
        do { signer = try NoteSigner(name: origin, privateKey: privateKey) } catch { throw TransparencyError.note(error) }
        let signed = try log.sign(ledger, signer: signer, rotateKey: o.rotateKey)
        try StandardStreams.output.write(signed.note.serialized)
        try StandardStreams.output.writeLine("")
        try StandardStreams.output.writeLine("log key: \(signer.verifier.verifierKey)")
        let file = CheckpointFiles.directoryName + "/" + CheckpointFiles.Kind.checkpoint(size: signed.checkpoint.size).fileName
        try StandardStreams.output.writeLine(signed.written ? "stored: \(file)" : "already stored: \(file) (no events since)")
        if signed.keyRecorded && recorded != nil {
            try StandardStreams.output.writeLine("the log's key changed from this checkpoint on: give every witness the new log key")
        }
    }
}
