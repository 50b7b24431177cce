import LedgerSigning
import LedgerStore

/// The files of an evidence folder for one case (`EvidenceFolder` lists them), built from the
/// case's stored lines, the log's Merkle tree and the latest signed checkpoint. Writing them is
/// the caller's: this only decides what they hold.
public struct EvidencePackage: Sendable {
    /// Each file's path inside the folder (`proofs/seq-7.tlog-proof`) and its bytes, in the order to write them.
    public let files: [(path: String, bytes: [UInt8])]
    /// The checkpoint the proofs lead to.
    public let checkpoint: Checkpoint
    /// How many events (and so proofs) the folder holds.
    public let events: Int
    /// How many parts the customer's copy withholds (0 for the staff copy).
    public var withheld: Int = 0

    // Keeps events/INVARIANTS.md rule 29: evidence is made only against a signed checkpoint the
    // ledger itself extends, and only for events that checkpoint covers.
    /// The folder's files for `caseId`:
    /// - `lines`: the case's events with their lines as stored, in seq order (not empty);
    /// - `tree`: the log's Merkle tree (at least `checkpoint`'s size);
    /// - `checkpoint`: the latest signed checkpoint, with every cosignature stored for it;
    /// - `logKey`: the log's verifier key string as the ledger stores it, for `keys.txt` and the readme;
    /// - `witnesses`: each cosigner the checkpoint carries, as "name (key ID …)" (the ledger keeps
    ///   their cosignatures, not their keys: a recipient gets each key from the witness);
    /// - `trail`: the trail's file name and bytes;
    /// - `customerCopy`: true for the customer's copy (issue 17): the events go into
    ///   `disclosed.jsonl`, each disclosed part by part (`DisclosedLine`), withholding what
    ///   `CustomerCopyRules` withholds, so no withheld value is anywhere in the folder; false for
    ///   the staff copy, whose `events.jsonl` holds the lines exactly as stored.
    ///
    /// Refuses (`EvidenceError`) when the checkpoint does not cover every event of the case, or
    /// when the ledger's own tree at the checkpoint's size has another root than the one signed —
    /// then the ledger does not extend its own signed history, and that is itself evidence.
    public static func make(
        caseId: String, lines: [StoredLine], tree: any MerkleSubtreeHashes, checkpoint note: SignedNote, logKey: String,
        witnesses: [String], trail: (name: String, bytes: [UInt8]), customerCopy: Bool = false
    ) throws(EvidenceError) -> EvidencePackage {
        let checkpoint: Checkpoint
        do { checkpoint = try Checkpoint(text: note.text) } catch {
            throw EvidenceError(code: "evidence-checkpoint-malformed", message: "the ledger's latest checkpoint cannot be read: \(error.message)")
        }
        guard let last = lines.last else {
            throw EvidenceError(code: "evidence-no-events", message: "case \(caseId) has no events to give evidence of")
        }
        guard last.event.seq <= checkpoint.size else {
            throw EvidenceError(
                code: "evidence-not-covered",
                message: "the latest signed checkpoint covers seqs 1 to \(checkpoint.size), but case \(caseId) has events up to seq \(last.event.seq): "
                    + "sign a new checkpoint ('caseledger checkpoint --key FILE') and have the witnesses cosign it, then make the evidence again")
        }
        let size = checkpoint.size
        let root: SHA256Digest
        do { root = try tree.root(size: size) } catch {
            throw EvidenceError(code: "evidence-tree-unavailable", message: "the ledger's Merkle tree at size \(size) cannot be read: \(error)")
        }
        guard root.bytes == checkpoint.rootHash else {
            throw EvidenceError(
                code: "evidence-ledger-diverges",
                message: "the ledger does not extend its own signed checkpoint: at size \(size) its Merkle root is \(Base64.encode(root.bytes)), "
                    + "but the checkpoint signed as \(checkpoint.origin) says \(Base64.encode(checkpoint.rootHash)). The history up to seq \(size) "
                    + "was changed after it was signed: no evidence is made. Keep a copy of the ledger directory (with checkpoints/) as it is: "
                    + "it is itself evidence")
        }
        var files: [(path: String, bytes: [UInt8])] = []
        files.append((trail.name, trail.bytes))
        var events: [UInt8] = []
        var disclosures: [DisclosedLine.Summary]? = customerCopy ? [] : nil
        for line in lines {
            if customerCopy {
                let (bytes, summary) = try DisclosedLine.make(line)
                events += bytes
                disclosures?.append(summary)
            } else {
                events += line.bytes
            }
            events.append(0x0A)
        }
        files.append((customerCopy ? EvidenceFolder.disclosed : EvidenceFolder.events, events))
        for line in lines {
            let seq = line.event.seq
            let proof: MerkleInclusionProof
            do { proof = try tree.inclusionProof(leafIndex: seq - 1, size: size) } catch {
                throw EvidenceError(code: "evidence-tree-unavailable", message: "the inclusion proof of seq \(seq) cannot be made: \(error)")
            }
            let tlog: TlogProof
            do { tlog = try TlogProof(index: seq - 1, hashes: proof.hashes.map(\.bytes), checkpoint: note) } catch {
                throw EvidenceError(code: "evidence-checkpoint-malformed", message: error.message)
            }
            files.append((EvidenceFolder.proofs + "/" + EvidenceFolder.proofName(seq: seq), tlog.bytes))
        }
        var keys = "# The keys this ledger stores, for comparison only. Check the evidence with the keys the council and each\n"
            + "# witness publish themselves, never with these: see README.txt.\n"
        keys += "log \(logKey)\n"
        for witness in witnesses { keys += "witness \(witness): cosigned the checkpoint; get its key from the witness\n" }
        files.append((EvidenceFolder.keys, Array(keys.utf8)))
        let readme = EvidenceReadme(
            caseId: caseId, events: lines.count, origin: checkpoint.origin, checkpointSize: size, logKey: logKey, witnesses: witnesses,
            trailFile: trail.name, disclosures: disclosures)
        files.append((EvidenceFolder.readme, Array(readme.text.utf8)))
        var package = EvidencePackage(files: files, checkpoint: checkpoint, events: lines.count)
        package.withheld = disclosures?.reduce(0) { $0 + $1.withheld.count } ?? 0
        return package
    }
}
