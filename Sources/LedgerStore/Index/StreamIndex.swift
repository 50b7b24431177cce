/// The in-memory index of the events a ledger handle has seen: where each seq's line is, which
/// stream each belongs to, and each stream's seqs. Built in seq order, so every process derives
/// the same stream ordinals from the same log. A cache: it is always rebuilt from the log when in
/// doubt, and the log always wins.
struct StreamIndex {
    /// Location of seq i+1 at index i.
    private(set) var locations: [EventLocation] = []
    /// Stream ordinal of seq i+1 at index i.
    private(set) var streamOfEvent: [UInt32] = []
    /// Id of seq i+1 at index i.
    private(set) var ids: [EventID] = []
    /// Stream names by ordinal, in order of first appearance.
    private(set) var streamNames: [String] = []
    /// Ordinal of each stream name.
    private var ordinals: [String: UInt32] = [:]
    /// The seqs of each stream (by ordinal), ascending.
    private var seqsByStream: [[Int64]] = []
    /// Seq of each id, built on first use.
    private var seqByID: IDTable? = nil

    /// How many events are indexed; the last indexed seq.
    var count: Int64 { Int64(locations.count) }

    /// Makes room for `events` events in all.
    /// Grows geometrically, so calling it before every batch costs nothing extra.
    mutating func reserve(_ events: Int) {
        if locations.capacity < events {
            let n = max(events, locations.capacity * 2)
            locations.reserveCapacity(n)
            streamOfEvent.reserveCapacity(n)
            ids.reserveCapacity(n)
        }
        if seqByID != nil { seqByID!.reserve(events, ids: ids) }
    }

    /// The ordinal of `stream`, if it has appeared.
    func ordinal(of stream: String) -> UInt32? { ordinals[stream] }

    /// Registers a stream's first appearance; returns its ordinal.
    @discardableResult
    mutating func addStream(_ stream: String) -> UInt32 {
        let ordinal = UInt32(streamNames.count)
        ordinals[stream] = ordinal
        streamNames.append(stream)
        seqsByStream.append([])
        return ordinal
    }

    /// Adds the next event (its seq must be `count + 1`).
    mutating func add(id: EventID, stream: String, location: EventLocation) {
        add(id: id, streamOrdinal: ordinals[stream] ?? addStream(stream), location: location)
    }

    /// Adds the next event of the stream with ordinal `streamOrdinal` (already registered).
    mutating func add(id: EventID, streamOrdinal ordinal: UInt32, location: EventLocation) {
        locations.append(location)
        streamOfEvent.append(ordinal)
        ids.append(id)
        seqsByStream[Int(ordinal)].append(Int64(locations.count))
        if seqByID != nil { seqByID!.insert(id, seq: Int64(locations.count), ids: ids) }
    }

    // issue 18: fast18b
    /// Adds the next event of the stream with ordinal `streamOrdinal` (already registered)
    /// without listing it under its stream yet: for many events read at once (the index cache),
    /// which `listUnlisted()` then lists, each stream's list made once at its full size rather
    /// than grown an event at a time. Only before the seq-by-id table is first used.
    mutating func addUnlisted(id: EventID, streamOrdinal ordinal: UInt32, location: EventLocation) {
        locations.append(location)
        streamOfEvent.append(ordinal)
        ids.append(id)
    }

    /// Lists under their streams the events added with `addUnlisted` since the last listing
    /// (those after the last seq any stream lists), in seq order: the same lists `add` makes.
    mutating func listUnlisted() {
        precondition(seqByID == nil, "events added unlisted after the seq-by-id table was made")
        let from = seqsByStream.reduce(0) { max($0, Int($1.last ?? 0)) }
        guard from < streamOfEvent.count else { return }
        var counts = [Int](repeating: 0, count: seqsByStream.count)
        for o in streamOfEvent[from...] { counts[Int(o)] += 1 }
        for (o, n) in counts.enumerated() where n > 0 { seqsByStream[o].reserveCapacity(seqsByStream[o].count + n) }
        for i in from..<streamOfEvent.count { seqsByStream[Int(streamOfEvent[i])].append(Int64(i + 1)) }
    }

    /// The number of events in `stream` (its version).
    func version(of stream: String) -> Int64 {
        guard let o = ordinals[stream] else { return 0 }
        return Int64(seqsByStream[Int(o)].count)
    }

    /// The number of events in the stream with ordinal `ordinal`.
    func version(ofOrdinal ordinal: UInt32) -> Int64 { Int64(seqsByStream[Int(ordinal)].count) }

    /// The seqs of `stream`, ascending.
    func seqs(of stream: String) -> [Int64] {
        guard let o = ordinals[stream] else { return [] }
        return seqsByStream[Int(o)]
    }

    /// The location of `seq`, if indexed.
    func location(of seq: Int64) -> EventLocation? {
        seq >= 1 && seq <= count ? locations[Int(seq - 1)] : nil
    }

    // issue 16/17: mend16
    /// Moves the locations of the events `seqs` (one segment's, in order) after an erasure rewrote
    /// that segment: each event in `newLengths` now has that length, and every later one moves by
    /// the bytes the ones before it gained or lost. Only offsets and lengths change (an erasure
    /// keeps every line where it was, in the same segment, with the same number). Returns the
    /// bytes the segment's events gained (negative when they lost).
    mutating func relocate(_ seqs: ClosedRange<Int64>, newLengths: [Int64: UInt32]) -> Int64 {
        var shift: Int64 = 0
        for seq in seqs {
            let i = Int(seq - 1)
            locations[i].offset = UInt64(Int64(locations[i].offset) + shift)
            if let length = newLengths[seq] {
                shift += Int64(length) - Int64(locations[i].length)
                locations[i].length = length
            }
        }
        return shift
    }

    /// The seq holding `id`, if any.
    mutating func seq(of id: EventID) -> Int64? {
        if seqByID == nil {
            var table = IDTable()
            table.reserve(max(ids.capacity, ids.count + 4096), ids: ids)
            for (i, id) in ids.enumerated() { table.insert(id, seq: Int64(i + 1), ids: ids) }
            seqByID = table
        }
        return seqByID!.seq(of: id, ids: ids)
    }

    /// All stream names, in order of first appearance.
    var streams: [String] { streamNames }
}

/// Seq by event id: an open-addressing table, probed linearly, whose keys are the ids array
/// itself (seq n's id is ids[n - 1]). Each 8-byte slot holds a seq and 24 bits of the id's hash,
/// so a probe past another id rarely reads the ids array (one cache miss per lookup in a large
/// table, not two). Hashes without SipHash: ids are random UUIDs, and a multiply-xor mix still
/// spreads made-up ones.
struct IDTable {
    private var slots: [UInt64] = []
    private var mask = 0
    private var used = 0
    private static let fingerprintBits: UInt64 = 24
    private static let fingerprintMask: UInt64 = (1 << 24) - 1

    @inline(__always)
    private static func hash(_ id: EventID) -> UInt64 {
        var h = id.high &* 0x9E37_79B9_7F4A_7C15 ^ id.low &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return h
    }

    /// Makes room for `count` ids without growing (rehashes now if need be).
    mutating func reserve(_ count: Int, ids: [EventID]) {
        guard count * 2 > slots.count else { return }
        var size = max(1024, slots.count)
        while size < count * 2 { size *= 2 }
        let old = slots
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        used = 0
        for slot in old where slot != 0 {
            let seq = Int64(slot >> IDTable.fingerprintBits)
            insert(ids[Int(seq - 1)], seq: seq, ids: ids)
        }
    }

    /// Records that `id` is at `seq` (a later seq replaces an earlier one with the same id).
    mutating func insert(_ id: EventID, seq: Int64, ids: [EventID]) {
        if (used + 1) * 2 > slots.count { reserve(max(used + 1, slots.count), ids: ids) }
        let h = IDTable.hash(id)
        let fingerprint = (h >> 40) & IDTable.fingerprintMask
        let value = UInt64(seq) << IDTable.fingerprintBits | fingerprint
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 {
            let slot = slots[i]
            if slot & IDTable.fingerprintMask == fingerprint && ids[Int(slot >> IDTable.fingerprintBits) - 1] == id {
                slots[i] = value
                return
            }
            i = (i + 1) & mask
        }
        slots[i] = value
        used += 1
    }

    /// The seq recorded for `id`, if any.
    func seq(of id: EventID, ids: [EventID]) -> Int64? {
        guard !slots.isEmpty else { return nil }
        let h = IDTable.hash(id)
        let fingerprint = (h >> 40) & IDTable.fingerprintMask
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 {
            let slot = slots[i]
            if slot & IDTable.fingerprintMask == fingerprint {
                let seq = Int64(slot >> IDTable.fingerprintBits)
                if ids[Int(seq - 1)] == id { return seq }
            }
            i = (i + 1) & mask
        }
        return nil
    }
}
