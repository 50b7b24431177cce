import Foundation
import LedgerStore
import Testing

/// index/ is a cache: deleted, corrupted, cut short, out of date, from another ledger or pointing
/// at the wrong lines, it never changes what a handle reads; the log always wins.
@Suite struct IndexCacheTests {
    enum Spoiling: String, CaseIterable, CustomTestStringConvertible {
        case deleted, corrupted, truncated, emptied, outOfDate, fromAnotherLedger, coversMoreThanTheLog, pointsAtWrongLines
        var testDescription: String { rawValue }
    }

    struct Fixture {
        let scratch = Scratch()
        var indexFile: String { scratch.ledgerPath + "/index/index.bin" }
    }

    /// Appends 30 events on three streams over several segments.
    static func fill(_ ledger: Ledger, from first: Int64 = 1, count: Int64 = 30) throws {
        ledger.segmentMaxBytes = 3_000
        var n = first
        while n < first + count {
            try ledger.append([event("C-\(n % 3)", n: n), event("C-\(n % 3 + 1)", n: n + 1)])
            n += 2
        }
    }

    func spoil(_ spoiling: Spoiling, _ f: Fixture) throws {
        let index = f.indexFile
        switch spoiling {
        case .deleted:
            try FileManager.default.removeItem(atPath: f.scratch.ledgerPath + "/index")
        case .corrupted:
            var b = try bytes(of: index)
            b[b.count / 2] ^= 0x5A
            try write(b, to: index)
        case .truncated:
            let b = try bytes(of: index)
            try write(Array(b.prefix(b.count / 2)), to: index)
        case .emptied:
            try write([], to: index)
        case .outOfDate:
            try Self.fill(Ledger.open(at: f.scratch.ledgerPath, mode: .readWrite), from: 31, count: 10)
        case .fromAnotherLedger:
            let other = Scratch()
            let ledger = try other.newLedger()
            try Self.fill(ledger, from: 1_000)
            ledger.saveIndex()
            try write(try bytes(of: other.ledgerPath + "/index/index.bin"), to: index)
        case .coversMoreThanTheLog:
            // The log is cut back to its first 20 events (a batch boundary) after the index was saved.
            for name in try segmentNames(in: f.scratch.ledgerPath) {
                let path = f.scratch.ledgerPath + "/" + name
                let segmentLines = lines(of: try bytes(of: path))
                let first = Int64(name.dropFirst(8).prefix(16))!
                if first > 20 { try FileManager.default.removeItem(atPath: path) }
                else if first + Int64(segmentLines.count) - 1 > 20 {
                    try write(segmentLines.prefix(Int(20 - first + 1)).flatMap { $0 }, to: path)
                }
            }
        case .pointsAtWrongLines:
            // A well-formed index (its checksum recomputed) whose records for seqs 2 and 5 are swapped.
            var b = try bytes(of: index)
            let count = Int(b[8..<16].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) })
            let records = b.count - 32 - count * 40
            for field in [0..<16, 20..<24] {
                let two = records + 40 * 1, five = records + 40 * 4
                let saved = Array(b[(two + field.lowerBound)..<(two + field.upperBound)])
                b[(two + field.lowerBound)..<(two + field.upperBound)] = b[(five + field.lowerBound)..<(five + field.upperBound)]
                b[(five + field.lowerBound)..<(five + field.upperBound)] = saved[...]
            }
            var hasher = SHA256()
            hasher.update(Array(b.dropLast(32)))
            b.replaceSubrange((b.count - 32)..., with: hasher.finalize().bytes)
            try write(b, to: index)
        }
    }

    @Test(arguments: Spoiling.allCases, [Ledger.Mode.readOnly, .readWrite])
    func aSpoiledIndexNeverChangesWhatIsRead(spoiling: Spoiling, mode: Ledger.Mode) throws {
        let f = Fixture()
        let writer = try f.scratch.newLedger()
        try Self.fill(writer)
        writer.saveIndex()
        #expect(FileManager.default.fileExists(atPath: f.indexFile))
        try spoil(spoiling, f)

        // What the log holds, read with no index at all.
        let truth = Scratch()
        try FileManager.default.copyItem(atPath: f.scratch.ledgerPath, toPath: truth.ledgerPath)
        try? FileManager.default.removeItem(atPath: truth.ledgerPath + "/index")
        let expected = try allEvents(of: Ledger.open(at: truth.ledgerPath))
        #expect(expected.count == (spoiling == .outOfDate ? 40 : spoiling == .coversMoreThanTheLog ? 20 : 30))

        let ledger = try Ledger.open(at: f.scratch.ledgerPath, mode: mode)
        #expect(ledger.headSeq == Int64(expected.count))
        var streams: [String] = []
        for e in expected where !streams.contains(e.stream) { streams.append(e.stream) }
        #expect(ledger.streams == streams)
        #expect(streams.count == 4)
        for stream in streams {
            #expect(ledger.version(of: stream) == Int64(expected.filter { $0.stream == stream }.count))
            #expect(try ledger.events(inStream: stream) == expected.filter { $0.stream == stream })
        }
        let again = try Ledger.open(at: f.scratch.ledgerPath, mode: mode)
        #expect(try (1...Int64(expected.count)).map { try again.event(seq: $0) } == expected)
        #expect(try allEvents(of: again) == expected)
    }

    @Test func aWriterThatSavesItsIndexIsReadBackThroughIt() throws {
        let f = Fixture()
        let writer = try f.scratch.newLedger()
        try Self.fill(writer)
        writer.saveIndex()
        let saved = try bytes(of: f.indexFile)
        let reader = try Ledger.open(at: f.scratch.ledgerPath)
        #expect(reader.headSeq == 30)
        #expect(try reader.events(inStream: "C-2") == (try allEvents(of: writer)).filter { $0.stream == "C-2" })
        #expect(reader.streams == writer.streams)
        // A reader never writes, not even the cache.
        #expect(try bytes(of: f.indexFile) == saved)
    }
}
