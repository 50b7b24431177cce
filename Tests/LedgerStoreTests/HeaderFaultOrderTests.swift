@testable import LedgerJSON
@testable import LedgerStore
import Testing

/// A header with more than one unknown field is reported by the first in key order, the same on
/// every read: verify's first fault must not depend on a dictionary's order of iteration (which
/// differs from one dictionary to the next). Seen as a flaky `FastPathEquivalenceTests` failure
/// ("unknown field \"payloadigest\"" on one path, "\"st2eam\"" on the other, for one line).
@Suite struct HeaderFaultOrderTests {
    @Test func twoUnknownHeaderFieldsGiveTheSameFaultOnEveryRead() throws {
        let header: JSONValue = [
            "actor": "S-17", "batchEnd": true, "id": "10e2c468-65e9-4746-94d7-973c5c2a449c",
            "payloadigest": "f05e4c260c34b93483e55fc79a94c39a563a622b9b53f85d8a983cbc2feb39c3",
            "prev": "0000000000000000000000000000000000000000000000000000000000000000",
            "recordedAt": "2026-12-07T04:41:06.373144Z", "schema": 1, "seq": 1, "st2eam": "C-1", "type": "noteAdded",
            "zz": 1, "aa": 2,
        ]
        let text = CanonicalJSON.encode(header)
        var seen: Set<String> = []
        for _ in 0..<200 {
            // A fresh dictionary each time, as each read parses the line again.
            let parsed = try JSONParser.parse(text)
            do throws(LineFault) {
                _ = try EventHeader(parsed)
                Issue.record("a header with unknown fields was read")
            } catch {
                seen.insert(error.reason)
            }
        }
        #expect(seen.count == 1 && seen.first?.hasPrefix("the header has an unknown field \"aa\"") == true, "\(seen)")
    }
}
