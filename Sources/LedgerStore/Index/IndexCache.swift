#if canImport(Glibc)
import Glibc
#endif

/// The stream index saved in `index/` so that opening a large ledger need not read the whole log:
/// `index/index.bin` holds a header (magic, counts, the seq and hash it covers, segment ordinals'
/// first seqs) and fixed-size records, closed by a SHA-256 of everything before it. The file is
/// replaced atomically; a file that is missing, torn, of another version, or that disagrees with
/// the log is ignored and rebuilt. It is a cache and never outranks the log.
enum IndexCache {
    static let magic: [UInt8] = Array("CLIDX001".utf8)
    static let recordSize = 40

    /// What a saved index claims to cover.
    struct Snapshot {
        var index: StreamIndex
        var coveredSeq: Int64
        var coveredHash: SHA256Digest
    }

    static func path(in layout: LedgerLayout) -> String { layout.indexDirectory + "/index.bin" }

    /// Writes `index` (covering up to `hash` at its last seq) atomically. Failures are ignored:
    /// the log is the truth and the next open rebuilds what it needs.
    static func save(_ index: StreamIndex, coveredHash: SHA256Digest, segments: [SegmentFile], layout: LedgerLayout) {
        var out = [UInt8]()
        out.reserveCapacity(64 + index.locations.count * recordSize + index.streamNames.count * 16)
        out += magic
        func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        u64(UInt64(index.count))
        out += coveredHash.bytes
        u64(UInt64(segments.count))
        for s in segments { u64(UInt64(s.firstSeq)) }
        u64(UInt64(index.streamNames.count))
        for name in index.streamNames {
            let b = Array(name.utf8)
            u32(UInt32(b.count))
            out += b
        }
        for i in 0..<index.locations.count {
            let l = index.locations[i]
            u64(l.offset)
            u32(l.length)
            u32(l.segmentOrdinal)
            u32(index.streamOfEvent[i])
            u32(l.line)
            u64(index.ids[i].high)
            u64(index.ids[i].low)
        }
        out += SHA256.hash(out).bytes
        guard (try? FileSystem.makeDirectory(layout.indexDirectory, allowExisting: true)) != nil else { return }
        try? FileSystem.replace(path(in: layout), with: out)
    }

    /// Loads the saved index if it is whole and of this version; nil otherwise. The caller still
    /// checks it against the log before use.
    static func load(layout: LedgerLayout, segments: [SegmentFile]) -> Snapshot? {
        guard let file = try? SystemFile.open(path(in: layout), O_RDONLY), let size = try? file.size(),
            size >= 8 + 8 + 32 + 8 + 8 + 32, size < Int64(Int32.max) * 4,
            let bytes = try? file.read(count: Int(size), at: 0), bytes.count == Int(size)
        else { return nil }
        return bytes.withUnsafeBytes { raw -> Snapshot? in
            let body = UnsafeRawBufferPointer(rebasing: raw[0..<(raw.count - 32)])
            guard SHA256.hash(body).bytes.elementsEqual(raw[(raw.count - 32)...]), body.starts(with: magic) else { return nil }
            var at = 8
            func u64() -> UInt64? {
                guard at + 8 <= body.count else { return nil }
                defer { at += 8 }
                return UInt64(littleEndian: body.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            }
            func u32() -> UInt32? {
                guard at + 4 <= body.count else { return nil }
                defer { at += 4 }
                return UInt32(littleEndian: body.loadUnaligned(fromByteOffset: at, as: UInt32.self))
            }
            guard let count = u64(), at + 32 <= body.count,
                let hash = SHA256Digest(bytes: body[at..<(at + 32)])
            else { return nil }
            at += 32
            guard let segmentCount = u64(), segmentCount <= UInt64(segments.count) else { return nil }
            for s in segments.prefix(Int(segmentCount)) {
                guard u64() == UInt64(s.firstSeq) else { return nil }
            }
            guard let streamCount = u64(), streamCount <= count else { return nil }
            var names: [String] = []
            names.reserveCapacity(Int(streamCount))
            for _ in 0..<streamCount {
                guard let n = u32(), at + Int(n) <= body.count else { return nil }
                names.append(String(decoding: body[at..<(at + Int(n))], as: UTF8.self))
                at += Int(n)
            }
            guard body.count - at == Int(count) * recordSize else { return nil }
            var index = StreamIndex()
            for _ in 0..<count {
                guard let offset = u64(), let length = u32(), let segment = u32(), let stream = u32(),
                    let line = u32(), let high = u64(), let low = u64(),
                    segment < UInt32(segmentCount), stream < UInt32(names.count)
                else { return nil }
                index.add(
                    id: EventID(high: high, low: low), stream: names[Int(stream)],
                    location: EventLocation(segmentOrdinal: segment, length: length, offset: offset, line: line))
            }
            guard index.streamNames == names else { return nil }
            return Snapshot(index: index, coveredSeq: Int64(count), coveredHash: hash)
        }
    }
}
