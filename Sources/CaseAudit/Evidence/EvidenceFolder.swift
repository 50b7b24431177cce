import LedgerSigning

/// The files of an evidence folder (`caseledger-audit trail CASE --evidence DIR`), which
/// `check-evidence` and `tools/check-evidence.py` read:
///
/// | file | holds |
/// |---|---|
/// | `events.jsonl` | the case's ledger lines, exactly as stored, in seq order (the staff copy) |
/// | `disclosed.jsonl` | in the customer's copy, in place of `events.jsonl`: each event's header and hash with its payload disclosed part by part, withheld parts by digest with the reason (`DisclosedLine`) |
/// | `proofs/seq-<seq>.tlog-proof` | for each event, its inclusion proof (c2sp.org/tlog-proof@v1, index seq − 1) against the checkpoint, which it carries with its cosignatures |
/// | `keys.txt` | the log's and the witnesses' verifier keys as the ledger stores them (for comparison only: never trusted by a checker) |
/// | `trail.<ext>` | the decision trail the evidence supports |
/// | `README.txt` | what this is and how to check it, in plain English |
public enum EvidenceFolder {
    /// The case's ledger lines.
    public static let events = "events.jsonl"
    // issue 17: copy17 — the provable customer copy
    /// The customer's copy's events, disclosed part by part (`DisclosedLine`).
    public static let disclosed = "disclosed.jsonl"
    /// The directory of proofs.
    public static let proofs = "proofs"
    /// The keys as the ledger stores them.
    public static let keys = "keys.txt"
    /// The note for the recipient.
    public static let readme = "README.txt"

    /// The trail file's name for a report `format`: `trail.txt`, `trail.md`, `trail.html`, `trail.json` or `trail.csv`.
    public static func trailName(format: ReportFormat) -> String { "trail." + (format == .text ? "txt" : format.rawValue) }

    /// The proof file's name for the event with `seq` (`seq-42.tlog-proof`).
    public static func proofName(seq: Int64) -> String { "seq-\(seq).\(TlogProof.fileExtension)" }

    /// The seq a proof file's name is for: `seq-` then a decimal without leading zeros then
    /// `.tlog-proof`; nil for any other name.
    public static func seq(ofProofName name: String) -> Int64? {
        let suffix = "." + TlogProof.fileExtension
        guard name.hasPrefix("seq-"), name.hasSuffix(suffix) else { return nil }
        let digits = name.dropFirst(4).dropLast(suffix.count)
        guard let first = digits.first, first != "0", digits.allSatisfy({ $0 >= "0" && $0 <= "9" }) else { return nil }
        return Int64(digits)
    }

    /// `folder/name`, as Python's `os.path.join` writes it (messages name files the same way in both checkers).
    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty || folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Whether `a` comes before `b` by Unicode code points (the order Python's `sorted` gives, so
    /// both checkers list pointers and names alike).
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.map(\.value).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
    }
}
