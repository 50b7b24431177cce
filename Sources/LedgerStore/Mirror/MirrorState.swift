import LedgerJSON

#if canImport(Glibc)
import Glibc
#endif

/// The mirror's own note of where its last run left it: the head it verified and copied (seq,
/// hash) and where that event's line is (segment, byte offset, line number). Kept in the mirror
/// directory as `mirror-state.json`, one line of canonical JSON, replaced whole (a synced temporary
/// file renamed over it).
///
/// It is a hint, never an authority: whoever can write in the mirror directory can change it. A
/// run uses it only to know where to start re-checking the mirror's lines: the line it names must
/// be in the mirror, verify, and have its seq and hash, and every line after it is verified to the
/// mirror's end, whose head must be the ledger's event at that seq. A state that is missing or
/// does not match makes the run check the whole mirror, so a changed state can only make a run
/// check more.
struct MirrorState: Equatable {
    static let fileName = "mirror-state.json"

    var seq: Int64
    var hash: SHA256Digest
    var segment: String
    var offset: Int64
    var line: Int
    /// issue 17: mirror17. The erasures authorised in the mirrored log and not yet carried over
    /// (the ledger had not removed their bytes yet, or a run was cut short carrying them), each
    /// with the seq of the `erasureAuthorised` event naming it: looked for again by the next run.
    var pending: [ErasedPart: Int] = [:]

    /// The state's bytes: `{"format":"caseledger-mirror-state","hash":…,"line":…,"offset":…,"pending":[…],"segment":…,"seq":…,"version":2}`
    /// and a newline; `pending` is `[{"by":N,"part":"/x","seq":M}…]` in seq and pointer order.
    /// Version 1 (before erasure reached mirrors) had no `pending`: such a state is not used, so
    /// the run checks the whole mirror and finds every authorisation in it.
    var bytes: [UInt8] {
        let value: JSONValue = [
            "format": "caseledger-mirror-state", "version": 2, "seq": .integer(seq), "hash": .string(hash.hex),
            "segment": .string(segment), "offset": .integer(offset), "line": .integer(Int64(line)),
            "pending": .array(pending.keys.sorted().map { p in
                ["seq": .integer(Int64(p.seq)), "part": .string(p.pointer), "by": .integer(Int64(pending[p]!))]
            }),
        ]
        return CanonicalJSON.encode(value) + [0x0A]
    }

    /// The state in `bytes`, or nil when they are not one (a state in another form is ignored).
    /// A pending part's `by` may be at or before its seq (issue 16/17: mend16): a decision naming
    /// a part that can never be erased is kept, as the first naming it, and `Ledger.erasureCheck`
    /// still refuses any erasure it would seem to authorise.
    init?(bytes: [UInt8]) {
        guard bytes.last == 0x0A, let value = try? JSONParser.parse(Array(bytes.dropLast())),
            value["format"]?.stringValue == "caseledger-mirror-state", value["version"]?.integerValue == 2,
            let seq = value["seq"]?.integerValue, seq >= 1,
            let hash = value["hash"]?.stringValue.flatMap({ SHA256Digest(hex: $0) }),
            let segment = value["segment"]?.stringValue, SegmentFile.firstSeq(ofName: segment) != nil,
            let offset = value["offset"]?.integerValue, offset >= 0,
            let line = value["line"]?.integerValue, line >= 1,
            let list = value["pending"]?.arrayValue
        else { return nil }
        var pending: [ErasedPart: Int] = [:]
        for item in list {
            guard let s = item["seq"]?.integerValue, s >= 1, let p = item["part"]?.stringValue, let by = item["by"]?.integerValue, by >= 1
            else { return nil }
            pending[ErasedPart(seq: Int(s), pointer: p)] = Int(by)
        }
        self.init(seq: seq, hash: hash, segment: segment, offset: offset, line: Int(line), pending: pending)
    }

    init(seq: Int64, hash: SHA256Digest, segment: String, offset: Int64, line: Int, pending: [ErasedPart: Int] = [:]) {
        self.seq = seq
        self.hash = hash
        self.segment = segment
        self.offset = offset
        self.line = line
        self.pending = pending
    }

    /// The state kept in the mirror at `root`, or nil when there is none or it is not a regular,
    /// readable file in this form.
    static func load(root: String) -> MirrorState? {
        let path = root + "/" + fileName
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size < 4096,
            let file = try? SystemFile.open(path, O_RDONLY), let bytes = try? file.read(count: 4096, at: 0)
        else { return nil }
        return MirrorState(bytes: bytes)
    }

    /// Replaces the state in the mirror at `root` durably: a temporary file written and synced,
    /// renamed over the state, and the directory synced.
    func save(root: String) throws(LedgerError) {
        let path = root + "/" + MirrorState.fileName
        let temporary = path + ".tmp-\(getpid())"
        do {
            let file = try SystemFile.open(temporary, O_WRONLY | O_TRUNC, create: true)
            try file.writeAll(bytes)
            try file.dataSync()
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .io(operation: "rename", path: path, errno: code)
        }
        try FileSystem.syncDirectory(root)
    }
}
