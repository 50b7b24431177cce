import LedgerSigning
import LedgerStore

/// Reads an evidence folder's files for `EvidenceCheck` (the executable reads the disk; tests may
/// hold the files in memory).
public protocol EvidenceSource {
    /// The folder, as given: messages name files inside it.
    var folder: String { get }
    /// The bytes of the regular file at `relativePath`, or nil when there is none (or it is not
    /// a regular file). Throws `EvidenceError` when it exists but cannot be read.
    func read(_ relativePath: String) throws(EvidenceError) -> [UInt8]?
    /// The names in the directory at `relativePath`, or nil when there is no such directory.
    func list(_ relativePath: String) throws(EvidenceError) -> [String]?
}

/// What a check proved, for its report.
public struct EvidenceVerified: Hashable, Sendable {
    /// The case (the events' stream).
    public let caseId: String
    /// The seqs of the events proven, ascending.
    public let seqs: [Int64]
    /// The checkpoint they are proven against, signed by the log key.
    public let checkpoint: Checkpoint
    /// The log key that signed it.
    public let logKey: NoteVerifier
    /// The witnesses whose cosignatures verified, in the order their keys were given, with each
    /// cosignature's time (seconds since 1970).
    public let witnesses: [(name: String, time: UInt64)]
    /// Whether any witness key was given.
    public let witnessKeysGiven: Bool
    // issue 17: copy17 — the provable customer copy
    /// For a customer's copy (`disclosed.jsonl`): each event with parts withheld, by seq, with
    /// their pointers ("" for a whole payload); nil for a copy of whole lines (`events.jsonl`).
    public var withheld: [(seq: Int64, pointers: [String])]? = nil
    /// The parts erased before the copy was made, by seq (either kind of copy).
    public var erased: [(seq: Int64, pointers: [String])] = []

    /// The report, one sentence a line: what `tools/check-evidence.py` prints, byte for byte.
    public var lines: [String] {
        var out = [
            "Evidence verified: \(seqs.count) event\(seqs.count == 1 ? "" : "s") of \(caseId) (seq \(seqs.map(String.init).joined(separator: ", "))) "
                + "\(seqs.count == 1 ? "is" : "are") in the log \(checkpoint.origin).",
            "Checkpoint: size \(checkpoint.size), root \(Base64.encode(checkpoint.rootHash)), signed by the log key \(logKey.name)+\(EvidenceCheck.hex(logKey.keyID)).",
        ]
        for witness in witnesses {
            out.append("Cosigned by the witness \(witness.name) at \(EvidenceCheck.utc(seconds: witness.time)).")
        }
        if !witnessKeysGiven {
            out.append("No witness key was given: only the council's own signature was checked, which does not show that the history was not rewritten.")
        }
        if let withheld {
            out.append(
                withheld.isEmpty
                    ? "Customer's copy: every part of every event is disclosed and proven."
                    : "Customer's copy: every disclosed part is proven; withheld, each given only by its digest with the reason: "
                        + Self.listing(withheld) + ".")
        }
        if !erased.isEmpty { out.append("Erased before this copy was made, each given only by its digest: " + Self.listing(erased) + ".") }
        return out
    }

    /// "seq 5 /notes/1; seq 7 the whole payload".
    static func listing(_ items: [(seq: Int64, pointers: [String])]) -> String {
        items.map { item in "seq \(item.seq) " + item.pointers.map { $0.isEmpty ? "the whole payload" : $0 }.joined(separator: ", ") }
            .joined(separator: "; ")
    }

    /// Every member but the witnesses' tuples compared as values.
    public static func == (a: EvidenceVerified, b: EvidenceVerified) -> Bool {
        a.caseId == b.caseId && a.seqs == b.seqs && a.checkpoint == b.checkpoint && a.logKey == b.logKey
            && a.witnesses.map(\.name) == b.witnesses.map(\.name) && a.witnesses.map(\.time) == b.witnesses.map(\.time)
            && a.witnessKeysGiven == b.witnessKeysGiven && a.withheld?.map(\.seq) == b.withheld?.map(\.seq)
            && a.withheld?.map(\.pointers) == b.withheld?.map(\.pointers) && a.erased.map(\.seq) == b.erased.map(\.seq)
            && a.erased.map(\.pointers) == b.erased.map(\.pointers)
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(caseId)
        hasher.combine(seqs)
        hasher.combine(checkpoint)
        for witness in witnesses {
            hasher.combine(witness.name)
            hasher.combine(witness.time)
        }
    }
}

// Keeps events/INVARIANTS.md rule 30: evidence is checked against keys given by the reader, never
// against keys that came with it, and every step of c2sp.org/tlog-proof is checked.
/// Checks an evidence folder without the ledger, exactly as `tools/check-evidence.py` does and in
/// the same order, so that both stop at the same fault with the same code:
///
/// 1. each line of `events.jsonl` is a ledger line (events/FORMAT.md rules 1–4: canonical, its hash
///    is SHA-256 of its header, its payload matches its digest) with its payload present — or, in a
///    customer's copy, each line of `disclosed.jsonl` proves its event (`DisclosedLine.check`); all
///    of one stream, in increasing seq;
/// 2. each event has `proofs/seq-<seq>.tlog-proof`, whose index is seq − 1, and nothing else is in `proofs/`;
/// 3. every proof carries the same checkpoint; it is signed by the log key (signatures of keys not
///    given are ignored; a bad signature by a given key rejects it); its origin is the log's;
/// 4. each given witness's cosignature verifies, and at least the required number are there;
/// 5. each proof leads from its event's leaf, SHA-256(0x00 ‖ the event's hash), to the signed root.
public struct EvidenceCheck {
    /// The log's verifier key, as the council publishes it (type 0x01).
    public let logKey: NoteVerifier
    /// The witnesses' cosignature keys the reader trusts (type 0x04), in the order given.
    public let witnessKeys: [CosignatureVerifier]
    /// The origin the checkpoint must name; nil for the log key's name.
    public let origin: String?
    /// How many of the witnesses must have cosigned; nil for all of them.
    public let minimumWitnesses: Int?

    /// A check with these keys and policy.
    public init(logKey: NoteVerifier, witnessKeys: [CosignatureVerifier], origin: String? = nil, minimumWitnesses: Int? = nil) {
        self.logKey = logKey
        self.witnessKeys = witnessKeys
        self.origin = origin
        self.minimumWitnesses = minimumWitnesses
    }

    /// Checks the folder `source` reads; throws the first fault found.
    public func check(_ source: some EvidenceSource) throws(EvidenceError) -> EvidenceVerified {
        let (caseId, events, disclosedCopy) = try readEvents(source)
        let proofs = try readProofs(source, events: events, linesFile: disclosedCopy ? EvidenceFolder.disclosed : EvidenceFolder.events)
        let note = proofs[0].proof.checkpoint
        let (checkpoint, witnesses) = try checkCheckpoint(note)
        for item in proofs {
            let seq = item.event.seq
            guard seq <= checkpoint.size else {
                throw EvidenceError(code: "evidence-beyond-checkpoint", message: "seq \(seq) is not in the checkpoint, which covers seqs 1 to \(checkpoint.size)")
            }
            let hashes = item.proof.hashes.map { SHA256Digest(bytes: $0)! }
            let inclusion = MerkleInclusionProof(leafIndex: seq - 1, treeSize: checkpoint.size, hashes: hashes)
            let root = SHA256Digest(bytes: checkpoint.rootHash)!
            do throws(MerkleError) {
                try inclusion.verify(leafHash: MerkleHash.leaf(eventHash: item.event.hash), root: root)
            } catch {
                throw EvidenceError(
                    code: "evidence-inclusion-failed",
                    message: "\(item.path) does not lead from seq \(seq) to the signed root of the checkpoint at size \(checkpoint.size): "
                        + "the event is not the one the council's signed log holds at seq \(seq)")
            }
        }
        var verified = EvidenceVerified(
            caseId: caseId, seqs: events.map(\.seq), checkpoint: checkpoint, logKey: logKey, witnesses: witnesses,
            witnessKeysGiven: !witnessKeys.isEmpty)
        if disclosedCopy { verified.withheld = events.filter { !$0.withheld.isEmpty }.map { ($0.seq, $0.withheld) } }
        verified.erased = events.filter { !$0.erased.isEmpty }.map { ($0.seq, $0.erased) }
        return verified
    }

    /// One event of the folder as step 1 read it.
    struct EvidenceEvent {
        let seq: Int64
        let stream: String
        let hash: SHA256Digest
        /// The pointers withheld (a customer's copy), in code point order.
        let withheld: [String]
        /// The pointers erased, in code point order.
        let erased: [String]
    }

    /// Step 1: the events, each line checked on its own: `events.jsonl` (whole lines), or, in a
    /// customer's copy, `disclosed.jsonl` (lines disclosed part by part, `DisclosedLine`); never both.
    private func readEvents(_ source: some EvidenceSource) throws(EvidenceError) -> (String, [EvidenceEvent], Bool) {
        let disclosedData = try source.read(EvidenceFolder.disclosed)
        let wholeData = try source.read(EvidenceFolder.events)
        let disclosedCopy = disclosedData != nil
        if disclosedCopy && wholeData != nil {
            throw EvidenceError(
                code: "evidence-events-malformed",
                message: "\(source.folder) holds both \(EvidenceFolder.events) and \(EvidenceFolder.disclosed): a folder is one copy, whole or disclosed in part")
        }
        let name = disclosedCopy ? EvidenceFolder.disclosed : EvidenceFolder.events
        let path = EvidenceFolder.join(source.folder, name)
        guard let data = disclosedData ?? wholeData else { throw .fileMissing(EvidenceFolder.join(source.folder, EvidenceFolder.events), holding: "the case's ledger lines") }
        guard !data.isEmpty, data.last == 0x0A else {
            throw EvidenceError(code: "evidence-events-malformed", message: "\(path) is empty or its last line has no newline")
        }
        var events: [EvidenceEvent] = []
        var stream: String? = nil
        for (offset, raw) in data.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let event: EvidenceEvent
            if disclosedCopy {
                switch DisclosedLine.check(Array(raw)) {
                case .success(let c):
                    event = EvidenceEvent(seq: c.header.seq, stream: c.header.stream, hash: c.header.hash, withheld: c.withheld, erased: c.erased)
                case .failure(let error):
                    throw EvidenceError(code: "evidence-line-invalid", message: "\(path) line \(number) does not prove the event it claims to: \(error.reason)")
                }
            } else {
                let stored: StoredEvent
                do throws(StoredLineFault) { stored = try StoredLine(checking: Array(raw)).event } catch {
                    throw EvidenceError(code: "evidence-line-invalid", message: "\(path) line \(number) is not the ledger line it claims to be: \(error.reason)")
                }
                guard stored.payload != nil else {
                    throw EvidenceError(
                        code: "evidence-line-invalid",
                        message: "\(path) line \(number) is not the ledger line it claims to be: its payload is null, not an object: the format has no "
                            + "erasure, so the payload was removed after it was written")
                }
                event = EvidenceEvent(seq: stored.seq, stream: stored.stream, hash: stored.hash, withheld: [], erased: stored.erasedParts.sorted(by: EvidenceFolder.precedes))
            }
            if let stream, event.stream != stream {
                throw EvidenceError(
                    code: "evidence-events-malformed",
                    message: "\(path) line \(number) (seq \(event.seq)) is of \(event.stream), not \(stream): the lines are of more than one case")
            }
            stream = event.stream
            if let last = events.last, event.seq <= last.seq {
                throw EvidenceError(
                    code: "evidence-events-malformed",
                    message: "\(path) line \(number) has seq \(event.seq), not after seq \(last.seq): the lines are out of order or repeated")
            }
            events.append(event)
        }
        return (stream!, events, disclosedCopy)
    }

    /// Step 2: one proof per event, made for that event's index, all carrying one checkpoint.
    /// `linesFile` names the file the events came from, for the reader.
    private func readProofs(_ source: some EvidenceSource, events: [EvidenceEvent], linesFile: String) throws(EvidenceError) -> [(event: EvidenceEvent, proof: TlogProof, path: String)] {
        let directory = EvidenceFolder.join(source.folder, EvidenceFolder.proofs)
        guard let names = try source.list(EvidenceFolder.proofs) else {
            throw EvidenceError(code: "evidence-file-missing", message: "\(directory) is missing: the evidence folder should hold a proof for each event")
        }
        let wanted = Set(events.map(\.seq))
        for name in names.sorted(by: { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }) {
            guard let seq = EvidenceFolder.seq(ofProofName: name), wanted.contains(seq) else {
                throw EvidenceError(
                    code: "evidence-proof-unexpected",
                    message: "\(EvidenceFolder.join(directory, name)) is not the proof of an event in \(linesFile): the folder was changed or mixed with another")
            }
        }
        var out: [(event: EvidenceEvent, proof: TlogProof, path: String)] = []
        for event in events {
            let name = EvidenceFolder.proofName(seq: event.seq)
            let path = EvidenceFolder.join(directory, name)
            guard let bytes = try source.read(EvidenceFolder.proofs + "/" + name) else {
                throw .fileMissing(path, holding: "the proof of seq \(event.seq)")
            }
            let proof: TlogProof
            do throws(TlogProofError) { proof = try TlogProof(parsing: bytes) } catch {
                throw EvidenceError(code: "evidence-proof-malformed", message: "\(path) is not a tlog-proof: \(error.message)")
            }
            guard proof.index == event.seq - 1 else {
                throw EvidenceError(
                    code: "evidence-proof-index",
                    message: "\(path) is the proof of index \(proof.index) (seq \(proof.index + 1)), not of seq \(event.seq) (index \(event.seq - 1)): "
                        + "a proof holds only for the event it was made for")
            }
            if let first = out.first, first.proof.checkpoint != proof.checkpoint {
                throw EvidenceError(
                    code: "evidence-checkpoints-differ",
                    message: "\(path) carries another checkpoint than the proof of seq \(first.event.seq): every proof must carry the same one")
            }
            out.append((event, proof, path))
        }
        return out
    }

    /// Steps 3 and 4: the checkpoint's signatures (c2sp.org/signed-note, tlog-cosignature).
    private func checkCheckpoint(_ note: SignedNote) throws(EvidenceError) -> (Checkpoint, [(name: String, time: UInt64)]) {
        let verified: VerifiedNote
        do throws(NoteError) {
            verified = try note.verify(try NoteVerifiers([logKey] + witnessKeys.map { $0 as any NoteSignatureVerifier }))
        } catch {
            switch error {
            case .invalidSignature(let name, let keyID):
                let whose = name == logKey.name && keyID == logKey.keyID ? "the log key" : "the witness key"
                throw EvidenceError(
                    code: "evidence-signature-invalid",
                    message: "the signature on the checkpoint by \(whose) \(name) (key \(Self.hex(keyID))) does not verify: the checkpoint was altered "
                        + "after it was signed, or signed with another key; the whole checkpoint is rejected — c2sp.org/signed-note")
            case .noKnownSignature:
                throw unsigned(note)
            default:
                throw EvidenceError(code: "evidence-checkpoint-malformed", message: error.message)
            }
        }
        guard verified.isSigned(by: logKey) else { throw unsigned(note) }
        let checkpoint = try! Checkpoint(text: note.text)  // TlogProof checked it when it was read
        let expected = origin ?? logKey.name
        guard checkpoint.origin == expected else {
            throw EvidenceError(
                code: "evidence-checkpoint-origin",
                message: "the checkpoint is for the log '\(checkpoint.origin)', not '\(expected)': it belongs to another log — c2sp.org/tlog-checkpoint")
        }
        var cosigned: [(name: String, time: UInt64)] = []
        var missing: [String] = []
        for key in witnessKeys {
            if let time = key.time(in: verified) { cosigned.append((key.name, time)) } else { missing.append(key.name) }
        }
        let required = minimumWitnesses ?? witnessKeys.count
        guard cosigned.count >= required else {
            throw EvidenceError(
                code: "evidence-witness-missing",
                message: "the checkpoint is cosigned by \(cosigned.count) of the \(witnessKeys.count) witness\(witnessKeys.count == 1 ? "" : "es") given, "
                    + "\(required) required; not cosigned by \(missing.joined(separator: ", ")): no witness vouches that this is the history it saw, "
                    + "so it could have been rewritten — c2sp.org/tlog-cosignature")
        }
        return (checkpoint, cosigned)
    }

    private func unsigned(_ note: SignedNote) -> EvidenceError {
        var signers: [String] = []
        for signature in note.signatures where !signers.contains(signature.name) { signers.append(signature.name) }
        return EvidenceError(
            code: "evidence-checkpoint-unsigned",
            message: "the checkpoint carries no valid signature by the log key \(logKey.name) (it is signed by \(signers.joined(separator: ", "))): "
                + "nothing it states can be relied on; check that you were given the council's published log key")
    }

    /// A key ID as eight lowercase hexadecimal digits.
    static func hex(_ keyID: UInt32) -> String {
        let digits = String(keyID, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for POSIX seconds.
    static func utc(seconds: UInt64) -> String {
        guard seconds <= 253_402_300_799 else { return "\(seconds) seconds after 1970" }
        let s = Int64(seconds)
        let (year, month, day) = Timestamp.civilFromDays(s / 86_400)
        let time = s % 86_400
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
    }
}
