#if canImport(Glibc)
import Glibc
#endif

/// What a full verification of a ledger found, kept by the auditor outside the ledger: the head
/// it reached (seq and hash), when, which ledger (the hash of its seq 1), and for every stream
/// where each of its events is (segment, offset, length, line) and the hash it had.
///
/// A report that reads a few streams checks each line it reads against the record (re-hashed, the
/// same hash as when verified) instead of verifying the whole ledger again: see
/// `RecordCheckedReader`. Made only by `Verifier.verify(ledgerAt:recordingTo:verifiedAt:)` after
/// a verification without fault; the file format is in events/FORMAT.md ("Verification record").
///
/// The file is mapped, not read: a lookup touches the header, the directory entries its binary
/// search visits and the stream's own entries. Each of those carries a check word, tested when it
/// is used, so a damaged record is reported as damaged (`Unreadable`) rather than read wrongly.
public final class VerificationRecord {
    /// Where one event was when verified, and its hash then.
    public struct Entry: Hashable, Sendable {
        /// The event's seq.
        public var seq: Int64
        /// Its hash when verified.
        public var hash: SHA256Digest
        /// The ordinal of its segment among the ledger's segments (0 for the first).
        public var segmentOrdinal: UInt32
        /// The byte offset of its line in the segment.
        public var offset: Int64
        /// The line's length in bytes, without the newline.
        public var length: Int
        /// The 1-based line number in the segment.
        public var line: Int

        /// An entry.
        public init(seq: Int64, hash: SHA256Digest, segmentOrdinal: UInt32, offset: Int64, length: Int, line: Int) {
            self.seq = seq
            self.hash = hash
            self.segmentOrdinal = segmentOrdinal
            self.offset = offset
            self.length = length
            self.line = line
        }
    }

    /// Why a record file cannot be used.
    public struct Unreadable: Error, Hashable, Sendable, CustomStringConvertible {
        /// The file.
        public let path: String
        /// What is wrong with it.
        public let reason: String
        /// "PATH is not a usable verification record: REASON".
        public var description: String { "\(path) is not a usable verification record: \(reason)" }
    }

    static let magic: [UInt8] = Array("CLVREC02".utf8)
    /// The magic of the first version, which held no Merkle root.
    static let firstMagic: [UInt8] = Array("CLVREC01".utf8)
    static let headerBytes = 224
    /// Where the header's checksum is.
    static let checksumAt = 216
    static let entryBytes = 64
    static let directoryEntryBytes = 32

    /// The file it was read from.
    public let path: String
    /// The last event verified.
    public let head: Entry
    /// The ledger's first event (seq 1), which names the ledger the record belongs to.
    public let first: Entry
    /// When the verification was made.
    public let verifiedAt: Timestamp
    /// The RFC 6962 Merkle root of the tree of the events verified (seqs 1…`headSeq`), recomputed
    /// from the log by that verification.
    public let root: SHA256Digest
    /// The first seqs of the segments the verification read, in order.
    public let segments: [Int64]
    /// How many streams the ledger had.
    public let streamCount: Int

    private let map: UnsafeRawBufferPointer
    private let directoryStart: Int
    private let namesStart: Int
    private let nameBytes: Int
    private let entriesStart: Int

    private init(path: String, map: UnsafeRawBufferPointer, segmentCount: Int, streamCount: Int, nameBytes: Int) {
        self.path = path
        self.map = map
        self.streamCount = streamCount
        self.nameBytes = nameBytes
        directoryStart = VerificationRecord.headerBytes + segmentCount * 8
        namesStart = directoryStart + streamCount * VerificationRecord.directoryEntryBytes
        entriesStart = namesStart + (nameBytes + 7) / 8 * 8
        head = VerificationRecord.entry(in: map, at: 120)
        first = VerificationRecord.entry(in: map, at: 56)
        verifiedAt = Timestamp(microsecondsSinceEpoch: Int64(bitPattern: VerificationRecord.word(map, 16)))
        root = SHA256Digest(bytes: map[184..<216])!
        segments = (0..<segmentCount).map { Int64(bitPattern: VerificationRecord.word(map, VerificationRecord.headerBytes + 8 * $0)) }
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: map.baseAddress), map.count) }

    /// Maps the record at `path` and checks its header: magic, sizes, and the checksum of the
    /// header and the segment list.
    public static func read(from path: String) throws(Unreadable) -> VerificationRecord {
        func fail(_ reason: String) -> Unreadable { Unreadable(path: path, reason: reason) }
        let file: SystemFile
        let size: Int64
        do {
            file = try SystemFile.open(path, O_RDONLY, regularFile: false)
            size = try file.size()
        } catch {
            throw fail(error.message)
        }
        guard size >= Int64(headerBytes) else { throw fail("it is too short to be a record") }
        guard let p = mmap(nil, Int(size), PROT_READ, MAP_SHARED, file.fd, 0), p != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw fail("it cannot be mapped into memory (errno \(errno))")
        }
        let map = UnsafeRawBufferPointer(start: p, count: Int(size))
        if map.prefix(firstMagic.count).elementsEqual(firstMagic) {
            munmap(p, Int(size))
            throw fail("it was made by an earlier version (CLVREC01, which holds no Merkle tree root): make it again with "
                + "'caseledger-audit verify --ledger DIR --verification-record FILE'")
        }
        let good = map.prefix(magic.count).elementsEqual(magic)
        let headSeq = word(map, 8), segmentCount = word(map, 24), streamCount = word(map, 32), nameBytes = word(map, 40), events = word(map, 48)
        guard good, headSeq >= 1, events == headSeq, segmentCount >= 1, segmentCount <= headSeq, streamCount >= 1, streamCount <= headSeq,
            nameBytes <= streamCount * UInt64(4 * EnvelopeRules.maxNameBytes)
        else {
            munmap(p, Int(size))
            throw fail(good ? "its counts are impossible" : "it does not begin as a record does (made by 'caseledger-audit verify --verification-record FILE')")
        }
        let expected = Int64(headerBytes) + Int64(segmentCount) * 8 + Int64(streamCount) * Int64(directoryEntryBytes)
            + Int64(nameBytes + 7) / 8 * 8 + Int64(events) * Int64(entryBytes)
        guard size == expected else {
            munmap(p, Int(size))
            throw fail("it is \(size) bytes long but its header describes \(expected): it was cut short or added to")
        }
        guard checksum(map, from: 0, to: headerBytes + Int(segmentCount) * 8, skipping: checksumAt) == word(map, checksumAt) else {
            munmap(p, Int(size))
            throw fail("its header's checksum does not match: the file is damaged")
        }
        let record = VerificationRecord(path: path, map: map, segmentCount: Int(segmentCount), streamCount: Int(streamCount), nameBytes: Int(nameBytes))
        guard record.head.seq == Int64(headSeq), record.first.seq == 1, record.first.segmentOrdinal == 0,
            Int(record.head.segmentOrdinal) == record.segments.count - 1
        else { throw fail("its first and last events are not where its header says") }
        return record
    }

    /// The seq of the last event verified.
    public var headSeq: Int64 { head.seq }

    /// Where each event of `stream` was and its hash, in seq order; empty when the ledger had no
    /// such stream when verified. Throws when an entry fails its check or is out of order.
    public func entries(of stream: String) throws(Unreadable) -> [Entry] {
        guard let (firstEntry, count) = try find(stream) else { return [] }
        var out: [Entry] = []
        out.reserveCapacity(count)
        for k in 0..<count {
            let at = entriesStart + (firstEntry + k) * VerificationRecord.entryBytes
            let e = VerificationRecord.entry(in: map, at: at)
            guard UInt32(truncatingIfNeeded: VerificationRecord.word(map, at + 24) >> 32) == VerificationRecord.entryCheck(map, at: at),
                e.seq >= 1, e.seq <= head.seq, e.seq > (out.last?.seq ?? 0), Int(e.segmentOrdinal) < segments.count
            else {
                throw Unreadable(path: path, reason: "the entries of stream \(stream) fail their checks: the file is damaged")
            }
            out.append(e)
        }
        return out
    }

    /// How many events `stream` had when verified (0 when the ledger had no such stream).
    public func count(of stream: String) throws(Unreadable) -> Int { try find(stream)?.1 ?? 0 }

    /// Every stream the ledger had when verified, in byte order of their names.
    public var streams: [String] {
        (0..<streamCount).map { k in
            let (offset, length) = nameRange(k)
            return String(decoding: UnsafeRawBufferPointer(rebasing: map[offset..<(offset + length)]), as: UTF8.self)
        }
    }

    /// The first entry's index and the number of entries of `stream`, found by binary search over
    /// the directory (sorted by the names' bytes), each directory entry visited checked.
    private func find(_ stream: String) throws(Unreadable) -> (Int, Int)? {
        var target = stream
        return try target.withUTF8 { t in search(UnsafeRawBufferPointer(t)) }.get()
    }

    private func search(_ t: UnsafeRawBufferPointer) -> Result<(Int, Int)?, Unreadable> {
        var low = 0, high = streamCount - 1
        while low <= high {
            let mid = (low + high) / 2
            let at = directoryStart + mid * VerificationRecord.directoryEntryBytes
            let (offset, length) = nameRange(mid)
            let name = UnsafeRawBufferPointer(rebasing: map[offset..<(offset + length)])
            guard VerificationRecord.directoryCheck(
                VerificationRecord.word(map, at), VerificationRecord.word(map, at + 8), VerificationRecord.word(map, at + 16), name)
                == VerificationRecord.word(map, at + 24)
            else {
                return .failure(Unreadable(path: path, reason: "its directory of streams fails its checks: the file is damaged"))
            }
            let order = VerificationRecord.compare(name, t)
            if order == 0 {
                let firstEntry = Int(VerificationRecord.word(map, at + 8)), count = Int(VerificationRecord.word(map, at + 16))
                guard firstEntry + count <= Int(head.seq) else {
                    return .failure(Unreadable(path: path, reason: "its directory of streams points past its entries: the file is damaged"))
                }
                return .success((firstEntry, count))
            }
            if order < 0 { low = mid + 1 } else { high = mid - 1 }
        }
        return .success(nil)
    }

    /// Where the name of directory entry `k` is in the map (clamped to the names).
    private func nameRange(_ k: Int) -> (Int, Int) {
        let w = VerificationRecord.word(map, directoryStart + k * VerificationRecord.directoryEntryBytes)
        let offset = min(Int(UInt32(truncatingIfNeeded: w)), nameBytes)
        let length = min(Int(UInt32(truncatingIfNeeded: w >> 32)), nameBytes - offset)
        return (namesStart + offset, length)
    }

    /// Byte order: negative when `a` sorts before `b`.
    static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let n = min(a.count, b.count)
        if n > 0 {
            let c = Int(memcmp(a.baseAddress!, b.baseAddress!, n))
            if c != 0 { return c }
        }
        return a.count - b.count
    }

    /// The little-endian word at `at`.
    static func word(_ map: UnsafeRawBufferPointer, _ at: Int) -> UInt64 {
        UInt64(littleEndian: map.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }

    static func entry(in map: UnsafeRawBufferPointer, at: Int) -> Entry {
        let w = word(map, at + 16)
        return Entry(
            seq: Int64(bitPattern: word(map, at)), hash: SHA256Digest(bytes: map[(at + 32)..<(at + 64)])!,
            segmentOrdinal: UInt32(truncatingIfNeeded: w >> 32), offset: Int64(bitPattern: word(map, at + 8)),
            length: Int(UInt32(truncatingIfNeeded: w)), line: Int(UInt32(truncatingIfNeeded: word(map, at + 24))))
    }

    /// The check of the entry at `at`: its words but the check's own, mixed (`IndexCache.mix`).
    static func entryCheck(_ bytes: UnsafeRawBufferPointer, at: Int) -> UInt32 {
        var h = IndexCache.mix(IndexCache.mix(IndexCache.mix(IndexCache.seed, word(bytes, at)), word(bytes, at + 8)), word(bytes, at + 16))
        h = IndexCache.mix(h, word(bytes, at + 24) & 0xFFFF_FFFF)
        for k in stride(from: 32, to: 64, by: 8) { h = IndexCache.mix(h, word(bytes, at + k)) }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The check of a directory entry: its three words and its name's bytes, mixed.
    static func directoryCheck(_ w0: UInt64, _ w1: UInt64, _ w2: UInt64, _ name: UnsafeRawBufferPointer) -> UInt64 {
        IndexCache.mixName(IndexCache.mix(IndexCache.mix(IndexCache.mix(IndexCache.seed, w0), w1), w2), name)
    }

    /// The mix of the words of `map[from..<to]`, leaving out the word at `skipping`.
    static func checksum(_ map: UnsafeRawBufferPointer, from: Int, to: Int, skipping: Int) -> UInt64 {
        var h = IndexCache.seed
        for at in stride(from: from, to: to, by: 8) where at != skipping { h = IndexCache.mix(h, word(map, at)) }
        return h
    }
}
