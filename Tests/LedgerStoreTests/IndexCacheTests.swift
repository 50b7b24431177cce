import Foundation
@testable import LedgerStore
import Testing

/// index/ is a cache: deleted, corrupted, cut short, out of date, from another ledger or pointing
/// at the wrong lines, it never changes what a handle reads; the log always wins.
@Suite struct IndexCacheTests {
    enum Spoiling: String, CaseIterable, CustomTestStringConvertible {
        case deleted, corrupted, corruptedHead, corruptedNames, truncated, truncatedNames, emptied, outOfDate, fromAnotherLedger,
            coversMoreThanTheLog, pointsAtWrongLines
        var testDescription: String { rawValue }
    }

    struct Fixture {
        let scratch = Scratch()
        var indexFile: String { scratch.ledgerPath + "/index/head.bin" }
        var recordsFile: String { scratch.ledgerPath + "/index/events.bin" }
        var namesFile: String { scratch.ledgerPath + "/index/streams.bin" }
        var files: [String] { [indexFile, recordsFile, namesFile] }
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
        switch spoiling {
        case .deleted:
            try FileManager.default.removeItem(atPath: f.scratch.ledgerPath + "/index")
        case .corrupted, .corruptedHead, .corruptedNames:
            let file = spoiling == .corrupted ? f.recordsFile : spoiling == .corruptedHead ? f.indexFile : f.namesFile
            var b = try bytes(of: file)
            b[b.count / 2] ^= 0x5A
            try write(b, to: file)
        case .truncated, .truncatedNames:
            let file = spoiling == .truncated ? f.recordsFile : f.namesFile
            let b = try bytes(of: file)
            try write(Array(b.prefix(b.count / 2)), to: file)
        case .emptied:
            for file in f.files { try write([], to: file) }
        case .outOfDate:
            try Self.fill(Ledger.open(at: f.scratch.ledgerPath, mode: .readWrite), from: 31, count: 10)
        case .fromAnotherLedger:
            let other = Scratch()
            let ledger = try other.newLedger()
            try Self.fill(ledger, from: 1_000)
            ledger.saveIndex()
            for name in ["head.bin", "events.bin", "streams.bin"] {
                try write(try bytes(of: other.ledgerPath + "/index/" + name), to: f.scratch.ledgerPath + "/index/" + name)
            }
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
            // Well-formed files (checksums recomputed) whose records for seqs 2 and 5 are swapped.
            var b = try bytes(of: f.recordsFile)
            for field in [0..<16, 20..<24] {
                let two = 40 * 1, five = 40 * 4
                let saved = Array(b[(two + field.lowerBound)..<(two + field.upperBound)])
                b[(two + field.lowerBound)..<(two + field.upperBound)] = b[(five + field.lowerBound)..<(five + field.upperBound)]
                b[(five + field.lowerBound)..<(five + field.upperBound)] = saved[...]
            }
            try write(b, to: f.recordsFile)
            try Self.resign(f)
        }
    }

    /// Recomputes head.bin's checksums of events.bin and streams.bin, and its own.
    static func resign(_ f: Fixture) throws {
        var head = try #require(IndexCache.loadHead(layout: LedgerLayout(root: f.scratch.ledgerPath)))
        let records = try bytes(of: f.recordsFile), names = try bytes(of: f.namesFile)
        head.recordSum = records.withUnsafeBytes { raw in
            stride(from: 0, to: raw.count, by: 8).reduce(IndexCache.seed) { IndexCache.mix($0, raw.loadUnaligned(fromByteOffset: $1, as: UInt64.self)) }
        }
        head.nameSum = names.withUnsafeBytes { raw in
            var sum = IndexCache.seed, at = 0
            while at < raw.count {
                let n = Int(raw.loadUnaligned(fromByteOffset: at, as: UInt32.self))
                sum = IndexCache.mixName(sum, UnsafeRawBufferPointer(rebasing: raw[(at + 4)..<(at + 4 + n)]))
                at += 4 + n
            }
            return sum
        }
        try write(IndexCache.encode(head), to: f.indexFile)
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

        if spoiling == .coversMoreThanTheLog && mode == .readWrite {
            // INVARIANTS.md rule 21: a cache that saw seq 30 committed makes a writer refuse a log
            // ending at seq 20 (appending would reuse the seqs of committed events); readers read
            // the log as it is.
            let before = snapshot(of: f.scratch.ledgerPath)
            #expect {
                try Ledger.open(at: f.scratch.ledgerPath, mode: mode)
            } throws: { error in
                guard case .damaged(let at, let reason) = error as? LedgerError else { return false }
                return at.seq == 21 && reason.hasPrefix("seq 30 was committed")
            }
            #expect(snapshot(of: f.scratch.ledgerPath) == before)
            return
        }
        let ledger = try Ledger.open(at: f.scratch.ledgerPath, mode: mode)
        #expect(ledger.headSeq == Int64(expected.count))
        var streams: [String] = []
        for e in expected where !streams.contains(e.stream) { streams.append(e.stream) }
        #expect(try ledger.streams == streams)
        #expect(streams.count == 4)
        for stream in streams {
            #expect(try ledger.version(of: stream) == Int64(expected.filter { $0.stream == stream }.count))
            #expect(try ledger.events(inStream: stream) == expected.filter { $0.stream == stream })
        }
        let grouped = try Ledger.open(at: f.scratch.ledgerPath, mode: mode)
        #expect(try grouped.events(inStreams: streams.reversed(), rehash: true, tapes: true) == streams.reversed().map { s in expected.filter { $0.stream == s } })
        // Streamed: every event given after the last `begin` (the index rebuilt when it disagrees).
        let streamed = try Ledger.open(at: f.scratch.ledgerPath, mode: mode)
        var kept: [[StoredEvent]] = []
        try streamed.forEachEvent(inStreams: streams.reversed(), rehash: true, tapes: true) { counts in
            kept = counts.map { _ in [] }
        } _: { s, e in
            kept[s].append(e)
        }
        #expect(kept == streams.reversed().map { s in expected.filter { $0.stream == s } })
        let again = try Ledger.open(at: f.scratch.ledgerPath, mode: mode)
        #expect(try (1...Int64(expected.count)).map { try again.event(seq: $0) } == expected)
        #expect(try allEvents(of: again) == expected)
    }

    @Test func aWriterThatSavesItsIndexIsReadBackThroughIt() throws {
        let f = Fixture()
        let writer = try f.scratch.newLedger()
        try Self.fill(writer)
        writer.saveIndex()
        let saved = try f.files.map { try bytes(of: $0) }
        let reader = try Ledger.open(at: f.scratch.ledgerPath)
        #expect(reader.headSeq == 30)
        // Opening and reading in order read no index records.
        #expect(try allEvents(of: reader).count == 30)
        #expect(reader.index == nil)
        #expect(try reader.events(inStream: "C-2") == (try allEvents(of: writer)).filter { $0.stream == "C-2" })
        #expect(reader.savedCache != nil, "the records came from the cache")
        #expect(try reader.streams == writer.streams)
        // A reader never writes, not even the cache.
        #expect(try f.files.map { try bytes(of: $0) } == saved)
    }

    // issue 18: fast18b
    /// Events added unlisted and then listed at once (how the cache is loaded) give every stream
    /// the same seqs, versions and locations as events added one at a time, also when some were
    /// listed before and more are added after.
    @Test func eventsListedAtOnceAreListedAsWhenAddedOneByOne() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let streams = Int.random(in: 1...40, using: &random), events = Int.random(in: 0...600, using: &random)
            let listedFirst = Int.random(in: 0...events, using: &random), addedAfter = Int.random(in: 0...20, using: &random)
            var one = StreamIndex(), many = StreamIndex()
            for s in 0..<streams { one.addStream("S-\(s)"); many.addStream("S-\(s)") }
            for n in 0..<(events + addedAfter) {
                let ordinal = UInt32.random(in: 0..<UInt32(streams), using: &random)
                let id = EventID(high: random.next(), low: random.next())
                let at = EventLocation(segmentOrdinal: 0, length: 10, offset: UInt64(n) * 10, line: UInt32(n))
                one.add(id: id, streamOrdinal: ordinal, location: at)
                if n < listedFirst || n >= events {
                    if n == events { many.listUnlisted() }
                    many.add(id: id, streamOrdinal: ordinal, location: at)
                } else {
                    many.addUnlisted(id: id, streamOrdinal: ordinal, location: at)
                }
            }
            many.listUnlisted()
            for s in 0..<streams {
                #expect(many.seqs(of: "S-\(s)") == one.seqs(of: "S-\(s)"))
                #expect(many.version(of: "S-\(s)") == one.version(of: "S-\(s)"))
            }
            #expect(many.count == one.count && many.ids == one.ids && many.streams == one.streams)
            #expect((1...max(1, one.count)).allSatisfy { many.location(of: $0) == one.location(of: $0) })
        }
    }

    @Test func aReaderOfTheCacheListsEveryStreamAsTheWriterDid() throws {
        let f = Fixture()
        let writer = try f.scratch.newLedger()
        try Self.fill(writer, count: 60)
        writer.saveIndex()
        let reader = try Ledger.open(at: f.scratch.ledgerPath)
        for stream in try writer.streams {
            #expect(try reader.version(of: stream) == writer.version(of: stream))
            #expect(try reader.events(inStream: stream) == writer.events(inStream: stream))
        }
        #expect(reader.savedCache != nil, "the records came from the cache")
    }

    @Test func eachSaveAppendsOnlyWhatIsNew() throws {
        let f = Fixture()
        let writer = try f.scratch.newLedger()
        try Self.fill(writer)
        writer.saveIndex()
        let records = try bytes(of: f.recordsFile), names = try bytes(of: f.namesFile)
        #expect(records.count == 30 * 40)
        try writer.append([event("C-9", n: 31), event("C-1", n: 32)])
        // A crash mid-save leaves bytes past what head.bin counts: they are ignored and overwritten.
        try write(records + Array(repeating: 0xEE, count: 100), to: f.recordsFile)
        writer.saveIndex()
        let after = try bytes(of: f.recordsFile)
        #expect(after.count == 32 * 40)
        #expect(Array(after.prefix(records.count)) == records)
        #expect(Array(try bytes(of: f.namesFile).prefix(names.count)) == names)
        let reader = try Ledger.open(at: f.scratch.ledgerPath)
        #expect(try reader.streams == writer.streams)
        #expect(reader.savedCache?.records == 32)
        #expect(try reader.events(inStream: "C-9").map(\.seq) == [31])
    }

    @Test func aSaveByAnotherWriterIsNotAppendedToBlindly() throws {
        let f = Fixture()
        let one = try f.scratch.newLedger()
        try Self.fill(one)
        one.saveIndex()
        let two = try Ledger.open(at: f.scratch.ledgerPath, mode: .readWrite)
        try two.append([event("C-7", n: 31)])
        two.saveIndex()
        try one.append([event("C-8", n: 32)])
        one.saveIndex()
        let reader = try Ledger.open(at: f.scratch.ledgerPath)
        #expect(try reader.streams == one.streams)
        #expect(reader.savedCache?.records == 32)
        #expect(try reader.events(inStream: "C-7").map(\.seq) == [31])
        #expect(try reader.events(inStream: "C-8").map(\.seq) == [32])
    }
}
