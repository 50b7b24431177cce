import LedgerJSON

#if canImport(Glibc)
import Glibc
#endif

// Keeps events/INVARIANTS.md rule 13: every line read is matched against the verification record.
/// Reads streams of a ledger checked against a verification record, so that a report on a few
/// streams costs what they hold, not what the ledger holds. Never writes.
///
/// Opening checks that the ledger is the one the record was made from (its seq 1 has the recorded
/// hash), that the segments verified are still there, and that the last event verified still has
/// the recorded hash; then it verifies every event recorded since, as `Verifier` does (re-hashed,
/// every link, seqs and times), up to the last committed batch. Reading a stream re-hashes each of
/// its lines and requires the hash the record holds for it (or, for an event recorded since,
/// the hash just verified), with the seq and stream expected. So every event a reader returns is,
/// byte for byte, an event that a full verification passed; events it does not read are not
/// re-checked (`eventsCheckedAgainstRecord` counts those that were).
public final class RecordCheckedReader {
    /// The record.
    public let record: VerificationRecord
    /// The ledger directory.
    public let path: String
    /// The seq of the last committed event (the record's head or later).
    public internal(set) var headSeq: Int64
    /// Its hash.
    public internal(set) var headHash: SHA256Digest
    /// When it was recorded.
    public internal(set) var headRecordedAt: Timestamp
    /// The ledger's first event.
    public let firstEvent: StoredEvent
    /// Events recorded after the record's head, all verified on opening.
    public var eventsSince: Int64 { headSeq - record.headSeq }
    /// Distinct events up to the record's head read so far and found to have the hash the record
    /// holds (the first and the last verified included).
    public var eventsCheckedAgainstRecord: Int { checked.count }
    /// Segment files present.
    public let segmentCount: Int

    let layout: LedgerLayout
    let segments: [SegmentFile]
    private var files: [UInt32: SystemFile] = [:]
    /// The events recorded since the record's head, by stream, and the streams begun since.
    var since: [String: [VerificationRecord.Entry]] = [:]
    var sinceOrder: [String] = []
    private var checked = Set<Int64>()
    private let keys = JSONKeyCache()

    /// Opens the ledger at `path` for reading against `record` (see the type's guarantees).
    public init(ledgerAt path: String, record: VerificationRecord) throws(RecordCheckError) {
        self.path = path
        self.record = record
        layout = LedgerLayout(root: path)
        do {
            try layout.checkManifest()
            segments = try layout.segments()
        } catch {
            throw .ledger(error)
        }
        segmentCount = segments.count
        headSeq = record.headSeq
        headHash = record.head.hash
        headRecordedAt = Timestamp(microsecondsSinceEpoch: 0)
        // The segments verified must all still be there, under the same names, in the same order.
        let present = segments
        if let k = record.segments.indices.first(where: { $0 >= present.count || present[$0].firstSeq != record.segments[$0] }) {
            let verified = SegmentFile(firstSeq: record.segments[k])
            throw .changed(
                recordPath: record.path, at: LogPosition(segment: verified.name, line: 1, seq: verified.firstSeq), verifiedAt: record.verifiedAt,
                reason: k < present.count
                    ? "the segment verified there is missing, and \(present[k].name) is in its place"
                    : "the segment verified there is missing")
        }
        do {
            firstEvent = try Self.read(record.first, stream: nil, in: segments, layout: layout, files: &files, keys: keys, record: record)
        } catch .changed {
            throw .otherLedger(recordPath: record.path, ledgerPath: path)
        }
        checked.insert(1)
        let head = try Self.read(record.head, stream: nil, in: segments, layout: layout, files: &files, keys: keys, record: record)
        checked.insert(head.seq)
        headRecordedAt = head.recordedAt
        try verifySince()
    }

    /// The number of events in `stream` (its version).
    public func version(of stream: String) throws(RecordCheckError) -> Int64 {
        do { return Int64(try record.count(of: stream) + (since[stream]?.count ?? 0)) } catch { throw .unreadable(error) }
    }

    /// Every stream: those the record holds (in byte order of their names), then those begun since.
    public var streams: [String] {
        let recorded = record.streams
        let known = Set(recorded)
        return recorded + sinceOrder.filter { !known.contains($0) }
    }

    /// Every event of `stream` in seq order, each re-hashed and matched against the record (or
    /// against what opening verified, for events recorded since).
    public func events(inStream stream: String) throws(RecordCheckError) -> [StoredEvent] {
        let recorded: [VerificationRecord.Entry]
        do { recorded = try record.entries(of: stream) } catch { throw .unreadable(error) }
        var out: [StoredEvent] = []
        out.reserveCapacity(recorded.count + (since[stream]?.count ?? 0))
        for entry in recorded + (since[stream] ?? []) {
            out.append(try Self.read(entry, stream: stream, in: segments, layout: layout, files: &files, keys: keys, record: record))
            if entry.seq <= record.headSeq { checked.insert(entry.seq) }
        }
        return out
    }

    /// The event `entry` describes, re-hashed; `.changed` unless it has the entry's seq and hash
    /// (and is of `stream`, when given).
    private static func read(
        _ entry: VerificationRecord.Entry, stream: String?, in segments: [SegmentFile], layout: LedgerLayout, files: inout [UInt32: SystemFile],
        keys: JSONKeyCache, record: VerificationRecord
    ) throws(RecordCheckError) -> StoredEvent {
        let segment = segments[Int(entry.segmentOrdinal)]
        func changed(_ reason: String) -> RecordCheckError {
            let position = LogPosition(segment: segment.name, line: entry.line, seq: entry.seq)  // named only for an error
            return .changed(recordPath: record.path, at: position, verifiedAt: record.verifiedAt, reason: reason)
        }
        let bytes: [UInt8]
        do {
            if files[entry.segmentOrdinal] == nil {
                if files.count >= 16 { files.removeAll() }
                files[entry.segmentOrdinal] = try SystemFile.open(layout.path(of: segment), O_RDONLY)
            }
            bytes = try files[entry.segmentOrdinal]!.read(count: entry.length + 1, at: entry.offset)
        } catch {
            throw .ledger(error)
        }
        guard bytes.count == entry.length + 1, bytes.last == 0x0A else { throw changed("the line verified there is gone or has another length") }
        let decoded: Result<StoredEvent, LineFault> = bytes.withUnsafeBytes { raw in
            do throws(LineFault) {
                return .success(try EventLine.decode(UnsafeRawBufferPointer(rebasing: raw.dropLast()), verify: true, keys: keys))
            } catch {
                return .failure(error)
            }
        }
        let event: StoredEvent
        switch decoded {
        case .success(let e): event = e
        case .failure(let fault): throw changed("the line is not a sound event (\(fault.reason))")
        }
        guard event.seq == entry.seq else { throw changed("the line holds seq \(event.seq)") }
        guard event.hash == entry.hash else { throw changed("the event's hash is \(event.hash.hex), not \(entry.hash.hex) as verified") }
        if let stream, event.stream != stream { throw changed("the event belongs to stream \(event.stream), not \(stream)") }
        return event
    }
}
