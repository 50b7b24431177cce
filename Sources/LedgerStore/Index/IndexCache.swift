#if canImport(Glibc)
import Glibc
#endif

/// The stream index saved in `index/` so that opening a large ledger need not read the whole log.
/// Append-only, so that each save writes only what is new:
///
/// - `index/events.bin`: one fixed-size record per event in seq order (offset, length, segment
///   ordinal, stream ordinal, line, id), appended to;
/// - `index/streams.bin`: the stream names in order of first appearance (length, bytes), appended to;
/// - `index/head.bin`: small, replaced atomically on every save: how many records and names (and
///   name bytes) are valid, a running checksum of each file's valid prefix (extended as records
///   are appended, so a save never re-reads what it wrote before), the seq, hash, id and place of
///   the last event covered, and the first seqs of the segments it covers; closed by a SHA-256 of
///   itself.
///
/// Bytes past the counts in `head.bin` (a save cut short) are ignored and overwritten by the
/// next save. Opening reads only `head.bin` and checks it against the log; the records are read
/// (and their checksums checked) only when a stream, version or id is first asked for. A file that
/// is missing, torn, of another version, or that disagrees with the log is ignored and rebuilt.
/// It is a cache and never outranks the log.
enum IndexCache {
    static let headMagic: [UInt8] = Array("CLIDXH02".utf8)
    static let recordSize = 40
    /// The running checksum's starting value.
    static let seed: UInt64 = 0x27D4_EB2F_1656_67C5

    /// What the saved files hold: the valid prefixes of events.bin and streams.bin, their
    /// checksums, and what the last record covers.
    struct Head: Equatable {
        var records: Int64
        var names: Int64
        var nameBytes: Int64
        var recordSum: UInt64
        var nameSum: UInt64
        var coveredHash: SHA256Digest
        var last: EventLocation
        var lastID: EventID
        /// First seqs of segments 0...last.segmentOrdinal (what the records' ordinals mean).
        var segments: [Int64]

        /// Nothing saved yet.
        static let empty = Head(
            records: 0, names: 0, nameBytes: 0, recordSum: IndexCache.seed, nameSum: IndexCache.seed,
            coveredHash: .zero, last: EventLocation(segmentOrdinal: 0, length: 0, offset: 0, line: 0),
            lastID: EventID(high: 0, low: 0), segments: [])

        /// Whether `other` describes the same saved bytes of events.bin and streams.bin.
        func sameFiles(as other: Head) -> Bool {
            records == other.records && names == other.names && nameBytes == other.nameBytes
                && recordSum == other.recordSum && nameSum == other.nameSum
        }
    }

    static func headPath(in layout: LedgerLayout) -> String { layout.indexDirectory + "/head.bin" }
    static func eventsPath(in layout: LedgerLayout) -> String { layout.indexDirectory + "/events.bin" }
    static func streamsPath(in layout: LedgerLayout) -> String { layout.indexDirectory + "/streams.bin" }

    // MARK: - Checksum

    /// One step of the running checksum (an xxHash64 round): extends `h` by the word `w`.
    @inline(__always)
    static func mix(_ h: UInt64, _ w: UInt64) -> UInt64 {
        var x = h &+ w &* 0xC2B2_AE3D_27D4_EB4F
        x = (x << 31) | (x >> 33)
        return x &* 0x9E37_79B1_85EB_CA87
    }

    /// Extends `h` by the bytes of a name entry (its length, then its bytes in zero-padded words).
    static func mixName(_ h: UInt64, _ name: UnsafeRawBufferPointer) -> UInt64 {
        var h = mix(h, UInt64(name.count))
        var at = 0
        while at < name.count {
            var word: UInt64 = 0
            let n = min(8, name.count - at)
            withUnsafeMutableBytes(of: &word) { w in
                w.baseAddress!.copyMemory(from: name.baseAddress! + at, byteCount: n)
            }
            h = mix(h, UInt64(littleEndian: word))
            at += 8
        }
        return h
    }

    // MARK: - Saving

    /// Saves `index` (whose last event has hash `coveredHash`), appending to the files when they
    /// still hold what `known` (this handle's last save or load) says, rewriting them otherwise.
    /// Returns what was saved, or nil if saving failed (ignored: the log is the truth).
    static func save(
        _ index: StreamIndex, coveredHash: SHA256Digest, segments: [SegmentFile], layout: LedgerLayout, known: Head?
    ) -> Head? {
        guard index.count > 0, let last = index.location(of: index.count) else { return nil }
        // Keeps events/INVARIANTS.md rule 22: never written through a link (index/ or a file in it).
        guard (try? FileSystem.makeDirectory(layout.indexDirectory, allowExisting: true, inLedger: true)) != nil else { return nil }
        var start = Head.empty
        if let known, known.records <= index.count, known.names <= Int64(index.streamNames.count),
            let onDisk = loadHead(layout: layout), onDisk.sameFiles(as: known)
        {
            start = known
        }
        var head = start
        // New records.
        let from = Int(start.records), to = Int(index.count)
        var records = [UInt8](repeating: 0, count: (to - from) * recordSize)
        var sum = start.recordSum
        records.withUnsafeMutableBytes { out in
            var at = 0
            for i in from..<to {
                let l = index.locations[i], id = index.ids[i]
                let w0 = l.offset
                let w1 = UInt64(l.length) | UInt64(l.segmentOrdinal) << 32
                let w2 = UInt64(index.streamOfEvent[i]) | UInt64(l.line) << 32
                out.storeBytes(of: w0.littleEndian, toByteOffset: at, as: UInt64.self)
                out.storeBytes(of: w1.littleEndian, toByteOffset: at + 8, as: UInt64.self)
                out.storeBytes(of: w2.littleEndian, toByteOffset: at + 16, as: UInt64.self)
                out.storeBytes(of: id.high.littleEndian, toByteOffset: at + 24, as: UInt64.self)
                out.storeBytes(of: id.low.littleEndian, toByteOffset: at + 32, as: UInt64.self)
                sum = mix(mix(mix(mix(mix(sum, w0), w1), w2), id.high), id.low)
                at += recordSize
            }
        }
        head.records = index.count
        head.recordSum = sum
        // New stream names.
        var names = [UInt8]()
        var nameSum = start.nameSum
        for k in Int(start.names)..<index.streamNames.count {
            var name = index.streamNames[k]
            name.withUTF8 { utf8 in
                withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { names += $0 }
                names += utf8
                nameSum = mixName(nameSum, UnsafeRawBufferPointer(utf8))
            }
        }
        head.names = Int64(index.streamNames.count)
        head.nameBytes = start.nameBytes + Int64(names.count)
        head.nameSum = nameSum
        head.coveredHash = coveredHash
        head.last = last
        head.lastID = index.ids[to - 1]
        head.segments = segments.prefix(Int(last.segmentOrdinal) + 1).map(\.firstSeq)
        guard head.segments.count == Int(last.segmentOrdinal) + 1 else { return nil }
        do throws(LedgerError) {
            try writeAt(eventsPath(in: layout), records, offset: start.records * Int64(recordSize), end: head.records * Int64(recordSize))
            try writeAt(streamsPath(in: layout), names, offset: start.nameBytes, end: head.nameBytes)
            try FileSystem.replace(headPath(in: layout), with: encode(head))
        } catch {
            return nil
        }
        if start.records == 0 { unlink(layout.indexDirectory + "/index.bin") }  // the previous version's file
        return head
    }

    /// Writes `bytes` at `offset` of `path` (created if need be) and cuts the file at `end`.
    private static func writeAt(_ path: String, _ bytes: [UInt8], offset: Int64, end: Int64) throws(LedgerError) {
        let file = try SystemFile.open(path, O_WRONLY, create: true)
        try file.writeAll(bytes, at: offset)
        try file.truncate(to: end)
    }

    static func encode(_ head: Head) -> [UInt8] {
        var out = headMagic
        out.reserveCapacity(160 + head.segments.count * 8)
        func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        u64(UInt64(head.records))
        u64(UInt64(head.names))
        u64(UInt64(head.nameBytes))
        u64(head.recordSum)
        u64(head.nameSum)
        out += head.coveredHash.bytes
        u64(head.last.offset)
        u64(UInt64(head.last.length) | UInt64(head.last.segmentOrdinal) << 32)
        u64(UInt64(head.last.line))
        u64(head.lastID.high)
        u64(head.lastID.low)
        u64(UInt64(head.segments.count))
        for s in head.segments { u64(UInt64(s)) }
        out += SHA256.hash(out).bytes
        return out
    }

    // MARK: - Loading

    /// The saved head if it is whole, of this version, and its segments are the first of
    /// `segments` (when given); nil otherwise. The caller still checks it against the log.
    static func loadHead(layout: LedgerLayout, segments: [SegmentFile]? = nil) -> Head? {
        // A cache that is not regular files in a directory of the ledger's own is absent.
        guard FileSystem.isRealDirectory(layout.indexDirectory), let file = try? SystemFile.open(headPath(in: layout), O_RDONLY), let size = try? file.size(),
            size >= 128 + 8 + 32, size <= 1 << 26,
            let bytes = try? file.read(count: Int(size), at: 0), bytes.count == Int(size)
        else { return nil }
        return bytes.withUnsafeBytes { raw -> Head? in
            let body = UnsafeRawBufferPointer(rebasing: raw[0..<(raw.count - 32)])
            guard SHA256.hash(body).bytes.elementsEqual(raw[(raw.count - 32)...]), body.starts(with: headMagic) else { return nil }
            func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: body.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
            guard let hash = SHA256Digest(bytes: body[48..<80]) else { return nil }
            let w1 = u64(88)
            let segmentCount = u64(120)
            guard segmentCount >= 1, segmentCount <= UInt64(body.count), body.count == 128 + Int(segmentCount) * 8 else { return nil }
            let head = Head(
                records: Int64(truncatingIfNeeded: u64(8)), names: Int64(truncatingIfNeeded: u64(16)),
                nameBytes: Int64(truncatingIfNeeded: u64(24)), recordSum: u64(32), nameSum: u64(40), coveredHash: hash,
                last: EventLocation(
                    segmentOrdinal: UInt32(truncatingIfNeeded: w1 >> 32), length: UInt32(truncatingIfNeeded: w1), offset: u64(80),
                    line: UInt32(truncatingIfNeeded: u64(96))),
                lastID: EventID(high: u64(104), low: u64(112)),
                segments: (0..<Int(segmentCount)).map { Int64(truncatingIfNeeded: u64(128 + 8 * $0)) })
            guard head.records >= 1, head.names >= 1, head.names <= head.records, head.nameBytes >= 0,
                head.last.segmentOrdinal == UInt32(segmentCount - 1)
            else { return nil }
            if let segments {
                guard head.segments.count <= segments.count else { return nil }
                for (k, s) in head.segments.enumerated() where segments[k].firstSeq != s { return nil }
            }
            return head
        }
    }

    /// The records `head` describes, built into an index, if both files hold them whole (their
    /// checksums match) and they are consistent; nil otherwise.
    static func loadRecords(_ head: Head, layout: LedgerLayout) -> StreamIndex? {
        guard FileSystem.isRealDirectory(layout.indexDirectory), head.nameBytes <= Int64(head.names) * (4 + Int64(EnvelopeRules.maxNameBytes) * 4),
            let streams = try? SystemFile.open(streamsPath(in: layout), O_RDONLY),
            let nameBytes = try? streams.read(count: Int(head.nameBytes), at: 0), nameBytes.count == Int(head.nameBytes),
            let events = try? SystemFile.open(eventsPath(in: layout), O_RDONLY)
        else { return nil }
        // Names.
        var names: [String] = []
        names.reserveCapacity(Int(head.names))
        let namesOK = nameBytes.withUnsafeBytes { raw -> Bool in
            var at = 0
            var sum = seed
            while at < raw.count {
                guard at + 4 <= raw.count else { return false }
                let n = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                guard at + 4 + n <= raw.count else { return false }
                let name = UnsafeRawBufferPointer(rebasing: raw[(at + 4)..<(at + 4 + n)])
                sum = mixName(sum, name)
                names.append(String(decoding: name, as: UTF8.self))
                at += 4 + n
            }
            return sum == head.nameSum && names.count == Int(head.names)
        }
        guard namesOK else { return nil }
        // Records, read in pieces.
        var index = StreamIndex()
        index.reserve(Int(head.records))
        let segmentCount = UInt32(head.segments.count)
        let chunkRecords = 1 << 16
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkRecords * recordSize, alignment: 8)
        defer { buffer.deallocate() }
        var sum = seed
        var done: Int64 = 0
        while done < head.records {
            let n = Int(min(Int64(chunkRecords), head.records - done))
            let want = UnsafeMutableRawBufferPointer(rebasing: buffer[0..<(n * recordSize)])
            guard let got = try? events.read(into: want, at: done * Int64(recordSize)), got == want.count else { return nil }
            for r in 0..<n {
                let at = r * recordSize
                func u64(_ k: Int) -> UInt64 { UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: at + k, as: UInt64.self)) }
                let w0 = u64(0), w1 = u64(8), w2 = u64(16), high = u64(24), low = u64(32)
                sum = mix(mix(mix(mix(mix(sum, w0), w1), w2), high), low)
                let segment = UInt32(truncatingIfNeeded: w1 >> 32)
                let stream = UInt32(truncatingIfNeeded: w2)
                guard segment < segmentCount, Int(stream) <= index.streamNames.count, Int(stream) < names.count else { return nil }
                if Int(stream) == index.streamNames.count { index.addStream(names[Int(stream)]) }
                index.addUnlisted(
                    id: EventID(high: high, low: low), streamOrdinal: stream,
                    location: EventLocation(
                        segmentOrdinal: segment, length: UInt32(truncatingIfNeeded: w1), offset: w0,
                        line: UInt32(truncatingIfNeeded: w2 >> 32)))
            }
            done += Int64(n)
        }
        index.listUnlisted()  // issue 18: fast18b. Each stream's seqs listed once, at their full size.
        guard sum == head.recordSum, index.streamNames.count == names.count,
            index.location(of: head.records) == head.last, index.ids.last == head.lastID
        else { return nil }
        return index
    }
}
