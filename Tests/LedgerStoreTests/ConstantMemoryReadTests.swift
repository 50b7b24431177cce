import Foundation
import LedgerStore
import Testing

/// Reading every event with forEachEvent holds one event (and one read buffer) at a time: the
/// process's resident memory does not grow with the amount of the log read.
@Suite struct ConstantMemoryReadTests {
    static let events = 48
    static let payloadBytes = 1_000_000

    /// Resident set size of this process, in bytes (from /proc/self/statm).
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    @Test func readingFortyEightMegabytesOfEventsDoesNotGrowMemoryWithTheLog() throws {
        let scratch = Scratch()
        do {
            let ledger = try scratch.newLedger()
            let filler = String(repeating: "x", count: Self.payloadBytes)
            for n in 1...Self.events {
                try ledger.append([NewEvent(stream: "C-1", type: "bulk", actor: "S-1", payload: ["n": .integer(Int64(n)), "text": .string(filler)])])
            }
        }
        let reader = try Ledger.open(at: scratch.ledgerPath)
        // Other tests run in this process at the same time and allocate too; a reader that held
        // the log would grow by ~48 MB on every attempt, so one attempt within bounds suffices.
        var growths: [Int] = []
        for _ in 1...3 {
            let before = Self.residentBytes()
            var peak = before, count = 0, total = 0
            try reader.forEachEvent { e in
                count += 1
                if case .string(let s)? = e.payload?["text"] { total += s.utf8.count }
                peak = max(peak, Self.residentBytes())
            }
            #expect(count == Self.events)
            #expect(total == Self.events * Self.payloadBytes)
            growths.append(peak - before)
            if peak - before < Self.events * Self.payloadBytes / 3 { break }
        }
        #expect(growths.contains { $0 < Self.events * Self.payloadBytes / 3 }, "resident memory grew by \(growths) bytes while reading")
    }
}
