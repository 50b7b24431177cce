import Foundation
import LedgerStore

/// A ledger of 8 events in two segments — segment-…1 holds batches (1 2) and (3 4), segment-…5
/// holds (5 6) and (7 8) — and the ways the tamper tests change it.
struct TamperFixture {
    let tmp = TemporaryDirectory()
    var dir: String { tmp.child("ledger") }
    static let first = SegmentFile.name(firstSeq: 1)
    static let second = SegmentFile.name(firstSeq: 5)

    init() throws {
        // Format version 1: these tests rewrite lines by the version 1 layout and rules (each
        // payload hashed whole); version 2's parts and erasure have their own (Version2VerifierTests).
        let ledger = try Ledger.create(at: dir, formatVersion: 1)
        let event = { (n: Int64) in
            NewEvent(stream: "C-\(n % 2)", type: "noteAdded", actor: "S-17", payload: ["n": .integer(n), "note": "café"])
        }
        try ledger.append([event(1), event(2)])
        try ledger.append([event(3), event(4)])
        ledger.segmentMaxBytes = 1
        try ledger.append([event(5), event(6)])
        ledger.segmentMaxBytes = 1 << 20
        try ledger.append([event(7), event(8)])
    }

    func path(_ segment: String) -> String { dir + "/" + segment }

    /// The lines of a segment, each with its newline.
    func lines(_ segment: String) throws -> [[UInt8]] {
        var out: [[UInt8]] = []
        var current: [UInt8] = []
        for b in try Data(contentsOf: URL(fileURLWithPath: path(segment))) {
            current.append(b)
            if b == 0x0A { out.append(current); current = [] }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    func write(_ segment: String, lines: [[UInt8]]) throws {
        try Data(lines.flatMap { $0 }).write(to: URL(fileURLWithPath: path(segment)))
    }

    /// The segment and 1-based line of an event (seqs 1–8).
    static func place(of seq: Int) -> (segment: String, line: Int) { seq <= 4 ? (first, seq) : (second, seq - 4) }

    /// Changes the first byte after `marker` in the line of `seq` (plus `skip` bytes) to `value`, or
    /// to another value of the same kind (another digit, another letter).
    func changeByte(ofSeq seq: Int, after marker: String, skip: Int = 0, to value: UInt8? = nil) throws {
        let (segment, line) = Self.place(of: seq)
        var all = try lines(segment)
        let text = all[line - 1]
        let m = Array(marker.utf8)
        let start = try (0...(text.count - m.count)).first { Array(text[$0..<($0 + m.count)]) == m }.unwrap("no \(marker) in seq \(seq)")
        let at = start + m.count + skip
        all[line - 1][at] = value ?? Self.other(than: text[at])
        try write(segment, lines: all)
    }

    static func other(than byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "0"): return UInt8(ascii: "1")
        case UInt8(ascii: "1")...UInt8(ascii: "9"): return byte - 1
        case UInt8(ascii: "a")...UInt8(ascii: "y"), UInt8(ascii: "A")...UInt8(ascii: "Y"): return byte + 1
        case 0x0A: return UInt8(ascii: " ")
        default: return byte == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        }
    }
}

/// One way to tamper with the fixture, and where verify must report it.
enum Tamper: String, CaseIterable, CustomStringConvertible {
    case hashDigit, seqInHeader, actorInHeader, recordedAtInHeader, batchEndInHeader, prevInHeader
    case payloadByte, nulByteInAnEarlierSegment, payloadOfTheLastEvent, newlineInTheMiddle, newlineEndingAnEarlierSegment, newlineEndingTheLog
    case deletedLine, deletedFirstLineOfASegment, deletedLastLineOfAnEarlierSegment, deletedLastLine
    case swappedLines, swappedLastTwoLines, earlierSegmentCutMidLine, earlierSegmentCutBetweenBatches, lastSegmentCutMidLine

    var description: String { rawValue }

    /// Where the first fault is: the segment, the line, and the seq expected there.
    var fault: LogPosition {
        let (segment, line, seq): (String, Int, Int64) = switch self {
        case .hashDigit: (TamperFixture.first, 3, 3)
        case .seqInHeader: (TamperFixture.second, 2, 6)
        case .actorInHeader: (TamperFixture.first, 2, 2)
        case .recordedAtInHeader: (TamperFixture.second, 3, 7)
        case .batchEndInHeader: (TamperFixture.first, 4, 4)
        case .prevInHeader: (TamperFixture.second, 1, 5)
        case .payloadByte: (TamperFixture.first, 1, 1)
        case .nulByteInAnEarlierSegment: (TamperFixture.first, 2, 2)
        case .payloadOfTheLastEvent: (TamperFixture.second, 4, 8)
        case .newlineInTheMiddle: (TamperFixture.first, 2, 2)
        case .newlineEndingAnEarlierSegment: (TamperFixture.first, 4, 4)
        case .newlineEndingTheLog: (TamperFixture.second, 4, 8)
        case .deletedLine: (TamperFixture.first, 3, 3)
        case .deletedFirstLineOfASegment: (TamperFixture.second, 1, 5)
        case .deletedLastLineOfAnEarlierSegment: (TamperFixture.second, 1, 4)
        case .deletedLastLine: (TamperFixture.second, 4, 8)
        case .swappedLines: (TamperFixture.first, 2, 2)
        case .swappedLastTwoLines: (TamperFixture.second, 3, 7)
        case .earlierSegmentCutMidLine: (TamperFixture.first, 3, 3)
        case .earlierSegmentCutBetweenBatches: (TamperFixture.second, 1, 3)
        case .lastSegmentCutMidLine: (TamperFixture.second, 3, 7)
        }
        return LogPosition(segment: segment, line: line, seq: seq)
    }

    /// Whether the result looks like what a crash leaves at the end of the log (an unfinished last
    /// line or batch): verify reports it, but a writer sets it aside under torn/ as FORMAT.md says.
    var looksLikeATornTail: Bool { [.newlineEndingTheLog, .deletedLastLine, .lastSegmentCutMidLine].contains(self) }

    func apply(to f: TamperFixture) throws {
        let first = TamperFixture.first, second = TamperFixture.second
        switch self {
        case .hashDigit: try f.changeByte(ofSeq: 3, after: #"{"hash":""#, skip: 20)
        case .seqInHeader: try f.changeByte(ofSeq: 6, after: #""seq":"#)
        case .actorInHeader: try f.changeByte(ofSeq: 2, after: #""actor":""#)
        case .recordedAtInHeader: try f.changeByte(ofSeq: 7, after: #""recordedAt":""#, skip: 3)
        case .batchEndInHeader: try f.changeByte(ofSeq: 4, after: #""batchEnd":t"#, skip: 1)
        case .prevInHeader: try f.changeByte(ofSeq: 5, after: #""prev":""#, skip: 10)
        case .payloadByte: try f.changeByte(ofSeq: 1, after: #""note":""#)
        case .nulByteInAnEarlierSegment: try f.changeByte(ofSeq: 2, after: #""note":""#, to: 0)
        case .payloadOfTheLastEvent: try f.changeByte(ofSeq: 8, after: #""n":"#)
        case .newlineInTheMiddle: try f.changeByte(ofSeq: 2, after: "}}")
        case .newlineEndingAnEarlierSegment: try f.changeByte(ofSeq: 4, after: "}}")
        case .newlineEndingTheLog: try f.changeByte(ofSeq: 8, after: "}}")
        case .deletedLine: try f.write(first, lines: try f.lines(first).enumerated().filter { $0.offset != 2 }.map(\.element))
        case .deletedFirstLineOfASegment: try f.write(second, lines: Array(try f.lines(second).dropFirst()))
        case .deletedLastLineOfAnEarlierSegment: try f.write(first, lines: Array(try f.lines(first).dropLast()))
        case .deletedLastLine: try f.write(second, lines: Array(try f.lines(second).dropLast()))
        case .swappedLines:
            var lines = try f.lines(first)
            lines.swapAt(1, 2)
            try f.write(first, lines: lines)
        case .swappedLastTwoLines:
            var lines = try f.lines(second)
            lines.swapAt(2, 3)
            try f.write(second, lines: lines)
        case .earlierSegmentCutMidLine:
            let lines = try f.lines(first)
            try f.write(first, lines: Array(lines.prefix(2)) + [Array(lines[2].prefix(100))])
        case .earlierSegmentCutBetweenBatches: try f.write(first, lines: Array(try f.lines(first).prefix(2)))
        case .lastSegmentCutMidLine:
            let lines = try f.lines(second)
            try f.write(second, lines: Array(lines.prefix(2)) + [Array(lines[2].prefix(lines[2].count / 2))])
        }
    }
}

extension Optional {
    func unwrap(_ what: String) throws -> Wrapped {
        guard let self else { throw FixtureError(description: what) }
        return self
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
}
