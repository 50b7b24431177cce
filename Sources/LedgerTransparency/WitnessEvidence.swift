import LedgerSigning
import LedgerStore

/// A self-contained record of a log caught misbehaving (or of a checkpoint a witness refused),
/// which anyone holding the log's public key can check without the ledger: the two signed
/// checkpoints and, for an inconsistency, the consistency proof that convicts the later one.
///
/// The text (events/FORMAT.md, "Witness evidence"): header lines `key value`, a blank line, then
/// the signed notes (the witness's earlier checkpoint first, then the refused one). A note's text
/// ends at its blank line, its signature lines are the following lines that begin with an em
/// dash, and the next line that does not begins the next note.
public struct WitnessEvidence: Hashable, Sendable {
    /// What the evidence shows.
    public enum Kind: String, Sendable, CaseIterable {
        /// Two checkpoints of one size with different roots, both signed by the log.
        case fork
        /// A larger checkpoint whose tree does not extend the earlier one: the consistency proof
        /// from the larger tree proves that its first `oldSize` leaves have another root.
        case inconsistent
        /// A checkpoint smaller than the one the witness last cosigned.
        case rollback
        /// A signed checkpoint whose root the ledger's events do not give (checkable against the ledger only).
        case ledgerMismatch = "ledger-mismatch"
        /// A checkpoint whose log signature does not verify.
        case invalidSignature = "invalid-signature"
    }

    /// The first line.
    public static let header = "caseledger-witness-evidence/v1"

    /// What it shows.
    public let kind: Kind
    /// The log's verifier key string the witness used.
    public let logKey: String
    /// The witness's cosignature verifier key string.
    public let witnessKey: String
    /// When the witness refused (POSIX seconds).
    public let time: UInt64
    /// For `inconsistent`: the root of the first `earlier.size` leaves of the later checkpoint's tree.
    public let prefixRoot: [UInt8]?
    /// For `inconsistent`: the consistency proof from that prefix to the later checkpoint.
    public let proof: [[UInt8]]
    /// For `ledgerMismatch`: the root the ledger's events give at the checkpoint's size.
    public let ledgerRoot: [UInt8]?
    /// The checkpoint the witness had cosigned before (nil for `invalidSignature` and a first run).
    public let earlier: SignedNote?
    /// The checkpoint refused.
    public let later: SignedNote

    /// Evidence with these parts.
    public init(kind: Kind, logKey: String, witnessKey: String, time: UInt64, prefixRoot: [UInt8]? = nil, proof: [[UInt8]] = [],
                ledgerRoot: [UInt8]? = nil, earlier: SignedNote?, later: SignedNote) {
        self.kind = kind
        self.logKey = logKey
        self.witnessKey = witnessKey
        self.time = time
        self.prefixRoot = prefixRoot
        self.proof = proof
        self.ledgerRoot = ledgerRoot
        self.earlier = earlier
        self.later = later
    }

    /// The evidence as text.
    public var serialized: String {
        var lines = [Self.header, "kind \(kind.rawValue)", "log \(logKey)", "witness \(witnessKey)", "time \(time)"]
        if let prefixRoot { lines.append("prefix-root \(Base64.encode(prefixRoot))") }
        for hash in proof { lines.append("proof \(Base64.encode(hash))") }
        if let ledgerRoot { lines.append("ledger-root \(Base64.encode(ledgerRoot))") }
        return lines.map { $0 + "\n" }.joined() + "\n" + (earlier?.serialized ?? "") + later.serialized
    }

    /// Reads evidence text.
    public init(parsing bytes: [UInt8]) throws(EvidenceError) {
        guard let text = String(validating: bytes, as: UTF8.self), text.hasSuffix("\n") else { throw .malformed("it is not UTF-8 text ending in a newline") }
        var lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        guard lines.first == Self.header else { throw .malformed("its first line is not \(Self.header)") }
        lines = lines.dropFirst()
        var fields: [(String, String)] = []
        while let line = lines.first, !line.isEmpty {
            guard let space = line.firstIndex(of: " ") else { throw .malformed("the header line '\(line)' has no value") }
            fields.append((String(line[..<space]), String(line[line.index(after: space)...])))
            lines = lines.dropFirst()
        }
        guard lines.first == "" else { throw .malformed("no blank line ends the header") }
        lines = lines.dropFirst()
        func one(_ key: String) throws(EvidenceError) -> String? {
            let found = fields.filter { $0.0 == key }
            guard found.count <= 1 else { throw .malformed("'\(key)' is given \(found.count) times") }
            return found.first?.1
        }
        func hash(_ text: String) throws(EvidenceError) -> [UInt8] {
            guard let bytes = Base64.decode(text), bytes.count == 32 else { throw .malformed("'\(text)' is not the base64 of a 32-byte hash") }
            return bytes
        }
        guard let kindText = try one("kind"), let kind = Kind(rawValue: kindText) else { throw .malformed("it names no known kind") }
        guard let logKey = try one("log"), let witnessKey = try one("witness") else { throw .malformed("it lacks the log's or the witness's key") }
        guard let timeText = try one("time"), let time = UInt64(timeText) else { throw .malformed("it has no time") }
        let known: Set = ["kind", "log", "witness", "time", "prefix-root", "proof", "ledger-root"]
        if let unknown = fields.first(where: { !known.contains($0.0) }) { throw .malformed("the header line '\(unknown.0)' is not known") }
        var proof: [[UInt8]] = []
        for (key, value) in fields where key == "proof" { proof.append(try hash(value)) }
        var notes: [SignedNote] = []
        while !lines.isEmpty {
            var noteLines: [String] = []
            while let line = lines.first, !line.isEmpty { noteLines.append(line); lines = lines.dropFirst() }
            guard lines.first == "" else { throw .malformed("a note has no blank line before its signatures") }
            noteLines.append("")
            lines = lines.dropFirst()
            while let line = lines.first, line.hasPrefix("\u{2014} ") { noteLines.append(line); lines = lines.dropFirst() }
            do { notes.append(try SignedNote(parsing: Array((noteLines.joined(separator: "\n") + "\n").utf8))) } catch {
                throw .malformed("note \(notes.count + 1): \(error.message)")
            }
        }
        let wanted = kind == .invalidSignature || kind == .ledgerMismatch ? 1...2 : 2...2
        guard wanted.contains(notes.count) else { throw .malformed("it holds \(notes.count) signed notes, not \(wanted.lowerBound == wanted.upperBound ? "\(wanted.lowerBound)" : "1 or 2")") }
        self.init(kind: kind, logKey: logKey, witnessKey: witnessKey, time: time, prefixRoot: try one("prefix-root").map { (t) throws(EvidenceError) in try hash(t) },
                  proof: proof, ledgerRoot: try one("ledger-root").map { (t) throws(EvidenceError) in try hash(t) },
                  earlier: notes.count == 2 ? notes[0] : nil, later: notes[notes.count - 1])
    }

    /// What checking the evidence found: `holds` true when it shows what its kind says.
    public struct Finding: Hashable, Sendable {
        /// Whether the evidence shows what its kind says.
        public let holds: Bool
        /// One paragraph for the reader.
        public let summary: String

        /// A finding.
        public init(holds: Bool, summary: String) {
            self.holds = holds
            self.summary = summary
        }
    }

    /// Checks the evidence with the log's key `logKey` (the one the reader trusts, not the one
    /// written in the file): both checkpoints must be signed by it, and then, by kind: equal sizes
    /// with different roots (`fork`); a consistency proof that reproduces the later root from a
    /// prefix root other than the earlier root (`inconsistent`, which proves the later tree does
    /// not extend the earlier one); a smaller later size (`rollback`); a later note that does not
    /// verify (`invalidSignature`). `ledgerMismatch` holds only as far as the signature goes.
    public func check(logKey: NoteVerifier) -> Finding {
        if kind == .invalidSignature {
            do {
                _ = try Checkpoint.open(later.bytes, logKey: logKey)
                return Finding(holds: false, summary: "the checkpoint verifies with \(logKey.name)'s key: the evidence does not hold")
            } catch {
                return Finding(holds: true, summary: "the checkpoint presented as \(logKey.name)'s does not verify with its key (\(error.message)); this shows a bad checkpoint, not a fork")
            }
        }
        let earlierCheckpoint: Checkpoint?
        let laterCheckpoint: Checkpoint
        do {
            earlierCheckpoint = try earlier.map { (note) throws(NoteError) in try Checkpoint.open(note.bytes, logKey: logKey).checkpoint }
            laterCheckpoint = try Checkpoint.open(later.bytes, logKey: logKey).checkpoint
        } catch {
            return Finding(holds: false, summary: "a checkpoint in the evidence is not signed by \(logKey.verifierKey): \(error.message)")
        }
        let name = logKey.name
        switch kind {
        case .fork:
            guard let a = earlierCheckpoint, a.size == laterCheckpoint.size, a.rootHash != laterCheckpoint.rootHash else {
                return Finding(holds: false, summary: "the two checkpoints are not of one size with different roots")
            }
            return Finding(holds: true, summary: "\(name) signed two checkpoints of size \(a.size) with different roots (\(Base64.encode(a.rootHash)) and "
                + "\(Base64.encode(laterCheckpoint.rootHash))): two histories of one log — the log forked")
        case .inconsistent:
            guard let a = earlierCheckpoint, a.size < laterCheckpoint.size, let prefixRoot, prefixRoot != a.rootHash,
                  let prefix = SHA256Digest(bytes: prefixRoot), let newRoot = SHA256Digest(bytes: laterCheckpoint.rootHash) else {
                return Finding(holds: false, summary: "the evidence does not give a prefix root other than the earlier checkpoint's root for a larger later checkpoint")
            }
            var hashes: [SHA256Digest] = []
            for hash in proof { guard let digest = SHA256Digest(bytes: hash) else { return Finding(holds: false, summary: "a proof hash is not 32 bytes") }; hashes.append(digest) }
            do {
                try MerkleConsistencyProof(oldSize: a.size, newSize: laterCheckpoint.size, hashes: hashes).verify(oldRoot: prefix, newRoot: newRoot)
            } catch {
                return Finding(holds: false, summary: "the consistency proof does not verify against the later checkpoint: \(error.message)")
            }
            return Finding(holds: true, summary: "\(name) signed size \(a.size) with root \(Base64.encode(a.rootHash)) and then size \(laterCheckpoint.size), whose first "
                + "\(a.size) events have root \(Base64.encode(prefixRoot)) (the consistency proof in the evidence verifies): the later tree does not extend the earlier one — the log's history was rewritten (a fork)")
        case .rollback:
            guard let a = earlierCheckpoint, laterCheckpoint.size < a.size else { return Finding(holds: false, summary: "the later checkpoint is not smaller than the earlier one") }
            return Finding(holds: true, summary: "the witness had cosigned \(name) at size \(a.size) and was then shown size \(laterCheckpoint.size): a rollback; "
                + "both are signed by the log, which by itself is not a proof of a fork")
        case .ledgerMismatch:
            guard let ledgerRoot else { return Finding(holds: false, summary: "the evidence gives no ledger root") }
            return Finding(holds: true, summary: "\(name) signed size \(laterCheckpoint.size) with root \(Base64.encode(laterCheckpoint.rootHash)), but the ledger the witness read gave "
                + "\(Base64.encode(ledgerRoot)): check against that ledger ('caseledger verify'); the signature alone proves no fork")
        case .invalidSignature:
            return Finding(holds: false, summary: "unreachable")
        }
    }
}

/// Evidence text that cannot be read.
public enum EvidenceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not witness evidence (`reason` says why).
    case malformed(String)

    /// `evidence-malformed`.
    public var code: String { "evidence-malformed" }
    /// One line for the reader.
    public var message: String {
        switch self { case .malformed(let reason): return "the file is not witness evidence (\(WitnessEvidence.header)): \(reason)" }
    }
    /// The code and the message.
    public var description: String { "\(code): \(message)" }
}
