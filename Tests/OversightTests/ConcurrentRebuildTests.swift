import CaseAudit
import CaseDemo
import CaseLedger
import LedgerStore
import Testing

@Suite("Oversight projection: worked out on every core, the same as one case after another")
struct ConcurrentRebuildTests {
    /// A rebuild on every core (several batches of chunks of cases, each chunk read through its
    /// own handle) against the same rebuild one case after another: byte for byte the same
    /// projection, from scratch, as of an earlier seq, and from a checkpoint.
    @Test("a concurrent rebuild is byte for byte the serial one", arguments: [UInt64(7), 8])
    func concurrentEqualsSerial(seed: UInt64) throws {
        let (fx, dir) = try OversightFixture.synthetic("concurrent-\(seed)", cases: 700, seed: seed)
        defer { dir.remove() }
        let head = fx.ledger.head.seq
        func serial(_ rebuild: OversightRebuild) -> OversightRebuild {
            var r = rebuild
            r.concurrent = false
            return r
        }
        for through in [nil, head - 500] {
            let together = try fx.rebuild(through: through).fromScratch()
            let alone = try serial(fx.rebuild(through: through)).fromScratch()
            #expect(together.cases.count > 0)
            #expect(OversightCheckpoint.encode(together) == OversightCheckpoint.encode(alone), "through \(through ?? head)")
        }
        let checkpoint = try serial(fx.rebuild(through: max(try fx.lastConfigurationSeq + 1, head - 3_000))).fromScratch()
        let (together, discarded) = try fx.rebuild().from(checkpoint: checkpoint)
        let (alone, _) = try serial(fx.rebuild()).from(checkpoint: checkpoint)
        #expect(discarded == nil)
        #expect(OversightCheckpoint.encode(together) == OversightCheckpoint.encode(alone))
    }

    /// A second handle from `Ledger.reader()` reads every stream exactly as the first does.
    @Test("a reader handle reads what its ledger handle reads")
    func readerReadsTheSame() throws {
        let dir = try TempDirectory("reader")
        defer { dir.remove() }
        try SyntheticCaseload.write(to: dir.path + "/l", cases: 40, seed: 9)
        let ledger = try Ledger.open(at: dir.path + "/l")
        let reader = try ledger.reader()
        #expect(reader.headSeq == ledger.headSeq && reader.headHash == ledger.headHash)
        #expect(try reader.streams == ledger.streams)
        for stream in try ledger.streams { #expect(try reader.events(inStream: stream) == ledger.events(inStream: stream)) }
    }
}
