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

    /// Adds the next event (its seq must be `count + 1`).
    mutating func add(id: EventID, stream: String, location: EventLocation) {
        let ordinal: UInt32
        if let o = ordinals[stream] {
            ordinal = o
        } else {
            ordinal = UInt32(streamNames.count)
            ordinals[stream] = ordinal
            streamNames.append(stream)
            seqsByStream.append([])
        }
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
            var map = [EventID: Int64](minimumCapacity: ids.count)
            for (i, id) in ids.enumerated() { map[id] = Int64(i + 1) }
            seqByID = map
        }
        return seqByID![id]
    }

    /// All stream names, in order of first appearance.
    var streams: [String] { streamNames }
}
