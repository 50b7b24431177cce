import Dispatch
import LedgerJSON

#if canImport(Glibc)
import Glibc
#endif

extension Ledger {
    /// Appends `events` as one batch: all of them or none, durable (written and fdatasync'd,
    /// the directory synced when a segment is created) before this returns.
    ///
    /// Holds the exclusive writer lock while it reads what other writers appended, checks each
    /// event's envelope, id (an id already recorded with identical content is a no-op reporting
    /// the original seq; with other content a conflict) and expected stream version (counting
    /// earlier events of the same batch), then writes every new line in one write and one sync.
    /// On any error nothing is written. `clock` gives the recorded time; the store never records
    /// a time earlier than the previous event's.
    ///
    /// With `clockGuard`, a clock reading further after the last recorded event than the guard
    /// allows refuses the batch (`.clockJump`) unless the guard carries an acknowledgement, which
    /// is then written as the batch's first event (see `ClockJumpGuard`).
    @discardableResult
    public func append(
        _ events: [NewEvent], clock: () -> Timestamp = Timestamp.now, clockGuard: ClockJumpGuard? = nil
    ) throws(LedgerError) -> [AppendResult] {
        guard mode == .readWrite else { throw .io(operation: "append to", path: path, errno: EROFS) }
        guard !events.isEmpty else { return [] }
        let (payloads, digests) = try Ledger.prepare(events, lastSeq: tail.seq + Int64(events.count), salts: saltsFor(events), inPlace: buildsOneEventInPlace)
        // Keeps events/INVARIANTS.md rule 15: a refused append changes nothing on disk. A batch the
        // log as read now already refuses (a stale expected version, an id recorded with other
        // content, a clock jump not acknowledged) is refused before the writer lock is taken (its
        // file is not even created) — unless rule 59 lets the batch be checked under the lock only:
        // a small batch from a handle that has the lock file open, checked there with exactly these
        // checks in the same order (taking an existing lock writes nothing).
        var early: (decided: Fates, seq: Int64, hash: SHA256Digest, indexCount: Int64)? = nil
        if !checksOnlyUnderLock(batchOf: events.count) {
            try catchUp(asWriter: true, setAside: false)
            try loadIndex()
            early = (try fates(of: events, payloads: payloads), tail.seq, tail.hash, self.index!.count)
            try refuseUnacknowledgedClockJump(clockGuard, clock: clock)
        }
        return try withWriterLock { () throws(LedgerError) -> [AppendResult] in
            let clean = try catchUp(asWriter: true, setAside: false)
            try loadIndex()
            // The fates decided before the lock still hold when the log did not move since: the
            // same committed events, so the same index (it only grows, and a rebuild re-reads them).
            let decided: Fates
            if let early, tail.seq == early.seq, tail.hash == early.hash, index!.count == early.indexCount {
                decided = early.decided
            } else {
                decided = try fates(of: events, payloads: payloads)
            }
            if early == nil { try refuseUnacknowledgedClockJump(clockGuard, clock: clock) }
            return try appendChecked(events, payloads: payloads, digests: digests, decided: decided, clean: clean, clockGuard: clockGuard, clock: clock)
        }
    }

    /// What `fates` decides of a batch: each event's result when it is already recorded (nil
    /// when it is to be written), the indices of the events to write, and the batch's ids.
    typealias Fates = (results: [AppendResult?], fresh: [Int], batchIDs: [EventID: Int])

    /// Whether a batch of `count` events is checked only under the writer lock (rule 59): when it
    /// has at most `checkedOnceUnderLock` events and this handle has the lock file open already
    /// (or works under its caller's lock), so that taking the lock creates nothing. A larger batch
    /// is also checked before the lock, which keeps the lock held briefly while another writer's
    /// appends are read and the batch's fates decided.
    func checksOnlyUnderLock(batchOf count: Int) -> Bool {
        count <= checkedOnceUnderLock && (lockFile != nil || lockHeldByCaller)
    }

    /// Refuses, with `.clockJump`, a batch whose clock reading is further after the last event
    /// this handle has read than `clockGuard` allows, when the guard carries no acknowledgement.
    private func refuseUnacknowledgedClockJump(_ clockGuard: ClockJumpGuard?, clock: () -> Timestamp) throws(LedgerError) {
        guard let clockGuard, clockGuard.acknowledgement == nil, let last = tail.recordedAt else { return }
        let now = clock()
        if clockGuard.jump(from: last, to: now) != nil {
            throw .clockJump(lastRecordedAt: last, clockReads: now, maximumLead: clockGuard.maximumLead)
        }
    }

    /// Under the writer lock, with the batch's fates decided against the log as this handle has
    /// read it: checks the clock guard, then writes the batch (`appendLocked`), with an
    /// acknowledged clock jump's event first.
    private func appendChecked(
        _ events: [NewEvent], payloads: [[UInt8]], digests: [SHA256Digest],
        decided: Fates, clean: Bool,
        clockGuard: ClockJumpGuard?, clock: () -> Timestamp
    ) throws(LedgerError) -> [AppendResult] {
        guard let clockGuard else {
            return try appendLocked(events, payloads: payloads, digests: digests, decided: decided, clean: clean, clock: clock)
        }
        // Keeps events/INVARIANTS.md rule 16: the clock cannot jump ahead silently.
        let now = clock()
        guard let last = tail.recordedAt, clockGuard.jump(from: last, to: now) != nil, !decided.fresh.isEmpty
        else {
            return try appendLocked(events, payloads: payloads, digests: digests, decided: decided, clean: clean, clock: { now })
        }
        guard let reason = clockGuard.acknowledgement else {
            throw .clockJump(lastRecordedAt: last, clockReads: now, maximumLead: clockGuard.maximumLead)
        }
        let acknowledgement = clockGuard.acknowledgementEvent(reason: reason, from: last, to: now, actor: events[0].actor)
        let (ackPayload, ackDigest) = try Ledger.prepare([acknowledgement], lastSeq: tail.seq + 1, salts: saltsFor([acknowledgement]), inPlace: buildsOneEventInPlace)
        let all = [acknowledgement] + events, allPayloads = ackPayload + payloads
        let results = try appendLocked(
            all, payloads: allPayloads, digests: ackDigest + digests, decided: try fates(of: all, payloads: allPayloads), clean: clean, clock: { now })
        return Array(results.dropFirst())
    }

    /// For a version 2 ledger, a fresh salt for each part of each event, all from one request to
    /// the salt source: the salts' hex digits one after another, and where each event's begin (in
    /// salts; event k's parts take its salts in the sorted order of their pointers, so a
    /// deterministic source gives the same salts on every run); nil for version 1.
    private func saltsFor(_ events: [NewEvent]) -> BatchSalts? {
        guard formatVersion >= 2 else { return nil }
        var starts: [Int] = []
        starts.reserveCapacity(events.count + 1)
        var total = 0
        for event in events {
            starts.append(total)
            total += PayloadParts.partCount(of: event.payload)
        }
        starts.append(total)
        return BatchSalts(hex: saltSource.saltsHex(count: total), starts: starts)
    }

    /// A batch's salts (see `saltsFor`).
    struct BatchSalts: Sendable {
        /// 32 hex digits per salt, one after another.
        let hex: [UInt8]
        /// Event k's salts are `starts[k]..<starts[k + 1]`.
        let starts: [Int]

        /// Event k's salts by pointer, for the general path: its parts' pointers, sorted by their
        /// UTF-16 code units (as the `salts` object is written; for the byte path's ASCII names,
        /// their bytes' order), take its salts in order.
        func byPointer(_ k: Int, payload: JSONObject) -> [JSONKey: String] {
            var out: [JSONKey: String] = [:]
            for (n, pointer) in PayloadParts.parts(of: payload).map({ JSONKey($0.pointer) }).sorted().enumerated() {
                let at = 2 * PayloadParts.saltBytes * (starts[k] + n)
                out[pointer] = String(decoding: hex[at..<(at + 2 * PayloadParts.saltBytes)], as: UTF8.self)
            }
            return out
        }
    }

    /// What one event of a batch became before the lock: the bytes of its line after the header
    /// (`,"payload":{…}`, or in version 2 `,"parts":{…},"payload":{…}`) and its payload digest, or
    /// why it is refused.
    private enum Prepared {
        case ready([UInt8], SHA256Digest)
        case refused(String)
    }

    /// Checks each event's envelope and encodes and hashes its payload; throws for the first event
    /// refused. A large batch is split over all cores (each event is independent of the others).
    /// `lastSeq` is the seq the batch's last event will most likely have: each line's length is
    /// worked out exactly with it, so the one line limit refuses here, before the lock, exactly
    /// the lines it refuses when they are built.
    /// With `inPlace` (rule 61), a version 2 event's parts are worked out from its payload's members
    /// as the payload is encoded (`PayloadParts.newLineBody(payload:saltHex:)`), and a lone event
    /// takes no slots; without it, from the canonical bytes read back, as before: the same bytes.
    private static func prepare(_ events: [NewEvent], lastSeq: Int64, salts: BatchSalts?, inPlace: Bool) throws(LedgerError) -> (payloads: [[UInt8]], digests: [SHA256Digest]) {
        let count = events.count
        @Sendable func one(_ event: NewEvent, at i: Int) -> Prepared {
            if let problem = EnvelopeRules.problem(with: event) { return .refused(problem) }
            let bytes: [UInt8]
            let digest: SHA256Digest
            if let salts {
                // Keeps events/INVARIANTS.md rule 38: each part salted on its own, the digest over the part digests.
                // Rule 61: the parts and the payload are built from the members in one pass, one array.
                let fast = salts.hex.withUnsafeBytes { hex in
                    let saltHex = UnsafeRawBufferPointer(rebasing: hex[(2 * PayloadParts.saltBytes * salts.starts[i])..<(2 * PayloadParts.saltBytes * salts.starts[i + 1])])
                    return inPlace
                        ? PayloadParts.newLineBody(payload: event.payload, saltHex: saltHex)
                        : PayloadParts.newLineBody(canonicalPayload: CanonicalJSON.encode(event.payload), saltHex: saltHex)
                }
                if let fast {
                    (bytes, digest) = fast
                } else {
                    // Member names the byte path does not take (escapes, non-ASCII): the JSONValue path.
                    let members = event.payload.objectValue ?? [:]
                    let stored = PayloadParts.Stored(payload: members, salts: salts.byPointer(i, payload: members), erased: [:])
                    var present: [JSONKey: JSONValue] = [:]
                    for part in PayloadParts.parts(of: members) { present[JSONKey(part.pointer)] = part.value }
                    digest = stored.payloadDigest(present: present)
                    bytes = Array(",\"parts\":".utf8) + stored.partsBytes() + Array(",\"payload\":".utf8) + CanonicalJSON.encode(event.payload)
                }
            } else {
                // `,"payload":` and the payload's canonical bytes, encoded in place after it.
                var body: [UInt8] = []
                body.reserveCapacity(512)
                body.append(contentsOf: EventLine.payloadKey[1...])
                CanonicalJSON.append(event.payload, to: &body)
                digest = body.withUnsafeBytes { SHA256.hash(UnsafeRawBufferPointer(rebasing: $0[(EventLine.payloadKey.count - 1)...])) }
                bytes = body
            }
            let header = EventHeader(
                seq: max(1, lastSeq), id: EventID(high: 0, low: 0), stream: event.stream, type: event.type, schema: event.schema,
                recordedAt: Timestamp(microsecondsSinceEpoch: 0), actor: event.actor, payloadDigest: .zero, previousHash: .zero,
                endsBatch: i == count - 1)
            let length = EventLine.length(header: header, bodyBytes: bytes.count)
            if length > EnvelopeRules.maxLineBytes {
                return .refused("its line would be \(length) bytes with its newline, over the \(EnvelopeRules.maxLineBytes)-byte limit for one line")
            }
            return .ready(bytes, digest)
        }
        if count == 1, inPlace {
            // One event (the usual append): no slots.
            switch one(events[0], at: 0) {
            case .refused(let reason): throw .invalidEvent(batchIndex: 0, reason: reason)
            case .ready(let bytes, let digest): return ([bytes], [digest])
            }
        }
        let slots = UnsafeMutableBufferPointer<Prepared>.allocate(capacity: events.count)
        defer {
            slots.baseAddress!.deinitialize(count: events.count)
            slots.deallocate()
        }
        let per = 64
        if events.count < 2 * per {
            for (i, event) in events.enumerated() { (slots.baseAddress! + i).initialize(to: one(event, at: i)) }
        } else {
            let shared = PreparedSlots(slots: slots)
            DispatchQueue.concurrentPerform(iterations: (events.count + per - 1) / per) { part in
                for i in (part * per)..<min(events.count, part * per + per) {
                    (shared.slots.baseAddress! + i).initialize(to: one(events[i], at: i))
                }
            }
        }
        var payloads: [[UInt8]] = []
        var digests: [SHA256Digest] = []
        payloads.reserveCapacity(events.count)
        digests.reserveCapacity(events.count)
        for i in 0..<events.count {
            switch slots[i] {
            case .refused(let reason): throw .invalidEvent(batchIndex: i, reason: reason)
            case .ready(let bytes, let digest):
                payloads.append(bytes)
                digests.append(digest)
            }
        }
        return (payloads, digests)
    }

    /// One line of a batch being built (`appendLocked`): its header, its layout, where it starts in
    /// the batch's buffer, which of the batch's bodies follows its header, and, once chained, its hash.
    private struct BatchLine: Sendable {
        let header: EventHeader
        let layout: EventLine.Layout
        let start: Int
        let body: Int
        var hash = SHA256Digest.zero
    }

    /// Writes each line without its chained fields (`EventLine.writeUnchained`) at its start in
    /// `buffer`, its body `bodies[line.body]`; a large batch is split over all cores (each line has
    /// its own bytes).
    private static func writeUnchained(
        lines: [BatchLine], bodies: [[UInt8]], recordedAtText: [UInt8], into buffer: UnsafeMutableRawBufferPointer
    ) {
        @Sendable func one(_ k: Int, _ out: UnsafeMutableRawBufferPointer) {
            let line = lines[k]
            recordedAtText.withUnsafeBytes { time in
                bodies[line.body].withUnsafeBytes { body in
                    EventLine.writeUnchained(
                        header: line.header, layout: line.layout, recordedAtText: time, body: body,
                        into: UnsafeMutableRawBufferPointer(rebasing: out[line.start..<(line.start + line.layout.length)]))
                }
            }
        }
        let per = 64
        if lines.count < 2 * per {
            for k in lines.indices { one(k, buffer) }
            return
        }
        let shared = BatchBuffer(bytes: buffer)
        DispatchQueue.concurrentPerform(iterations: (lines.count + per - 1) / per) { part in
            for k in (part * per)..<min(lines.count, part * per + per) { one(k, shared.bytes) }
        }
    }

    /// A batch's buffer shared by `writeUnchained`'s workers, each writing only its own lines.
    private struct BatchBuffer: @unchecked Sendable {
        let bytes: UnsafeMutableRawBufferPointer
    }

    /// The slots of `prepare`'s workers, each writing only its own.
    private struct PreparedSlots: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<Prepared>
    }

    /// What each event of a batch comes to against the log as this handle has read it: the
    /// result of an id already recorded with the same content (or repeated within the batch),
    /// and the indices of the events to write. Throws, changing nothing, when an id was recorded
    /// with other content or an expected version is not met.
    private func fates(of events: [NewEvent], payloads: [[UInt8]]) throws(LedgerError) -> Fates {
        var results: [AppendResult?] = Array(repeating: nil, count: events.count)
        var fresh: [Int] = []
        var batchIDs: [EventID: Int] = [:]
        var batchVersions: [String: Int64] = [:]
        // Streams' versions matter only to an event that expects one: a batch of `.any` (an import)
        // skips counting them.
        let versioned = events.contains { $0.expectedVersion != .any }
        fresh.reserveCapacity(events.count)
        if events.count > 1 {
            batchIDs.reserveCapacity(events.count)
            if versioned { batchVersions.reserveCapacity(events.count) }
        }
        for (i, event) in events.enumerated() {
            if let id = event.id {
                if let seq = index!.seq(of: id) {
                    let stored = try self.event(seq: seq)
                    if stored.id != id {
                        // The index cache was wrong about this id: rebuild it from the log and decide again.
                        try rebuildIndex()
                        return try fates(of: events, payloads: payloads)
                    }
                    guard stored.hasSameContent(as: event) else { throw .duplicateEventID(id: id.description, existingSeq: seq, batchIndex: i) }
                    results[i] = AppendResult(seq: seq, id: id, wasAlreadyRecorded: true)
                    continue
                }
                if let j = batchIDs[id] {
                    guard events[j].stream.utf8.elementsEqual(event.stream.utf8), events[j].type.utf8.elementsEqual(event.type.utf8),
                        events[j].schema == event.schema, events[j].actor.utf8.elementsEqual(event.actor.utf8),
                        CanonicalJSON.encode(events[j].payload) == CanonicalJSON.encode(event.payload)
                    else { throw .duplicateEventID(id: id.description, existingSeq: nil, batchIndex: i) }
                    continue  // resolved to event j's seq below
                }
                // Only a later event of the batch reads these: the last one's are not kept (a
                // one-event batch fills no dictionary).
                if i < events.count - 1 { batchIDs[id] = i }
            }
            if versioned {
                let version = batchVersions[event.stream] ?? index!.version(of: event.stream)
                guard event.expectedVersion.isSatisfied(by: version) else {
                    throw .wrongExpectedVersion(stream: event.stream, expected: event.expectedVersion, actual: version, batchIndex: i)
                }
                if i < events.count - 1 { batchVersions[event.stream] = version + 1 }
            }
            fresh.append(i)
        }
        return (results, fresh, batchIDs)
    }

    // Keeps events/INVARIANTS.md rules 3, 4, 15: a batch is all or nothing; recorded time never goes back; a refused batch changes nothing.
    /// `decided` is `fates(of: events, payloads: payloads)` against the log as this handle has read
    /// it under the lock: each event's fate, decided before anything is touched. `clean` is what
    /// the catch-up under the lock returned: true when no uncommitted bytes follow the tail.
    private func appendLocked(
        _ events: [NewEvent], payloads: [[UInt8]], digests: [SHA256Digest],
        decided: Fates, clean: Bool, clock: () -> Timestamp
    ) throws(LedgerError) -> [AppendResult] {
        let (fresh, batchIDs) = (decided.fresh, decided.batchIDs)
        var results = decided.results
        if fresh.isEmpty { return results.map { $0! } }
        // Only now, with something to write, is a torn tail left by a crash set aside (rule 6).
        // Under the lock nothing changes the log but this handle: when the catch-up under the lock
        // found it ending cleanly, there is nothing to set aside.
        if !clean { try catchUp(asWriter: true) }
        index!.reserve(Int(tail.seq) + events.count)

        // Build every line, chained, into one buffer: each line's length is known first, so the
        // lines are written in place (on all cores for a large batch) and only the hashing is chained.
        var recordedAt = clock()
        if let last = tail.recordedAt, recordedAt < last { recordedAt = last }
        var recordedAtText = [UInt8]()
        recordedAtText.reserveCapacity(27)
        recordedAt.appendRFC3339(to: &recordedAtText)
        // Rule 61: a batch of one event (the usual append) builds its one line straight into the
        // buffer that is written, with no array of lines: the same header, layout, bytes and chain.
        if events.count == 1, buildsOneEventInPlace {
            let event = events[0]
            let header = EventHeader(
                seq: tail.seq + 1, id: event.id ?? EventID.random(), stream: event.stream, type: event.type, schema: event.schema,
                recordedAt: recordedAt, actor: event.actor, payloadDigest: digests[0], previousHash: .zero, endsBatch: true)
            let layout = EventLine.Layout(header: header, bodyBytes: payloads[0].count)
            guard layout.length <= EnvelopeRules.maxLineBytes else { throw Ledger.overLimit(batchIndex: 0, length: layout.length) }
            var line = BatchLine(header: header, layout: layout, start: 0, body: 0)
            let prev = tail.hash
            let buffer = [UInt8](unsafeUninitializedCapacity: layout.length) { out, done in
                let raw = UnsafeMutableRawBufferPointer(out)
                recordedAtText.withUnsafeBytes { time in
                    payloads[0].withUnsafeBytes { body in
                        EventLine.writeUnchained(header: header, layout: layout, recordedAtText: time, body: body, into: raw)
                    }
                }
                line.hash = EventLine.chain(raw, layout: layout, prev: prev)
                done = layout.length
            }
            try commitLocked(buffer, lines: CollectionOfOne(line), recordedAt: recordedAt)
            return [AppendResult(seq: header.seq, id: header.id, wasAlreadyRecorded: false)]
        }
        // One array of lines, not one per field: a single event's append allocates little.
        var lines: [BatchLine] = []
        lines.reserveCapacity(fresh.count)
        var total = 0
        for (k, i) in fresh.enumerated() {
            let event = events[i]
            let seq = tail.seq + Int64(k) + 1
            let header = EventHeader(
                seq: seq, id: event.id ?? EventID.random(), stream: event.stream, type: event.type, schema: event.schema, recordedAt: recordedAt,
                actor: event.actor, payloadDigest: digests[i], previousHash: .zero, endsBatch: k == fresh.count - 1)
            let layout = EventLine.Layout(header: header, bodyBytes: payloads[i].count)
            guard layout.length <= EnvelopeRules.maxLineBytes else { throw Ledger.overLimit(batchIndex: i, length: layout.length) }
            lines.append(BatchLine(header: header, layout: layout, start: total, body: i))
            total += layout.length
            results[i] = AppendResult(seq: seq, id: header.id, wasAlreadyRecorded: false)
        }
        var buffer = [UInt8](repeating: 0, count: total)
        var prev = tail.hash
        buffer.withUnsafeMutableBytes { raw in
            Ledger.writeUnchained(lines: lines, bodies: payloads, recordedAtText: recordedAtText, into: raw)
            for k in lines.indices {
                let line = UnsafeMutableRawBufferPointer(rebasing: raw[lines[k].start..<(lines[k].start + lines[k].layout.length)])
                prev = EventLine.chain(line, layout: lines[k].layout, prev: prev)
                lines[k].hash = prev
            }
        }
        for (i, event) in events.enumerated() where results[i] == nil {
            let j = batchIDs[event.id!]!
            results[i] = AppendResult(seq: results[j]!.seq, id: event.id!, wasAlreadyRecorded: true)
        }
        try commitLocked(buffer, lines: lines, recordedAt: recordedAt)
        return results.map { $0! }
    }

    /// The error for an event whose line would be `length` bytes, over the one line limit.
    private static func overLimit(batchIndex: Int, length: Int) -> LedgerError {
        .invalidEvent(batchIndex: batchIndex, reason: "its line would be \(length) bytes with its newline, over the \(EnvelopeRules.maxLineBytes)-byte limit for one line")
    }

    /// Writes a batch's chained `buffer` (its `lines`, in order) at the end of the log and syncs it,
    /// then files the lines in the index and the tree and moves the tail past them; on a failed write
    /// or sync leaves the ledger exactly as it was and throws.
    private func commitLocked(_ buffer: [UInt8], lines: some BidirectionalCollection<BatchLine>, recordedAt: Timestamp) throws(LedgerError) {
        prepareMerkleTreeLocked()
        let previousTail = tail
        let (ordinal, file, created) = try segmentForAppend(bytes: Int64(buffer.count))
        let before = tail.endOffset
        do throws(LedgerError) {
            try file.writeAll(buffer)
            try file.dataSync()
        } catch {
            // Leave the ledger exactly as it was.
            _ = try? file.truncate(to: before)
            _ = try? file.dataSync()
            if created {
                unlink(layout.path(of: segments.removeLast()))
                _ = try? FileSystem.syncDirectory(path)
                appendFile = nil
                tail = previousTail
            }
            throw error
        }
        for line in lines {
            index!.add(
                id: line.header.id, stream: line.header.stream,
                location: EventLocation(
                    segmentOrdinal: ordinal, length: UInt32(line.layout.length - 1), offset: UInt64(before + Int64(line.start)), line: UInt32(tail.nextLine)))
            tail.nextLine += 1
        }
        tail.seq += Int64(lines.count)
        if let last = lines.last { tail.hash = last.hash }
        tail.recordedAt = recordedAt
        tail.endOffset = before + Int64(buffer.count)
        if tail.seq - savedIndexCount >= max(1, indexSaveInterval) { saveIndexLocked() }
        extendMerkleTreeLocked(withBatch: lines.lazy.map(\.hash), after: previousTail.seq)
    }

    /// The segment the batch goes in: the current one, or a new one (created and its directory
    /// synced) when the batch would take the current one past `segmentMaxBytes`.
    private func segmentForAppend(bytes: Int64) throws(LedgerError) -> (UInt32, SystemFile, created: Bool) {
        let current = Int(tail.segmentOrdinal)
        let needNew = current >= segments.count || (tail.endOffset > 0 && tail.endOffset + bytes > segmentMaxBytes)
        if needNew {
            // Keeps events/INVARIANTS.md rule 21: the segment before is synced first, so a batch a
            // killed writer left unsynced in it cannot vanish in a power loss behind a durable newer
            // segment (a gap no reader could pass).
            if tail.endOffset > 0, current < segments.count { try file(ofSegment: UInt32(current)).dataSync() }
            let segment = SegmentFile(firstSeq: tail.seq + 1)
            let file = try SystemFile.open(layout.path(of: segment), O_WRONLY | O_APPEND | O_EXCL, create: true)
            do throws(LedgerError) { try FileSystem.syncDirectory(path) } catch {
                unlink(layout.path(of: segment))
                throw error
            }
            if current < segments.count { tail.segmentOrdinal += 1 }
            segments.append(segment)
            tail.endOffset = 0
            tail.nextLine = 1
            appendFile = (tail.segmentOrdinal, file)
            return (tail.segmentOrdinal, file, true)
        }
        if let (o, f) = appendFile, o == tail.segmentOrdinal { return (o, f, false) }
        let file = try SystemFile.open(layout.path(of: segments[current]), O_WRONLY | O_APPEND)
        appendFile = (tail.segmentOrdinal, file)
        return (tail.segmentOrdinal, file, false)
    }
}
