import CaseAudit
import CaseLedger
import CLIKit
import LedgerSigning
import LedgerStore

/// `caseledger-audit verify`: the integrity of the whole ledger.
enum VerifyCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "verify", abstract: "Re-hash every event and check every link of the whole ledger.",
        discussion: """
            Exit 0 with the head seq and hash when the ledger is intact; exit 1 with one line naming the segment, line, seq and \
            reason of the first fault when it is not (with --format json or csv the report on standard output, or -o, says \
            the same: "verified": false and the fault). With --as-known-at, also names the last event recorded by then and its \
            hash, so a report made as known at that time can be tied to the ledger as it stood.

            With --verification-record FILE it also writes what it verified (the head, and every event's place and hash) to \
            FILE, replacing it whole. Keep the file where the ledger's writers cannot change it and make it again regularly \
            (for example nightly): trail, explain, diff and panel-pack given it re-hash only the events they read, matching each \
            against the record, and verify the events recorded since, so a report on one case takes milliseconds however long \
            the ledger is.

            It also recomputes the ledger's RFC 6962 Merkle tree root from the log (the root a signed checkpoint names). With \
            --since CHECKPOINT --log-key KEYFILE it proves the ledger extends that earlier signed checkpoint (a C2SP \
            tlog-checkpoint signed note): the signature must be the log key's, the origin the key's name (or --origin), the \
            ledger's tree at the checkpoint's size must have the checkpoint's root, and a consistency proof from there to the \
            head must verify. With --expect SEQ:HASH (a head printed on an earlier report) the event at SEQ must have HASH. \
            Either may be given several times. Any difference is refused (exit 3) naming both sizes and roots, or hashes: \
            history was rewritten or rolled back since, or it is another ledger.
            """,
        options: [CommonOptions.ledger, CommonOptions.format, CommonOptions.output, CommonOptions.asKnownAt, record, since, logKey, origin, expect],
        flags: [CommonOptions.largePrint])

    // issue 16: tree — consistency on demand.
    static let since = OptionSpec(
        "since", valueName: "CHECKPOINT", help: "A signed checkpoint the ledger must extend (needs --log-key).", isRepeatable: true)
    static let logKey = OptionSpec(
        "log-key", valueName: "KEYFILE",
        help: "The log's public key, for --since: a verifier key line (name+id+base64, as published) or a PEM public key "
            + "(openssl pkey -pubout; then --origin names the log).")
    static let origin = OptionSpec(
        "origin", valueName: "NAME", help: "The log's name (the checkpoint's first line), for --since: by default the verifier key's name.")
    static let expect = OptionSpec(
        "expect", valueName: "SEQ:HASH", help: "A head printed on an earlier report: the event at SEQ must have HASH.",
        isRepeatable: true)

    static let record = OptionSpec(
        "verification-record", valueName: "FILE",
        help: "When the ledger is intact, also write a verification record to FILE (outside the ledger): reports given it with "
            + "--verification-record check what they read against it instead of verifying the whole ledger again.")

    /// The options of `verify`.
    struct Options: CommandOptions {
        /// Ledger, format and output.
        var target: ReportTarget
        /// The time whose last event to name.
        var asKnownAt: Timestamp?
        /// Where to write a verification record, when asked.
        var writeRecord: String?
        /// Signed checkpoints the ledger must extend.
        var since: [String]
        /// The log's key file, for `since`.
        var logKey: String?
        /// The log's name, for `since`.
        var origin: String?
        /// Heads printed on earlier reports: (seq, hash).
        var expect: [(seq: Int64, hash: SHA256Digest)]

        /// Reads the options.
        init(_ a: ParsedArguments) throws(UsageError) {
            target = try ReportTarget(a)
            asKnownAt = try CommonOptions.time(a, "as-known-at")
            writeRecord = a.option("verification-record")
            since = a.options("since")
            logKey = a.option("log-key")
            origin = a.option("origin")
            expect = try a.options("expect").map { text throws(UsageError) in
                let parts = text.split(separator: ":", omittingEmptySubsequences: false)
                guard parts.count == 2, let seq = Int64(parts[0]), seq >= 1, let hash = SHA256Digest(hex: parts[1]) else {
                    throw a.usageError("--expect \(text) is not SEQ:HASH (a seq from 1 and 64 lowercase hex digits, as a report prints its head)")
                }
                return (seq, hash)
            }
        }

        /// Neither the report nor the record written inside the ledger.
        func validate() throws(ValidationError) {
            try OutsideLedger.check(ledger: target.ledger, writing: ["output": target.output, "verification-record": writeRecord])
            if !since.isEmpty && logKey == nil {
                throw ValidationError("--since needs --log-key KEYFILE: the log's public key, to check the checkpoint's signature")
            }
            if since.isEmpty && (logKey != nil || origin != nil) {
                throw ValidationError("--log-key and --origin are for --since CHECKPOINT: give the checkpoint the ledger must extend")
            }
        }
    }

    static func run(_ o: Options) throws {
        // The checkpoints are opened (signature, origin) before the ledger is read.
        let heads = try keptHeads(o)
        let ledger: AuditLedger
        do {
            ledger = try AuditLedger.open(
                at: o.target.ledger, verification: o.writeRecord.map { .wholeWritingRecord(to: $0) } ?? .whole, request: KeptHead.request(for: heads))
        } catch AuditError.damaged(let fault, let sound, let path) {
            // issue 18: scripts — verify did its job and found damage: the machine formats say so on
            // standard output (or -o) too, and the exit is "found something" (1), not "failed" (3).
            let found = AuditError.damaged(fault: fault, soundEvents: sound, ledgerPath: path)
            let report = DamageFound(ledgerPath: path, fault: fault, soundEvents: sound, message: found.message)
            switch o.target.render.format {
            case .json: try o.target.write(report.json())
            case .csv: try o.target.write(report.csv())
            case .text, .md, .html: break
            }
            throw VerifyFoundDamage(error: found)
        }
        if let known = o.asKnownAt { try ledger.check(known, option: "as-known-at") }
        var integrity = try ledger.integrity(asKnownAt: o.asKnownAt)
        integrity.headsConfirmed = try heads.map { head throws(KeptHeadMismatch) in try head.check(against: ledger.verification!) }
        try o.target.write(AuditReport.verification.render(o.target.render, integrity: integrity))
    }

    /// The heads the ledger must hold: each `--since` checkpoint opened with the log key (its
    /// signature verified, its origin the log's), then each `--expect`.
    static func keptHeads(_ o: Options) throws -> [KeptHead] {
        var heads: [KeptHead] = []
        if let keyFile = o.logKey {
            let verifier = try logVerifier(keyFile, origin: o.origin)
            for path in o.since {
                let bytes: [UInt8]
                do { bytes = try FileAccess.read(path) } catch { throw VerifyFailure(code: "checkpoint-unreadable", message: "could not read the checkpoint \(path): \(error.reason)") }
                let opened = try Checkpoint.open(bytes, logKey: verifier, origin: o.origin ?? verifier.name)
                guard let root = SHA256Digest(bytes: opened.checkpoint.rootHash) else {
                    throw VerifyFailure(code: "checkpoint-root", message: "the checkpoint \(path) has a root of \(opened.checkpoint.rootHash.count) bytes, not 32")
                }
                heads.append(.checkpoint(name: "\(path) (\(opened.checkpoint.origin), signed by \(verifier.name)+\(hex8(verifier.keyID)))", size: opened.checkpoint.size, root: root))
            }
        }
        return heads + o.expect.map { .event(seq: $0.seq, hash: $0.hash) }
    }

    /// The log's verifier: from a verifier key line, or from a PEM public key named `origin`.
    static func logVerifier(_ path: String, origin: String?) throws -> NoteVerifier {
        let bytes: [UInt8]
        do { bytes = try FileAccess.read(path) } catch { throw VerifyFailure(code: "log-key-unreadable", message: "could not read the log key \(path): \(error.reason)") }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("-----BEGIN") {
            guard let origin else {
                throw VerifyFailure(
                    code: "log-key-needs-origin",
                    message: "\(path) is a PEM public key, which carries no log name: give the log's name (the checkpoint's first line) with --origin NAME, or give the log's verifier key line instead")
            }
            return try NoteVerifier(name: origin, publicKey: try Ed25519PublicKey(pem: bytes, source: path))
        }
        let line = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        let verifier = try NoteVerifier(verifierKey: line)
        if let origin, origin != verifier.name {
            throw VerifyFailure(
                code: "log-key-origin", message: "--origin \(origin) is not the name of the log key in \(path) (\(verifier.name)): the checkpoint must be signed by the log it names")
        }
        return verifier
    }

    /// A key ID as 8 hex digits.
    static func hex8(_ id: UInt32) -> String {
        let digits = String(id, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}

/// A checkpoint or key `verify` cannot use.
struct VerifyFailure: ReportableError {
    /// A stable code.
    let code: String
    /// What is wrong and what to do.
    let message: String
}

// issue 18: scripts
/// `verify` found the ledger damaged: its one line on standard error, exit 1 ("found something").
struct VerifyFoundDamage: FindingsReported {
    /// The damage, as every report names it.
    let error: AuditError
    var code: String { error.code }
    var message: String { error.message }
}
