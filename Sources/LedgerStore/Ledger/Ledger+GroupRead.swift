import LedgerJSON

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
        var read: [[StoredEvent]] = []
        try forEachLine(inStreams: streams, rehash: rehash, tapes: tapes, borrowing: nil) { reserved in
            read = reserved.map { n in
                var events: [StoredEvent] = []
                events.reserveCapacity(n)
                return events
            }
        } deliver: { s, event in
            read[s].append(event)
            return true
        }
        return read
    }

    /// Calls `body` with each event of `streams` — the same events `events(inStreams:rehash:tapes:)`
    /// gives, read the same way — in log order, with the event's stream's place in `streams`,
    /// without holding them: with `tapes`, each payload's tape is built over the line as read and
    /// handed to `body` without a copy, and copied out only when `body` keeps a hold on it.
    ///
    /// `begin` is called first, with each stream's number of events. When the index turns out to
    /// disagree with the log part-way, the index is rebuilt from the log and the group read again
    /// from its first event, `begin` called again before it: `body` must then forget every event
    /// it was given before. An error `body` throws stops the reading and is thrown as it is.
    public func forEachEvent(
        inStreams streams: [String], rehash: Bool = true, tapes: Bool = false, begin: ([Int]) -> Void = { _ in },
        _ body: (Int, StoredEvent) throws -> Void
    ) throws {
        var failure: (any Error)?
        // This handle's buffers for it, or new ones when a `body` reads the same way through it.
        let buffers = groupBuffers ?? GroupReadBuffers()
        groupBuffers = nil
        defer { groupBuffers = buffers }
        try forEachLine(inStreams: streams, rehash: rehash, tapes: tapes, borrowing: buffers, begin: begin) { s, event in
            do { try body(s, event) } catch {
                failure = error
                return false
            }
            return true
        }
        if let failure { throw failure }
    }

    /// One line to read: its place, its seq, and the stream (by place in the group) it is of.
    private struct Wanted {
        var location: EventLocation
        var seq: Int64
        var stream: Int
    }

    /// Reads the streams' events in log order, calling `begin` with each stream's event count
    /// before the first, then `deliver` with each until it returns false; when the index
    /// disagrees with the log, rebuilds it and begins again (`begin` is called again).
    private func forEachLine(
        inStreams streams: [String], rehash: Bool, tapes: Bool, borrowing buffers: GroupReadBuffers?, begin: ([Int]) -> Void,
        deliver: (Int, StoredEvent) -> Bool
    ) throws(LedgerError) {
        if try readStreams(streams, rehash: rehash, tapes: tapes, borrowing: buffers, begin: begin, deliver: deliver) { return }
        try rebuildIndex()
        guard try readStreams(streams, rehash: rehash, tapes: tapes, borrowing: buffers, begin: begin, deliver: deliver) else {
            throw .damaged(at: LogPosition(segment: segments.last?.name ?? "-", line: 0, seq: tail.seq), reason: "the log changed while it was being read")
        }
    }

    /// One pass of `forEachLine`; false when the index disagrees with the log.
    private func readStreams(
        _ streams: [String], rehash: Bool, tapes: Bool, borrowing buffers: GroupReadBuffers?, begin: ([Int]) -> Void,
        deliver: (Int, StoredEvent) -> Bool
    ) throws(LedgerError) -> Bool {
        let index = try loadIndex()
        // Each stream's seqs first, so the list of lines is allocated once at its full size (grown
        // by doubling it was reallocated about ten times a group, each a large allocation).
        let seqsByStream = streams.map { index.seqs(of: $0) }
        var wanted: [Wanted] = []
        wanted.reserveCapacity(seqsByStream.reduce(0) { $0 + $1.count })
        var counts: [Int] = []
        counts.reserveCapacity(streams.count)
        for (s, seqs) in seqsByStream.enumerated() {
            for seq in seqs {
                guard let location = index.location(of: seq) else { return false }
                wanted.append(Wanted(location: location, seq: seq, stream: s))
            }
            counts.append(seqs.count)
        }
        begin(counts)
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
            let buffer = buffers?.buffer(count) ?? grownReadBuffer(count)
            let got = try file(ofSegment: segment).read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<count]), at: Int64(start))
            guard got == count else { return false }
            for w in wanted[first...last] {
                let from = Int(w.location.offset - start), to = from + Int(w.location.length)
                guard buffer[to] == 0x0A else { return false }
                // A line that does not decode means the index points at the wrong place, or the log
                // is damaged: the caller rebuilds the index, whose reading reports any damage precisely.
                var tape: JSONTape?
                do {
                    guard let event = try? EventLine.decode(
                        UnsafeRawBufferPointer(rebasing: buffer[from..<to]), verify: rehash, keys: keyCache, tape: tapes,
                        unsafeBorrowingIn: buffers?.tapeScratch),
                        event.seq == w.seq, event.stream == streams[w.stream]
                    else { return false }
                    if buffers != nil { tape = event.payloadTape }
                    guard deliver(w.stream, event) else {
                        keepIfHeld(&tape)
                        return true
                    }
                }
                // The next line is built over the same scratch and buffer: a tape still held moves out.
                keepIfHeld(&tape)
            }
            first = last + 1
        }
        return true
    }

    // Keeps events/INVARIANTS.md rule 11: a lent tape still held is kept before the buffer is reused.
    /// Copies `tape` out of the buffers it borrows when anything other than `tape` holds it.
    private func keepIfHeld(_ tape: inout JSONTape?) {
        guard var held = tape else { return }
        tape = nil
        if !isKnownUniquelyReferenced(&held) { held.keep() }
    }

    /// This handle's read buffer, grown to at least `count` bytes.
    private func grownReadBuffer(_ count: Int) -> UnsafeMutableRawBufferPointer {
        if readBuffer.count < count {
            readBuffer.deallocate()
            readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 2 * readBuffer.count), alignment: 16)
        }
        return readBuffer
    }
}
