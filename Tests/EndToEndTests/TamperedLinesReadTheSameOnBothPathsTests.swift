import Foundation
@testable import LedgerStore
import Testing

/// On every tamper case, every line of the tampered ledger reads the same through `decode` (fast
/// path first) as through the general path alone — the same event, or the same fault — in every
/// mode; a line the fast paths accept is one the general path accepts.
@Suite struct TamperedLinesReadTheSameOnBothPathsTests {
    @Test(arguments: Tamper.allCases)
    func everyLineOfATamperedLedgerReadsTheSameOnBothPaths(tamper: Tamper) throws {
        let f = try TamperFixture()
        try tamper.apply(to: f)
        var lines = 0
        for segment in [TamperFixture.first, TamperFixture.second] where FileManager.default.fileExists(atPath: f.path(segment)) {
            for line in try f.lines(segment) {
                let bytes = line.last == 0x0A ? Array(line.dropLast()) : line
                lines += 1
                bytes.withUnsafeBytes { raw in
                    for (verify, payload) in [(true, false), (true, true), (false, true), (false, false)] {
                        let general = Result { () throws(LineFault) in try EventLine.generalDecode(raw, verify: verify, decodePayload: payload) }
                        let combined = Result { () throws(LineFault) in try EventLine.decode(raw, verify: verify, decodePayload: payload) }
                        #expect(combined == general)
                        if let fast = EventLine.fastDecode(raw, verify: verify, decodePayload: payload) { #expect(general == .success(fast)) }
                    }
                    if let v = EventLine.fastVerify(raw) {
                        #expect((try? EventLine.generalDecode(raw, verify: true, decodePayload: false))?.hash == v.hash)
                    }
                }
            }
        }
        #expect(lines >= 6)
    }
}
