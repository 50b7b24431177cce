import CaseAudit
import CLIKit
import LedgerSigning

extension EvidenceError: ReportableError {}

/// `caseledger-audit check-evidence DIR --log-key … --witness-key …`: checks an evidence folder
/// without the ledger, exactly as `tools/check-evidence.py` does.
enum CheckEvidenceCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "check-evidence", abstract: "Check an evidence folder (written by 'trail --evidence') without the ledger.",
        discussion: """
            Checks, in this order, exactly what tools/check-evidence.py checks: each line of events.jsonl is a ledger line \
            whose hash is SHA-256 of its header and whose payload matches its digest; each event has its proof \
            (proofs/seq-N.tlog-proof, c2sp.org/tlog-proof@v1) made for its index; the checkpoint the proofs carry is signed \
            by --log-key (a signature by a key not given is ignored, a bad one by a given key rejects it) and is for that log; \
            each --witness-key's cosignature on it verifies (all of them, or --min-witnesses of them); and each proof leads \
            from its event to the signed root. Exit 0 printing what was proven; exit 3 with the first thing that does not hold.

            A customer's copy holds disclosed.jsonl instead of events.jsonl: each line's disclosed parts are digested again \
            and, with the withheld and erased parts' digests, must give the header's payload digest; the report lists what \
            was withheld and erased (events/FORMAT.md, "A copy that discloses in part").

            Give the keys as verifier key strings (name+keyid+base64) from the council's and the witnesses' own publications, \
            never from the evidence folder: keys that came with the evidence prove nothing.
            """,
        arguments: [ArgumentSpec("folder", help: "The evidence folder.")],
        options: [
            OptionSpec("log-key", valueName: "VKEY", help: "The council's published log key (type 0x01 verifier key string).", isRequired: true),
            OptionSpec(
                "witness-key", valueName: "VKEY", help: "A witness's published cosignature key (type 0x04 verifier key string); repeat for each.",
                isRepeatable: true),
            OptionSpec("origin", valueName: "NAME", help: "The log the checkpoint must be for (default: the log key's name)."),
            OptionSpec("min-witnesses", valueName: "K", help: "How many of the witnesses given must have cosigned (default: all)."),
        ])

    /// The options of `check-evidence`.
    struct Options: CommandOptions {
        var folder: String
        var check: EvidenceCheck

        init(_ a: ParsedArguments) throws(UsageError) {
            folder = a.positional("folder")!
            let logText = try a.requiredOption("log-key")
            let logKey: NoteVerifier
            do { logKey = try NoteVerifier(verifierKey: logText) } catch { throw a.usageError("--log-key: \(error.message)") }
            var witnesses: [CosignatureVerifier] = []
            for text in a.options("witness-key") {
                let key: CosignatureVerifier
                do { key = try CosignatureVerifier(verifierKey: text) } catch { throw a.usageError("--witness-key: \(error.message)") }
                guard !witnesses.contains(where: { $0.name == key.name }) else {
                    throw a.usageError("--witness-key \(text): the witness \(key.name) is given twice")
                }
                witnesses.append(key)
            }
            let minimum = try a.integer("min-witnesses")
            if let minimum {
                guard minimum >= 0 else { throw a.usageError("--min-witnesses \(minimum): give a whole number") }
                guard minimum <= witnesses.count else {
                    throw a.usageError("--min-witnesses \(minimum): only \(witnesses.count) witness key\(witnesses.count == 1 ? "" : "s") given")
                }
            }
            check = EvidenceCheck(logKey: logKey, witnessKeys: witnesses, origin: a.option("origin"), minimumWitnesses: minimum)
        }
    }

    static func run(_ o: Options) throws {
        let verified = try o.check.check(EvidenceOnDisk(folder: o.folder))
        try StandardStreams.output.write(verified.lines.map { $0 + "\n" }.joined())
    }
}
