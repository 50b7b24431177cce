import Foundation
@testable import LedgerStore
import Testing

/// A verification record holds what a whole verification found; a reader given it returns
/// exactly the events the ledger holds, re-hashed and matched against it, verifies what was
/// recorded since, and refuses a ledger that no longer matches it or a record that is damaged.
@Suite struct VerificationRecordTests {
    /// A ledger of 30 events on streams C-0…C-3 over several segments, and its record.
    struct Fixture {
        let scratch = Scratch()
        var ledger: String { scratch.ledgerPath }
        var recordPath: String { scratch.path + "/verified.rec" }

        init(events: Int64 = 30) throws {
            try IndexCacheTests.fill(try scratch.newLedger(), count: events)
        }

        /// Verifies the whole ledger, writing the record; the verification's report.
        @discardableResult
        func record(at: Int64 = 1_700_000_000_000_000) throws -> VerificationReport {
            let (report, written) = try Verifier.verify(
                ledgerAt: ledger, recordingTo: recordPath, verifiedAt: Timestamp(microsecondsSinceEpoch: at))
            #expect(written == report.isIntact)
            return report
        }

        func reader() throws(RecordCheckError) -> RecordCheckedReader {
            let record: VerificationRecord
            do { record = try VerificationRecord.read(from: recordPath) } catch { throw .unreadable(error) }
            return try RecordCheckedReader(ledgerAt: ledger, record: record)
        }

        /// The segment file holding `seq` and the line number of it there.
        func place(of seq: Int64) throws -> (path: String, line: Int) {
            let names = try segmentNames(in: ledger)
            let name = try #require(names.last { Int64($0.dropFirst(8).prefix(16))! <= seq })
            return (ledger + "/" + name, Int(seq - Int64(name.dropFirst(8).prefix(16))!) + 1)
        }

        /// Replaces line `seq` with `change` applied to its text.
        func edit(seq: Int64, _ change: (String) -> String) throws {
            let (path, line) = try place(of: seq)
            var segmentLines = lines(of: try bytes(of: path))
            segmentLines[line - 1] = Array(change(String(decoding: segmentLines[line - 1], as: UTF8.self)).utf8)
            try write(segmentLines.flatMap { $0 }, to: path)
        }
    }

    @Test func theRecordHoldsEveryStreamsEventsWithTheHashesVerified() throws {
        let f = try Fixture()
        let report = try f.record()
        let record = try VerificationRecord.read(from: f.recordPath)
        let ledger = try Ledger.open(at: f.ledger)
        #expect(record.headSeq == report.events && record.head.hash == report.headHash)
        #expect(record.verifiedAt == Timestamp(microsecondsSinceEpoch: 1_700_000_000_000_000))
        #expect(record.segments.count == (try segmentNames(in: f.ledger)).count && record.segments.count > 2)
        #expect(record.streams == (try ledger.streams).sorted())
        for stream in try ledger.streams {
            let events = try ledger.events(inStream: stream)
            let entries = try record.entries(of: stream)
            #expect(entries.map(\.seq) == events.map(\.seq))
            #expect(entries.map(\.hash) == events.map(\.hash))
        }
        #expect(try record.entries(of: "C-404").isEmpty)
    }

    @Test func aReaderReturnsWhatTheLedgerHoldsAndCountsWhatItChecked() throws {
        let f = try Fixture()
        try f.record()
        let reader = try f.reader()
        let ledger = try Ledger.open(at: f.ledger)
        #expect(reader.headSeq == 30 && reader.eventsSince == 0 && reader.headHash == ledger.headHash)
        #expect(reader.eventsCheckedAgainstRecord == 2)  // the first and the last, on opening
        let c1 = try reader.events(inStream: "C-1")
        #expect(c1 == (try ledger.events(inStream: "C-1")))
        #expect(reader.eventsCheckedAgainstRecord == Set(c1.map(\.seq) + [1, 30]).count)
        #expect(try reader.version(of: "C-1") == Int64(c1.count))
        #expect(try reader.version(of: "C-404") == 0 && (try reader.events(inStream: "C-404")).isEmpty)
    }

    @Test func eventsRecordedAfterTheRecordAreVerifiedAndRead() throws {
        let f = try Fixture()
        try f.record()
        let writer = try Ledger.open(at: f.ledger, mode: .readWrite)
        writer.segmentMaxBytes = 3_000
        for n in Int64(31)...40 { try writer.append([event(n % 2 == 0 ? "C-1" : "C-NEW", n: n)]) }
        let reader = try f.reader()
        #expect(reader.headSeq == 40 && reader.eventsSince == 10 && reader.headHash == writer.headHash)
        for stream in ["C-1", "C-NEW", "C-2"] {
            #expect(try reader.events(inStream: stream) == (try writer.events(inStream: stream)))
            #expect(try reader.version(of: stream) == (try writer.version(of: stream)))
        }
        #expect(reader.streams.last == "C-NEW")
    }

    @Test func anUnfinishedBatchAtTheEndIsLeftOutAsEveryReaderLeavesItOut() throws {
        let f = try Fixture()
        try f.record()
        let (path, _) = try f.place(of: 30)
        try write(try bytes(of: path) + Array("{\"hash\":\"12".utf8), to: path)
        let reader = try f.reader()
        #expect(reader.headSeq == 30 && reader.eventsSince == 0)
    }

    @Test func aChangedLineIsReportedWhenItsStreamIsRead() throws {
        let f = try Fixture()
        try f.record()
        let target = try Ledger.open(at: f.ledger).events(inStream: "C-2")[1]
        try f.edit(seq: target.seq) { $0.replacingOccurrences(of: "\"S-17\"", with: "\"S-18\"") }
        let reader = try f.reader()
        _ = try reader.events(inStream: "C-0")  // not read, not re-checked: the statement says so
        let place = try f.place(of: target.seq)
        #expect {
            try reader.events(inStream: "C-2")
        } throws: { error in
            guard case .changed(_, let at, _, _) = error as? RecordCheckError else { return false }
            return at == LogPosition(segment: URL(fileURLWithPath: place.path).lastPathComponent, line: place.line, seq: target.seq)
        }
    }

    @Test func aChainRewrittenAfterTheRecordIsRefusedOnOpening() throws {
        // The same appends again with another time: a ledger that verifies on its own, but not
        // the one verified.
        let f = try Fixture()
        try f.record()
        let other = Scratch()
        let writer = try other.newLedger()
        writer.segmentMaxBytes = 3_000
        var n: Int64 = 1
        while n <= 30 {
            try writer.append([event("C-\(n % 3)", n: n), event("C-\(n % 3 + 1)", n: n + 1)])
            n += 2
        }
        for name in try segmentNames(in: f.ledger) { try FileManager.default.removeItem(atPath: f.ledger + "/" + name) }
        for name in try segmentNames(in: other.ledgerPath) {
            try FileManager.default.copyItem(atPath: other.ledgerPath + "/" + name, toPath: f.ledger + "/" + name)
        }
        #expect(try Verifier.verify(ledgerAt: f.ledger).isIntact)
        #expect(throws: RecordCheckError.otherLedger(recordPath: f.recordPath, ledgerPath: f.ledger)) { try f.reader() }
    }

    @Test func aChangedLastVerifiedEventIsRefusedOnOpening() throws {
        let f = try Fixture()
        try f.record()
        try f.edit(seq: 30) { $0.replacingOccurrences(of: "\"S-17\"", with: "\"S-99\"") }
        #expect {
            try f.reader()
        } throws: { error in
            guard case .changed(_, let at, _, _) = error as? RecordCheckError else { return false }
            return at.seq == 30
        }
    }

    @Test func damageAfterTheRecordIsReportedWhereItIs() throws {
        let f = try Fixture()
        try f.record()
        let writer = try Ledger.open(at: f.ledger, mode: .readWrite)
        writer.segmentMaxBytes = 3_000
        for n in Int64(31)...34 { try writer.append([event("C-1", n: n)]) }
        try f.edit(seq: 32) { $0.replacingOccurrences(of: "\"n\":32", with: "\"n\":33") }
        let place = try f.place(of: 32)
        #expect {
            try f.reader()
        } throws: { error in
            guard case .ledger(.damaged(let at, _)) = error as? RecordCheckError else { return false }
            return at == LogPosition(segment: URL(fileURLWithPath: place.path).lastPathComponent, line: place.line, seq: 32)
        }
    }

    @Test func segmentsThatAreNotThoseVerifiedAreRefused() throws {
        let f = try Fixture()
        try f.record()
        let names = try segmentNames(in: f.ledger)
        try FileManager.default.removeItem(atPath: f.ledger + "/" + names[1])
        #expect {
            try f.reader()
        } throws: { error in
            guard case .changed(_, let at, _, let reason) = error as? RecordCheckError else { return false }
            return at.segment == names[1] && at.line == 1 && reason.hasPrefix("the segment verified there is missing, and \(names[2]) is in its place")
        }
    }

    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case header, directory, entries, cutShort, notARecord
        var testDescription: String { rawValue }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedRecordIsReportedAsDamagedNotReadWrongly(damage: Damage) throws {
        let f = try Fixture()
        try f.record()
        var b = try bytes(of: f.recordPath)
        let record = try VerificationRecord.read(from: f.recordPath)
        let segments = record.segments.count
        let directory = VerificationRecord.headerBytes + segments * 8
        switch damage {
        case .header: b[20] ^= 0x01  // verifiedAt
        case .directory:  // the middle stream's entry, which every binary search visits first
            b[directory + ((record.streamCount - 1) / 2) * VerificationRecord.directoryEntryBytes + 16] ^= 0x01
        case .entries: b[b.count - 1] ^= 0x01  // the last entry's hash
        case .cutShort: b.removeLast(8)
        case .notARecord: b = Array("seq,hash\n".utf8)
        }
        try write(b, to: f.recordPath)
        let read: () throws -> Void = {
            let record = try VerificationRecord.read(from: f.recordPath)
            for stream in record.streams { _ = try record.entries(of: stream) }
        }
        #expect(throws: VerificationRecord.Unreadable.self) { try read() }
    }

    @Test func aDamagedLedgerGetsNoRecordAndAnOldOneIsReplacedWhole() throws {
        let f = try Fixture()
        try f.record(at: 1)
        let before = try bytes(of: f.recordPath)
        try f.edit(seq: 12) { $0.replacingOccurrences(of: "\"n\":12", with: "\"n\":13") }
        let (report, written) = try Verifier.verify(ledgerAt: f.ledger, recordingTo: f.recordPath, verifiedAt: Timestamp(microsecondsSinceEpoch: 2))
        #expect(!report.isIntact && !written)
        #expect(try bytes(of: f.recordPath) == before)
        try f.edit(seq: 12) { $0.replacingOccurrences(of: "\"n\":13", with: "\"n\":12") }
        try f.record(at: 3)
        #expect(try VerificationRecord.read(from: f.recordPath).verifiedAt == Timestamp(microsecondsSinceEpoch: 3))
        #expect(!FileManager.default.fileExists(atPath: f.recordPath + ".tmp-\(getpid())"))
    }
}
