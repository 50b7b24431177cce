import Foundation
import LedgerJSON
import LedgerStore
import Testing

/// One line limit for writer, verifier and readers: `EnvelopeRules.maxLineBytes`, 1,048,576 bytes
/// with the newline (events/FORMAT.md rule 1). A line at the limit is written, verified and read
/// by all; one byte more is refused by the writer and is a fault at its own seq for `verify`,
/// every reader, the audit tool and tools/verify-ledger.py alike. (Before, `verify` accepted
/// lines up to about 8.28 MB and the readers up to about 2.1 MB, and a 15 MB line made `verify`
/// say no event before it was sound.)
@Suite(.serialized) struct OneLineLimitTests {
    static let limit = EnvelopeRules.maxLineBytes

    static func note(_ text: String) -> NewEvent {
        NewEvent(stream: "C-1", type: "noteAdded", actor: "S-17", payload: ["text": .string(text)])
    }

    /// A ledger whose seq 2 is a line of exactly `limit` bytes: seq 1 measures the line around an
    /// empty text (seqs 1 and 2 have as many digits, and each is its own batch).
    static func ledgerWithALineAtTheLimit(in tmp: TemporaryDirectory) throws -> (dir: String, ledger: Ledger) {
        let dir = tmp.child("ledger")
        // Format version 1: `Rechain` rewrites lines by the version 1 layout (the payload hashed whole).
        let ledger = try Ledger.create(at: dir, formatVersion: 1)
        try ledger.append([note("")])
        let around = try Data(contentsOf: URL(fileURLWithPath: Rechain.segment(of: dir))).count
        try ledger.append([note(String(repeating: "a", count: limit - around))])
        return (dir, ledger)
    }

    /// The lengths of the lines of the ledger's only segment, newline included.
    static func lineLengths(_ dir: String) throws -> [Int] {
        try Data(contentsOf: URL(fileURLWithPath: Rechain.segment(of: dir))).split(separator: 0x0A, omittingEmptySubsequences: false)
            .dropLast().map { $0.count + 1 }
    }

    @Test func aLineOfExactlyTheLimitIsWrittenVerifiedAndReadByAll() throws {
        let tmp = TemporaryDirectory()
        let (dir, _) = try Self.ledgerWithALineAtTheLimit(in: tmp)
        #expect(try Self.lineLengths(dir).last == Self.limit)

        let report = try Verifier.verify(ledgerAt: dir)
        #expect(report.isIntact && report.events == 2, "\(String(describing: report.fault))")
        #expect(try pythonVerify(dir).stdout == "intact: 2 events, head \(report.headHash.hex), Merkle tree root \(report.root.hex)\n")
        let reader = try Ledger.open(at: dir)
        #expect(try allEvents(of: reader).count == 2)
        #expect(try reader.events(inStream: "C-1").count == 2)
        #expect(try Executable.audit.run(["verify", "--ledger", dir]).exitCode == 0)
        #expect(try Executable.caseledger.run(["stream", "C-1", "--ledger", dir]).exitCode == 0)
    }

    @Test func theWriterRefusesALineOneByteOverTheLimitAndWritesNothing() throws {
        let tmp = TemporaryDirectory()
        let (dir, ledger) = try Self.ledgerWithALineAtTheLimit(in: tmp)
        let before = try Data(contentsOf: URL(fileURLWithPath: Rechain.segment(of: dir)))
        let text = try #require(try ledger.event(seq: 2).payload?["text"]?.stringValue)
        let refused = Result { () throws(LedgerError) in try ledger.append([Self.note(text + "a")]) }
        guard case .failure(.invalidEvent(_, let reason)) = refused else {
            Issue.record("not refused: \(refused)")
            return
        }
        #expect(reason.contains("\(Self.limit + 1) bytes with its newline"), "\(reason)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: Rechain.segment(of: dir))) == before)
        // Exactly at the limit it is still accepted (the writer's check is exact, not an estimate).
        try ledger.append([Self.note(text)])
    }

    /// Every verifier and reader reports the line at `place` with `sound` events before it.
    static func expectFault(_ dir: String, at place: LogPosition, sound: Int64) throws {
        let report = try Verifier.verify(ledgerAt: dir)
        let fault = try #require(report.fault)
        #expect(fault.position == place)
        #expect(fault.reason.hasSuffix("(events/FORMAT.md rule 1)"), "\(fault.reason)")
        #expect(report.events == sound)

        let cli = try Executable.caseledger.run(["verify", "--ledger", dir])
        #expect(cli.exitCode == 1)
        #expect(cli.stderr.contains("damaged at \(place): ") && cli.stderr.contains("(\(sound) events before it are sound)"), "\(cli.stderr)")

        let python = try pythonVerify(dir)
        #expect(python.position == place.description, "python said: \(python.stderr)")
        #expect(python.stderr.hasSuffix("(events/FORMAT.md rule 1)\n"), "python said: \(python.stderr)")

        let (at, _) = try #require(VerifyIsTheSpecTests.damage(openingLedgerAt: dir))
        #expect(at == place)
        let audit = try Executable.audit.run(["verify", "--ledger", dir])
        #expect(audit.exitCode == 1)
        #expect(audit.stderr.contains("\(place)"), "\(audit.stderr)")
    }

    @Test func aStoredLineOneByteOverTheLimitIsAFaultAtItsSeqForEveryVerifierAndReader() throws {
        let tmp = TemporaryDirectory()
        let (dir, ledger) = try Self.ledgerWithALineAtTheLimit(in: tmp)
        let text = try #require(try ledger.event(seq: 2).payload?["text"]?.stringValue)
        // Rewritten by hand, digest and hash recomputed: only the length is wrong.
        try Rechain.rewrite(dir, seq: 2, Rechain.Change(payload: CanonicalJSON.encode(["text": .string(text + "a")]), recomputeDigest: true))
        #expect(try Self.lineLengths(dir).last == Self.limit + 1)
        try Self.expectFault(dir, at: LogPosition(segment: SegmentFile.name(firstSeq: 1), line: 2, seq: 2), sound: 1)
    }

    /// 115 events in 23 batches, then `line` (with its newline) as seq 116.
    static func ledgerOf115Events(then line: (String) throws -> [UInt8], in tmp: TemporaryDirectory) throws -> String {
        let dir = tmp.child("ledger")
        // Format version 1: `Rechain` rewrites lines by the version 1 layout (the payload hashed whole).
        let ledger = try Ledger.create(at: dir, formatVersion: 1)
        for b in 0..<23 { try ledger.append((0..<5).map { Self.note("note \(b * 5 + $0)") }) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: Rechain.segment(of: dir)))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(try line(dir)))
        try handle.close()
        return dir
    }

    @Test func aFifteenMegabyteLineAfter115EventsIsReportedAtSeq116With115SoundBeforeIt() throws {
        let tmp = TemporaryDirectory()
        let dir = try Self.ledgerOf115Events(then: { _ in Array(#"{"hash":""#.utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 15_000_000) + [0x0A] }, in: tmp)
        try Self.expectFault(dir, at: LogPosition(segment: SegmentFile.name(firstSeq: 1), line: 116, seq: 116), sound: 115)
    }

    @Test func aValidThreeMegabyteEventAfter115EventsIsAFaultForAllNotOnlyForTheReaders() throws {
        let tmp = TemporaryDirectory()
        let dir = try Self.ledgerOf115Events(then: { _ in [] }, in: tmp)
        // seq 115 becomes a well-formed, well-chained event of 3 MB that the writer would refuse.
        try Rechain.rewrite(dir, seq: 115, Rechain.Change(
            payload: CanonicalJSON.encode(["text": .string(String(repeating: "b", count: 3_000_000))]), recomputeDigest: true))
        try Self.expectFault(dir, at: LogPosition(segment: SegmentFile.name(firstSeq: 1), line: 115, seq: 115), sound: 114)
    }
}
