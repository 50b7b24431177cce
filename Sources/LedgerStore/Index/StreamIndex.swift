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
    private var seqByID: [EventID: Int64]? = nil

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
        if seqByID != nil && seqByID!.capacity < events { seqByID!.reserveCapacity(max(events, seqByID!.capacity * 2)) }
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
        if seqByID != nil { seqByID![id] = Int64(locations.count) }
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

    /// The seq holding `id`, if any.
    mutating func seq(of id: EventID) -> Int64? {
        if seqByID == nil {
            var map = [EventID: Int64](minimumCapacity: max(ids.capacity, ids.count + 4096))
            for (i, id) in ids.enumerated() { map[id] = Int64(i + 1) }
            seqByID = map
        }
        return seqByID![id]
    }

    /// All stream names, in order of first appearance.
    var streams: [String] { streamNames }
}
