/// An offline-verifiable proof that an entry is in a transparency log (c2sp.org/tlog-proof@v1):
/// the entry's index, the RFC 6962 inclusion proof of its leaf in the checkpointed tree, and the
/// log's signed checkpoint with any witnesses' cosignatures, verbatim.
///
/// ```
/// c2sp.org/tlog-proof@v1
/// [extra <base64>]
/// index <decimal>
/// <base64 hash>…          (zero or more, the leaf's sibling first, up to the root's child)
/// <empty line>
/// <the signed checkpoint note>
/// ```
///
/// This type reads and writes the format only. What makes a proof worth anything is checked
/// elsewhere, in the specification's order: the leaf hash computed from the entry itself, the
/// checkpoint's signature by the log's key, the cosignatures of the witnesses the reader trusts,
/// and the inclusion proof from that leaf to the signed root.
public struct TlogProof: Hashable, Sendable, CustomStringConvertible {
    /// The first line of every proof.
    public static let header = "c2sp.org/tlog-proof@v1"
    /// The file extension the specification asks proofs to be stored with (without the dot).
    public static let fileExtension = "tlog-proof"
    /// The size of each inclusion proof hash: SHA-256.
    public static let hashSize = 32

    /// Opaque data that is not authenticated (nil when the proof has no `extra` line).
    public let extra: [UInt8]?
    /// The entry's zero-based index in the log (for a caseledger ledger: seq − 1).
    public let index: Int64
    /// The inclusion proof's hashes, 32 bytes each, from the leaf's sibling up to the root's child.
    public let hashes: [[UInt8]]
    /// The log's checkpoint as a signed note, with every signature it carries (the log's, and
    /// witnesses' cosignatures).
    public let checkpoint: SignedNote

    /// A proof to write. The index must not be negative and every hash must be 32 bytes; the
    /// checkpoint note's text must be a checkpoint (c2sp.org/tlog-checkpoint).
    public init(extra: [UInt8]? = nil, index: Int64, hashes: [[UInt8]], checkpoint: SignedNote) throws(TlogProofError) {
        guard index >= 0 else { throw .malformed(reason: "the index \(index) is negative") }
        if let bad = hashes.firstIndex(where: { $0.count != Self.hashSize }) {
            throw .malformed(reason: "hash \(bad + 1) of the inclusion proof is \(hashes[bad].count) bytes, not the 32 of SHA-256")
        }
        do { _ = try Checkpoint(text: checkpoint.text) } catch { throw .checkpoint(error) }
        self.extra = extra
        self.index = index
        self.hashes = hashes
        self.checkpoint = checkpoint
    }

    /// The checkpoint the note carries (its text, parsed; its signatures are not checked here).
    public var checkpointBody: Checkpoint {
        // `init` and `init(parsing:)` both checked that the text is a checkpoint.
        (try? Checkpoint(text: checkpoint.text))!
    }

    /// Reads a proof, checking its format (c2sp.org/tlog-proof@v1, "Format") and that the note at
    /// its end is a well-formed signed checkpoint; no signature or hash is checked.
    public init(parsing bytes: [UInt8]) throws(TlogProofError) {
        var rest = bytes[...]
        var lineNumber = 0
        /// The next line without its newline; nil at the end of the bytes.
        func nextLine() throws(TlogProofError) -> ArraySlice<UInt8> {
            guard let end = rest.firstIndex(of: 0x0A) else {
                throw .malformed(reason: lineNumber == 0 ? "it is empty or has no newline" : "it ends after line \(lineNumber), before the checkpoint")
            }
            lineNumber += 1
            let line = rest[rest.startIndex..<end]
            rest = rest[(end + 1)...]
            return line
        }
        guard try nextLine().elementsEqual(Self.header.utf8) else {
            throw .malformed(reason: "the first line is not '\(Self.header)'")
        }
        var line = try nextLine()
        var extra: [UInt8]? = nil
        let extraPrefix = Array("extra ".utf8)
        if line.starts(with: extraPrefix) {
            guard let decoded = Base64.decode(String(decoding: line.dropFirst(extraPrefix.count), as: UTF8.self)) else {
                throw .malformed(reason: "the extra data on line 2 is not standard base64")
            }
            extra = decoded
            line = try nextLine()
        }
        let indexPrefix = Array("index ".utf8)
        guard line.starts(with: indexPrefix) else {
            throw .malformed(reason: "line \(lineNumber) does not start with 'index ' followed by the entry's index")
        }
        let digits = line.dropFirst(indexPrefix.count)
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              digits.count == 1 || digits.first != UInt8(ascii: "0") else {
            throw .malformed(reason: "the index '\(String(decoding: digits, as: UTF8.self))' is not a decimal number without leading zeros")
        }
        guard let index = Int64(String(decoding: digits, as: UTF8.self)) else {
            throw .malformed(reason: "the index \(String(decoding: digits, as: UTF8.self)) is larger than any log can hold")
        }
        var hashes: [[UInt8]] = []
        while true {
            let hashLine = try nextLine()
            if hashLine.isEmpty { break }
            guard let hash = Base64.decode(String(decoding: hashLine, as: UTF8.self)), hash.count == Self.hashSize else {
                throw .malformed(reason: "line \(lineNumber) is not the standard base64 of a 32-byte hash")
            }
            hashes.append(hash)
        }
        let note: SignedNote
        do {
            note = try SignedNote(parsing: Array(rest))
            _ = try Checkpoint(text: note.text)
        } catch {
            throw .checkpoint(error)
        }
        try self.init(extra: extra, index: index, hashes: hashes, checkpoint: note)
    }

    /// The proof as it is written, byte for byte.
    public var serialized: String {
        var out = Self.header + "\n"
        if let extra { out += "extra " + Base64.encode(extra) + "\n" }
        out += "index \(index)\n"
        for hash in hashes { out += Base64.encode(hash) + "\n" }
        return out + "\n" + checkpoint.serialized
    }

    /// The proof's bytes, as `serialized` writes them.
    public var bytes: [UInt8] { Array(serialized.utf8) }

    /// The serialized proof.
    public var description: String { serialized }
}

/// Why a tlog-proof was refused as malformed. Each case has a stable `code` and a one-line
/// `message` ending with the specification it applies.
public enum TlogProofError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The proof's own lines break c2sp.org/tlog-proof@v1 (`reason` says where and how).
    case malformed(reason: String)
    /// The note at its end is not a well-formed signed checkpoint.
    case checkpoint(NoteError)

    /// A short stable identifier of the kind of failure.
    public var code: String {
        switch self {
        case .malformed: return "tlog-proof-malformed"
        case .checkpoint(let error): return error.code
        }
    }

    /// One line for the person who must act on it.
    public var message: String {
        switch self {
        case .malformed(let reason): return "the proof is malformed: \(reason) — c2sp.org/tlog-proof"
        case .checkpoint(let error): return "the proof's checkpoint: \(error.message)"
        }
    }

    /// The code and the message.
    public var description: String { "\(code): \(message)" }
}
