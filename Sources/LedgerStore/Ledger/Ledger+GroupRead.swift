extension Ledger {
    /// Lines no further apart than this in one segment are read with one call: the bytes
    /// between them cost less to copy than a call of their own (a page).
    static let readGap: UInt64 = 4096

    /// Every event of each of `streams`, in seq order per stream, in the order of `streams`: the
    /// same as `events(inStream:rehash:tapes:)` for each (checked against the index, the index
    /// rebuilt from the log when it disagrees, lines re-hashed unless `rehash` is false), but the
    /// group's lines are read in log order, and lines that lie together in a segment (within
    /// `readGap` bytes) are read with one call. Reading a group of cases begun together this way
    /// makes about half as many calls as reading them one by one.
    public func events(inStreams streams: [String], rehash: Bool = true, tapes: Bool = false) throws(LedgerError) -> [[StoredEvent]] {
        if let events = try readStreams(streams, rehash: rehash, tapes: tapes) { return events }
        try rebuildIndex()
        guard let events = try readStreams(streams, rehash: rehash, tapes: tapes) else {
            throw .damaged(at: LogPosition(segment: segments.last?.name ?? "-", line: 0, seq: tail.seq), reason: "the log changed while it was being read")
        }
        return events
    }

    /// One line to read: its place, its seq, and the stream (by place in the group) it is of.
    private struct Wanted {
        var location: EventLocation
        var seq: Int64
        var stream: Int
    }

    /// The streams' events, or nil when the index disagrees with the log.
    private func readStreams(_ streams: [String], rehash: Bool, tapes: Bool) throws(LedgerError) -> [[StoredEvent]]? {
        let index = try loadIndex()
        var wanted: [Wanted] = []
        var read: [[StoredEvent]] = []
        read.reserveCapacity(streams.count)
        for (s, stream) in streams.enumerated() {
            let seqs = index.seqs(of: stream)
            for seq in seqs {
                guard let location = index.location(of: seq) else { return nil }
                wanted.append(Wanted(location: location, seq: seq, stream: s))
            }
            read.append([])
            read[s].reserveCapacity(seqs.count)
        }
        // Log order is seq order; in it, each stream's events come in their own order.
        if streams.count > 1 { wanted.sort { $0.seq < $1.seq } }
        var first = 0
        while first < wanted.count {
            // The run of lines read together: same segment, each within `readGap` of the last.
            let segment = wanted[first].location.segmentOrdinal
            let start = wanted[first].location.offset
            var last = first
            var end = start + UInt64(wanted[first].location.length) + 1
            while last + 1 < wanted.count, wanted[last + 1].location.segmentOrdinal == segment, wanted[last + 1].location.offset <= end + Self.readGap {
                last += 1
                end = max(end, wanted[last].location.offset + UInt64(wanted[last].location.length) + 1)
            }
            let count = Int(end - start)
            if readBuffer.count < count {
                readBuffer.deallocate()
                readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 2 * readBuffer.count), alignment: 16)
            }
            let got = try file(ofSegment: segment).read(into: UnsafeMutableRawBufferPointer(rebasing: readBuffer[0..<count]), at: Int64(start))
            guard got == count else { return nil }
            for w in wanted[first...last] {
                let from = Int(w.location.offset - start), to = from + Int(w.location.length)
                guard readBuffer[to] == 0x0A else { return nil }
                // A line that does not decode means the index points at the wrong place, or the log
                // is damaged: the caller rebuilds the index, whose reading reports any damage precisely.
                guard let event = try? EventLine.decode(UnsafeRawBufferPointer(rebasing: readBuffer[from..<to]), verify: rehash, keys: keyCache, tape: tapes),
                    event.seq == w.seq, event.stream == streams[w.stream]
                else { return nil }
                read[w.stream].append(event)
            }
            first = last + 1
        }
        return read
    }
}
