import CaseLedger
import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

extension OversightRebuild {
    /// Cases worked out per chunk: enough to make a chunk's handle and scheduling cheap, few
    /// enough for the cores to share a batch evenly.
    static let chunkSize = 32

    /// The results of `streams`, in the order given (nil for a stream that is not a case, or
    /// has no events up to the head), worked out a chunk at a time, each chunk's events read
    /// together. With `concurrent` and more than one core, the streams are worked out a batch at
    /// a time, each batch cut into chunks the cores take in turn, each core reading through its
    /// own ledger handle (a handle is not thread-safe); the results are the same as one case after
    /// another, and the error thrown is the first in `streams`' order.
    /// `afterBatch`, when given, is called on this thread with the streams of each batch done (for
    /// progress); without it the streams are one batch, so the cores never wait for each other
    /// before the end. Without `findings`, only the caseload facts (issue 18: fold18).
    func oversights(
        of streams: [String], staff: StaffTimeline, deadlines: CaseDeadlines, findings: Bool = true, afterBatch: ((ArraySlice<String>) throws -> Void)? = nil
    ) throws -> [CaseOversight?] {
        let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        var out: [CaseOversight?] = []
        out.reserveCapacity(streams.count)
        guard concurrent, cores > 1, streams.count > Self.chunkSize else {
            for start in stride(from: streams.startIndex, to: streams.endIndex, by: Self.chunkSize) {
                let chunk = streams[start..<min(start + Self.chunkSize, streams.endIndex)]
                out += try oversights(ofGroup: chunk, reading: ledger, through: head, staff: staff, deadlines: deadlines, findings: findings)
                try afterBatch?(chunk)
            }
            return out
        }
        // One handle per core: each core takes the batch's next chunk when it is free, so the cores
        // wait for each other only at the end of a batch.
        let perBatch = afterBatch == nil ? streams.count : 32 * cores
        let shared = BatchContext(rebuild: self, readers: try (0..<cores).map { _ in try ledger.reader() }, head: head)
        var start = streams.startIndex
        while start < streams.endIndex {
            let end = min(streams.endIndex, start + Self.chunkSize * perBatch)
            let chunks = stride(from: start, to: end, by: Self.chunkSize).map { $0..<min($0 + Self.chunkSize, end) }
            let results = ChunkResults<Result<[CaseOversight?], any Error>>(count: chunks.count)
            DispatchQueue.concurrentPerform(iterations: cores) { core in
                while let j = results.claim() {
                    results.put(j, Result {
                        try shared.rebuild.oversights(
                            ofGroup: streams[chunks[j]], reading: shared.readers[core], through: shared.head, staff: staff, deadlines: deadlines,
                            findings: findings)
                    })
                }
            }
            for r in results.take() { out += try r.get() }
            try afterBatch?(streams[start..<end])
            start = end
        }
        return out
    }
}

/// What the threads of a batch share: the rebuild (its own ledger handle is not touched by them),
/// one ledger handle per core (handle `k` used only by the thread running iteration `k`), and the
/// head, read once before. `@unchecked Sendable` because handles are not thread-safe, which that
/// one-thread-per-handle use respects.
private struct BatchContext: @unchecked Sendable {
    let rebuild: OversightRebuild
    let readers: [AuditLedger]
    let head: Int64
}

/// One result slot per chunk of a batch, each written by the one thread that claimed that chunk,
/// and read only after every thread is done (`DispatchQueue.concurrentPerform` returns); chunks
/// are claimed in order, each exactly once. issue 18: fold18: also the parts of a caseload's rows
/// and of a checkpoint's decoding. The slots are one allocation made at the start, so threads
/// writing different slots share no array (whose copy-on-write check, made by each writer, could
/// see another writer's reference and copy the array under it).
final class ChunkResults<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>
    private let next = Atomic<Int>(0)

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    /// The next chunk no thread has claimed, or nil when every one has been.
    func claim() -> Int? {
        let j = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return j < slots.count ? j : nil
    }

    /// Stores chunk `j`'s result; each `j` from one thread only.
    func put(_ j: Int, _ result: T) {
        slots[j] = result
    }

    /// Every chunk's result, in order.
    func take() -> [T] { slots.map { $0! } }
}
