import CaseLedger
import CaseService

/// Works out an `OversightProjection` from a ledger: from scratch, or from a checkpoint.
///
/// From scratch it reads every case's events exactly once, a case at a time through the stream
/// index, works out that case's results (the per-case rules need its whole history: the case as
/// known before each event, corrections replayed), and lets the events go before the next case —
/// so every event is read and decoded once and memory holds one case's events per core plus
/// every case's results. Cases are independent, so they are worked out on every core
/// (`concurrent`), with the same results as one after another. From a checkpoint it reads only
/// the events after the checkpoint's seq (in seq order) to find the cases they touch, and works
/// out those cases again, with any case whose findings could differ on a new `asOf` (a due date
/// lies between the two days); the rest are taken from the checkpoint. A checkpoint is used only when the ledger's event at its seq has
/// its hash and it was worked out under the same basis; otherwise it is discarded.
public struct OversightRebuild {
    /// The ledger, opened (and verified) for audit.
    public let ledger: AuditLedger
    /// The date missing steps count to.
    public let asOf: CalendarDate
    /// The compliance view's in-force date.
    public let inForceOn: CalendarDate?
    /// The configuration deadlines are worked out with, and its seq (0 for defaults).
    public let deadlineConfiguration: (configuration: Configuration, seq: Int64)
    /// The configuration in force at each decision time.
    public let configurationAt: @Sendable (Timestamp) -> Configuration
    /// The last seq to reflect (the ledger's head when nil): a projection as of an earlier point.
    public let through: Int64?
    /// The decision authority every configuration that can be in force gives, when they all give
    /// the same (`AuditLedger.authorityEverywhere`): compliance then judges who may decide without
    /// looking a configuration up for each event. Nil: looked up for each.
    public var authorityEverywhere: DecisionAuthority? = nil
    /// Whether cases are worked out on every core (the same projection either way).
    public var concurrent = true
    // issue 18: fold18
    /// Whether the projection brought up to date from a checkpoint must hold every case's
    /// compliance findings (the default; `compliance`). When false (`caseload`), the cases worked
    /// out again get only their caseload facts, their findings left pending
    /// (`CaseOversight.findingsPending`); when true, every case whose findings are pending is
    /// worked out again too. A rebuild from scratch always works out the findings.
    public var findingsNeeded = true

    /// A rebuild.
    public init(
        ledger: AuditLedger, asOf: CalendarDate, inForceOn: CalendarDate? = nil, deadlineConfiguration: (configuration: Configuration, seq: Int64),
        configurationAt: @escaping @Sendable (Timestamp) -> Configuration, through: Int64? = nil
    ) {
        self.ledger = ledger
        self.asOf = asOf
        self.inForceOn = inForceOn
        self.deadlineConfiguration = deadlineConfiguration
        self.configurationAt = configurationAt
        self.through = through
    }

    /// The seq reflected.
    public var head: Int64 { min(through ?? ledger.head.seq, ledger.head.seq) }

    /// The basis a projection made now has.
    public func basis() throws -> OversightBasis {
        let staff = try count(Streams.staff), configuration = try count(Streams.configuration)
        return OversightBasis(
            asOf: asOf, inForceOn: inForceOn, staffVersion: Int64(staff.count), configurationVersion: Int64(configuration.count),
            deadlineConfigurationSeq: deadlineConfiguration.seq, staffDigest: staff.value?.hex ?? "", configurationDigest: configuration.value?.hex ?? "")
    }

    /// The stream's events up to the head, each re-hashed: how many, and their digest.
    private func count(_ stream: String) throws -> StreamDigest {
        var digest = StreamDigest()
        guard try ledger.ledger.version(of: stream) > 0 else { return digest }
        for e in try ledger.ledger.events(inStream: stream) where e.seq <= head { digest.add(e.hash) }
        return digest
    }

    /// Every case worked out from its events.
    public func fromScratch(progress: ProgressBar = .quiet) throws -> OversightProjection {
        let staff = StaffTimeline(try ledger.staffEvents().filter { $0.seq <= head })
        let deadlines = CaseDeadlines(configuration: deadlineConfiguration.configuration)
        // In order of first appearance, not by name: cases begun together are read together, so the
        // handles' reads stay within a few segments at a time (the result does not depend on it).
        let streams = try ledger.ledger.streams.filter { !Streams.isReserved($0) }
        var done: Int64 = 0
        progress.start(total: head)
        // Progress in batches only when it is shown: otherwise one batch, no waiting between them.
        let results = try oversights(of: streams, staff: staff, deadlines: deadlines, afterBatch: !progress.isShown ? nil : { batch in
            for stream in batch { done += try ledger.ledger.version(of: stream) }
            progress.update(done)
        })
        var cases: [String: CaseOversight] = [:]
        cases.reserveCapacity(streams.count)
        for (stream, c) in zip(streams, results) { cases[stream] = c }
        progress.finish()
        return OversightProjection(headSeq: head, headHash: try hash(at: head), basis: try basis(), cases: cases)
    }

    /// The projection from `checkpoint` and the events after it, or from scratch when the
    /// checkpoint cannot be used; `discarded` says why it was not.
    public func from(checkpoint: OversightProjection, progress: ProgressBar = .quiet) throws -> (projection: OversightProjection, discarded: String?) {
        let update = try updating(checkpoint: checkpoint, progress: progress)
        return (update.projection, update.discarded)
    }

    // issue 18: delta18
    /// `from(checkpoint:progress:)`, saying also which cases were worked out again (what a delta
    /// checkpoint saved next must hold besides the delta read).
    public func updating(checkpoint: OversightProjection, progress: ProgressBar = .quiet) throws -> CheckpointUpdate {
        if let why = try unusable(checkpoint) { return CheckpointUpdate(projection: try fromScratch(progress: progress), discarded: why, reworked: nil) }
        var touched = Set<String>()
        progress.start(total: head - checkpoint.headSeq)
        if let anchor = ledger.checkpointCheck, anchor.tail.fromSeq == checkpoint.headSeq, anchor.tail.headSeq == head {
            // issue 18: fastload. The streams of the events verified since the checkpoint.
            for stream in anchor.tail.streams where !Streams.isReserved(stream) { touched.insert(stream) }
        } else if checkpoint.headSeq < head {
            try ledger.ledger.forEachEvent(from: checkpoint.headSeq + 1) { e in
                guard e.seq <= head else { return }
                if !Streams.isReserved(e.stream) { touched.insert(e.stream) }
                progress.update(e.seq - checkpoint.headSeq)
            }
        }
        if asOf != checkpoint.basis.asOf {
            for (id, c) in checkpoint.cases where !c.findingsHold(for: asOf) { touched.insert(id) }
        } else if findingsNeeded {
            // issue 18: fold18. Keeps events/INVARIANTS.md rule 64: findings an earlier caseload run left pending are worked out now.
            for (id, c) in checkpoint.cases where c.findingsPending { touched.insert(id) }
        }
        let staff = StaffTimeline(try ledger.staffEvents().filter { $0.seq <= head })
        let deadlines = CaseDeadlines(configuration: deadlineConfiguration.configuration)
        var cases = checkpoint.cases
        let streams = touched.sorted()
        let results = try oversights(of: streams, staff: staff, deadlines: deadlines, findings: findingsNeeded)
        for (stream, c) in zip(streams, results) { cases[stream] = c }
        progress.finish()
        return CheckpointUpdate(
            projection: OversightProjection(headSeq: head, headHash: try hash(at: head), basis: try basis(), cases: cases), discarded: nil,
            reworked: streams)
    }

    // issue 18: fastload
    /// The projection from `checkpoint` and the events after it, for a ledger opened from that
    /// checkpoint (`AuditLedger.open(at:checkpoint:provenance:checkpointPath:)`): throws
    /// `CheckpointAnchorChanged` instead of rebuilding from scratch when it cannot be used, or when
    /// an event read is not what the checkpoint was worked out from — the caller then verifies the
    /// whole ledger and rebuilds from it.
    public func fromAnchoredCheckpoint(progress: ProgressBar = .quiet) throws -> OversightProjection {
        try updatingAnchoredCheckpoint(progress: progress).projection
    }

    // issue 18: delta18
    /// `fromAnchoredCheckpoint(progress:)`, saying also which cases were worked out again.
    public func updatingAnchoredCheckpoint(progress: ProgressBar = .quiet) throws -> CheckpointUpdate {
        guard let anchor = ledger.checkpointCheck else { throw CheckpointAnchorChanged(reason: "the ledger was not opened from a checkpoint") }
        if let why = try unusable(anchor.checkpoint) { throw CheckpointAnchorChanged(reason: why) }
        return try updating(checkpoint: anchor.checkpoint, progress: progress)
    }

    /// Why `checkpoint` cannot be used, or nil when it can.
    func unusable(_ checkpoint: OversightProjection) throws -> String? {
        guard checkpoint.headSeq >= 1, checkpoint.headSeq <= head else {
            return "it reflects seq \(checkpoint.headSeq), and this ledger's head is seq \(head)"
        }
        let actual = try hash(at: checkpoint.headSeq)
        guard actual == checkpoint.headHash else {
            return "this ledger's event at seq \(checkpoint.headSeq) has hash \(actual), not \(checkpoint.headHash) (another ledger, or history changed)"
        }
        if let why = try basis().difference(from: checkpoint.basis) { return why }
        if asOf != checkpoint.basis.asOf, configurationAt(asOf.adding(days: 1).startOfDay) != configurationAt(checkpoint.basis.asOf.adding(days: 1).startOfDay) {
            return "findings counted to \(asOf) use another configuration than those counted to \(checkpoint.basis.asOf)"
        }
        return nil
    }

    private func hash(at seq: Int64) throws -> String {
        if seq == ledger.head.seq { return ledger.head.hash.hex }
        return seq == 0 ? "" : try ledger.ledger.event(seq: seq).hash.hex
    }

    /// The results of a group of cases, their events up to seq `head` read together through
    /// `reader` (nil for a stream that is not a case or has no events up to `head`); the error
    /// thrown is the first in the group's order.
    func oversights(
        ofGroup streams: ArraySlice<String>, reading reader: AuditLedger, through head: Int64, staff: StaffTimeline, deadlines: CaseDeadlines,
        findings: Bool = true
    ) throws -> [CaseOversight?] {
        let read = try reader.read(ofEach: Array(streams), through: head)
        return try zip(streams, read).map { stream, result in
            let read: CaseEventsRead
            do { read = try result.get() } catch AuditError.notACase { return nil }
            // A case an event of which cannot be read is listed, never a reason to stop (issue 14).
            if let last = read.unreadable.last {
                var c = CaseOversight(caseId: stream, unreadable: read.unreadable, lastSeq: max(last.seq, read.events.last?.seq ?? 0))
                c.eventsDigest = read.digest.value
                return c
            }
            let events = read.events
            guard !events.isEmpty else { return nil }
            var c = CaseOversight(
                caseId: stream, events: events, staff: staff, deadlines: deadlines, asOf: asOf, inForceOn: inForceOn,
                configuration: configurationAt, authorityEverywhere: authorityEverywhere, findings: findings)
            c.eventsDigest = read.digest.value
            return c
        }
    }
}

// issue 18: delta18
/// A projection brought up to date from a checkpoint (`OversightRebuild.updating(checkpoint:)`).
public struct CheckpointUpdate: Sendable {
    /// The projection.
    public var projection: OversightProjection
    /// Why the checkpoint was not used (the projection then rebuilt from scratch), or nil.
    public let discarded: String?
    /// The references of the cases worked out again (every other case is the checkpoint's, unchanged);
    /// nil when the checkpoint was discarded.
    public let reworked: [String]?
}
