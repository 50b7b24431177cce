import LedgerStore
import Testing

/// A crash between creating a segment and writing to it leaves an empty last segment, which the
/// format allows: readers and writers open the ledger, and the next append fills that segment.
@Suite struct EmptyLastSegmentTests {
    @Test(arguments: [Ledger.Mode.readOnly, .readWrite])
    func anEmptyLastSegmentLeftByACrashOpensAndIsFilledByTheNextAppend(mode: Ledger.Mode) throws {
        let scratch = Scratch()
        try scratch.newLedger().append([event(n: 1), event(n: 2)])
        try write([], to: scratch.ledgerPath + "/" + SegmentFile.name(firstSeq: 3))
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).isIntact)

        let ledger = try Ledger.open(at: scratch.ledgerPath, mode: mode)
        #expect(ledger.headSeq == 2)
        #expect(try allEvents(of: ledger).map(\.seq) == [1, 2])
        guard mode == .readWrite else { return }
        #expect(try ledger.append([event(n: 3)]).map(\.seq) == [3])
        #expect(try segmentNames(in: scratch.ledgerPath) == [SegmentFile.name(firstSeq: 1), SegmentFile.name(firstSeq: 3)])
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).events == 3)
        #expect(try Ledger.open(at: scratch.ledgerPath).headSeq == 3)
    }
}
