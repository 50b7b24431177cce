#if canImport(Glibc)
import Glibc
#endif

/// One segment file of the log: its name encodes the seq of its first event.
public struct SegmentFile: Hashable, Sendable {
    /// The seq of the first event in this segment.
    public let firstSeq: Int64
    /// The file name, `segment-` + 16-digit zero-padded first seq + `.jsonl`.
    public var name: String { SegmentFile.name(firstSeq: firstSeq) }

    /// `segment-0000000000000001.jsonl` for first seq 1.
    public static func name(firstSeq: Int64) -> String {
        // Every seq a ledger reaches: the 30 bytes written directly (this runs before every append).
        if nameIsWritten(firstSeq: firstSeq) {
            return String(unsafeUninitializedCapacity: 30) { out in
                writeName(firstSeq: firstSeq, to: UnsafeMutableRawBufferPointer(out))
                return 30
            }
        }
        let digits = String(firstSeq)
        return "segment-" + String(repeating: "0", count: max(0, 16 - digits.count)) + digits + ".jsonl"
    }

    /// Whether `writeName` writes the name of the segment beginning at `firstSeq`: a seq of at most
    /// 16 digits, which every ledger's seqs are.
    static func nameIsWritten(firstSeq: Int64) -> Bool {
        (0..<10_000_000_000_000_000).contains(firstSeq)
    }

    /// Writes the 30 bytes of `name(firstSeq:)` at the start of `out`, for a seq `nameIsWritten` takes.
    static func writeName(firstSeq: Int64, to out: UnsafeMutableRawBufferPointer) {
        precondition(nameIsWritten(firstSeq: firstSeq) && out.count >= 30, "a segment name written past its room")
        let prefix: StaticString = "segment-", suffix: StaticString = ".jsonl"
        out.baseAddress!.copyMemory(from: prefix.utf8Start, byteCount: 8)
        var v = UInt64(firstSeq)
        for i in stride(from: 23, through: 8, by: -1) {
            out[i] = 0x30 + UInt8(truncatingIfNeeded: v % 10)
            v /= 10
        }
        (out.baseAddress! + 24).copyMemory(from: suffix.utf8Start, byteCount: 6)
    }

    /// The first seq named by a segment file name, or nil if `name` is not a segment's.
    public static func firstSeq(ofName name: String) -> Int64? {
        let b = Array(name.utf8)
        guard b.count == 8 + 16 + 6, name.hasPrefix("segment-"), name.hasSuffix(".jsonl") else { return nil }
        var v: Int64 = 0
        for c in b[8..<24] {
            guard c >= 0x30, c <= 0x39 else { return nil }
            v = v * 10 + Int64(c - 0x30)
        }
        return v >= 1 ? v : nil
    }
}

/// Where everything lives in a ledger directory (events/FORMAT.md, "Directory").
struct LedgerLayout: Sendable {
    let root: String

    /// The format version `init` makes (events/FORMAT.md, "Format version 2").
    static let currentVersion = 2
    /// The manifest's exact bytes for format `version` (1 or 2): they mark the directory as a
    /// ledger of that format version.
    static func manifestBytes(version: Int) -> [UInt8] {
        Array("{\"format\":\"caseledger-ledger\",\"version\":\(version)}\n".utf8)
    }

    var manifest: String { root + "/ledger.json" }
    var lockFile: String { root + "/writer.lock" }
    var indexDirectory: String { root + "/index" }
    var tornDirectory: String { root + "/torn" }
    func path(of segment: SegmentFile) -> String { root + "/" + segment.name }

    // Keeps events/INVARIANTS.md rule 22: a name that looks like a segment's is one, or an error.
    /// The segments present, in seq order. A name that begins `segment-` and ends `.jsonl` but is
    /// not a segment's (not 16 decimal digits, or seq 0) is `.unusableFile`, never ignored: it is
    /// most likely a segment renamed by hand, and ignoring it would silently drop its events.
    func segments() throws(LedgerError) -> [SegmentFile] {
        var seqs: [Int64] = []
        for name in try FileSystem.list(root) {
            if let seq = SegmentFile.firstSeq(ofName: name) {
                seqs.append(seq)
            } else if name.hasPrefix("segment-") && name.hasSuffix(".jsonl") {
                throw .unusableFile(
                    path: root + "/" + name,
                    reason: "is named like a segment but is not one: a segment's name is segment-, then the seq of its first event "
                        + "(1 or more) in 16 decimal digits, then .jsonl. Rename it if it is a segment, or move it out of the ledger directory")
            }
        }
        return seqs.sorted().map { SegmentFile(firstSeq: $0) }
    }

    var checkpointsDirectory: String { root + "/checkpoints" }

    // Keeps events/INVARIANTS.md rule 21: a signed checkpoint is knowledge that its events were committed.
    /// The largest tree size among the signed checkpoints kept in `checkpoints/`
    /// (`checkpoint-` + 16 digits + `.note`, regular files; FORMAT.md "Checkpoints"), and the
    /// file's name; nil when there is none. Reads names only: used to refuse cutting, never to trust.
    func largestCheckpoint() -> (size: Int64, name: String)? {
        guard FileSystem.isRealDirectory(checkpointsDirectory), let names = try? FileSystem.list(checkpointsDirectory) else { return nil }
        var best: (Int64, String)? = nil
        for name in names where name.utf8.count == 11 + 16 + 5 && name.hasPrefix("checkpoint-") && name.hasSuffix(".note") {
            let digits = name.utf8.dropFirst(11).prefix(16)
            guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let size = Int64(String(decoding: digits, as: UTF8.self)),
                FileSystem.kind(of: checkpointsDirectory + "/" + name) == "a regular file", size > (best?.0 ?? 0)
            else { continue }
            best = (size, name)
        }
        return best
    }

    /// Checks that `root` is a ledger directory of a format this code reads; returns its version
    /// (1 or 2).
    @discardableResult
    func checkManifest() throws(LedgerError) -> Int {
        let there = FileSystem.exists(root)
        guard there.exists, there.isDirectory else { throw .ledgerNotFound(path: root) }
        guard FileSystem.kind(of: manifest) != nil else {
            throw .notALedger(path: root, reason: "it has no ledger.json")
        }
        let file = try SystemFile.open(manifest, O_RDONLY)
        let bytes = try file.read(count: 4096, at: 0)
        for version in [1, 2] where bytes == LedgerLayout.manifestBytes(version: version) { return version }
        throw .notALedger(path: root, reason: "ledger.json is not {\"format\":\"caseledger-ledger\",\"version\":2} (or version 1)")
    }
}
