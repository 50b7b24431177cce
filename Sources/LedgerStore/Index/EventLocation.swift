/// Where one event's line lies: which segment (by ordinal in seq order), at what byte offset,
/// how long (without the newline), and which line of the segment it is.
struct EventLocation: Hashable, Sendable {
    var segmentOrdinal: UInt32
    var length: UInt32
    var offset: UInt64
    var line: UInt32
}
