@testable import LedgerJSON
@testable import LedgerStore
import Testing

/// The writer works out each line's length before it builds the line (the one line limit refuses a
/// batch before the lock), from `EventHeader.canonicalByteCount` rather than by writing the header
/// into a scratch buffer. That count must be exactly what `appendCanonical` writes, for every kind
/// of string (escapes, controls, non-ASCII), every integer width, and both batch marks.
@Suite struct HeaderByteCountTests {
    static let strings: [String] =
        ["", "C-1001", "S-17", "Ann \"the auditor\" O'Neil", "back\\slash", "tab\there", "x\u{A0}y", "Zoë", "中文", "😀",
         "\u{7F}", "\u{85}", "e\u{301}", String(repeating: "a", count: 128),
         // Every ASCII byte in one (heap) string, and escapes past a small string's 15 bytes.
         String(decoding: (0..<0x80).map { UInt8($0) }, as: UTF8.self), String(repeating: "\"\\\u{1}\n", count: 9)]
        + (0..<0x20).map { "c" + String(UnicodeScalar(UInt8($0))) + "d" }
    static let integers: [Int64] = [0, 1, 9, 10, 99, 100, 12_345, 1_000_000, JSONValue.maxSafeInteger, -1, -10, -JSONValue.maxSafeInteger]

    @Test func theHeadersByteCountIsWhatItsCanonicalBytesTake() {
        var checked = 0
        for (k, text) in Self.strings.enumerated() {
            for (j, number) in Self.integers.enumerated() {
                let header = EventHeader(
                    seq: Self.integers[(j + 3) % Self.integers.count], id: EventID(high: UInt64(k), low: UInt64(j)), stream: Self.strings[(k + 5) % Self.strings.count],
                    type: Self.strings[(k + j) % Self.strings.count], schema: number,
                    recordedAt: Timestamp(microsecondsSinceEpoch: 1_795_000_000_123_456), actor: text,
                    payloadDigest: SHA256.hash(Array(text.utf8)), previousHash: .zero, endsBatch: (k + j) % 2 == 0)
                var bytes: [UInt8] = []
                header.appendCanonical(to: &bytes)
                #expect(header.canonicalByteCount == bytes.count, "header \(String(decoding: bytes, as: UTF8.self))")
                let payload = Array(#"{"a":"0123456789"}"#.utf8)
                var line: [UInt8] = []
                _ = EventLine.append(header: header, payload: payload, to: &line)
                #expect(EventLine.length(header: header, bodyBytes: EventLine.payloadKey.count - 1 + payload.count) == line.count)
                checked += 1
            }
        }
        #expect(checked == Self.strings.count * Self.integers.count)
    }

    @Test func aLineWrittenInPlaceAndThenChainedIsTheLineAppendWrites() {
        let times: [Int64] = [0, 1_795_000_000_123_456, -62_167_219_200_000_000, 253_402_300_799_999_999, 253_402_300_800_000_000, -62_167_219_200_000_001]
        var prev = SHA256Digest.zero
        for (k, text) in Self.strings.enumerated() {
            let payload = Array(#"{"a":"\#(k)","b":[1,2,{"c":null}]}"#.utf8)
            let header = EventHeader(
                seq: Int64(k + 1), id: EventID(high: UInt64(k) &* 0x9E37_79B9_7F4A_7C15, low: ~UInt64(k)), stream: Self.strings[(k + 3) % Self.strings.count],
                type: Self.strings[(k + 7) % Self.strings.count], schema: Int64(k % 3 + 1),
                recordedAt: Timestamp(microsecondsSinceEpoch: times[k % times.count]), actor: text,
                payloadDigest: SHA256.hash(payload), previousHash: prev, endsBatch: k % 2 == 1)
            // A version 1 body, and (odd k) a version 2 body with its `parts` member.
            let body = (k % 2 == 1 ? Array(#","parts":{"erased":{},"salts":{"/a":"000102030405060708090a0b0c0d0e0f"}}"#.utf8) : [])
                + Array(EventLine.payloadKey.dropFirst()) + payload
            var time: [UInt8] = []
            header.recordedAt.appendRFC3339(to: &time)
            var expected: [UInt8] = []
            let expectedHash = EventLine.append(header: header, recordedAtText: time, body: body, to: &expected)
            var blank = header
            blank.previousHash = .zero
            let layout = EventLine.Layout(header: blank, bodyBytes: body.count)
            var line = [UInt8](repeating: 0, count: layout.length)
            let hash = line.withUnsafeMutableBytes { raw in
                time.withUnsafeBytes { t in
                    body.withUnsafeBytes { b in EventLine.writeUnchained(header: blank, layout: layout, recordedAtText: t, body: b, into: raw) }
                }
                return EventLine.chain(raw, layout: layout, prev: prev)
            }
            #expect(line == expected, "line \(k): \(String(decoding: line, as: UTF8.self))")
            #expect(hash == expectedHash)
            prev = hash
        }
    }

    @Test func aStringLiteralsByteCountIsWhatAppendStringWrites() {
        for text in Self.strings {
            var bytes: [UInt8] = []
            CanonicalJSON.appendString(text, to: &bytes)
            #expect(CanonicalJSON.stringLiteralByteCount(text) == bytes.count, "\(text.debugDescription)")
        }
        for number in Self.integers {
            var bytes: [UInt8] = []
            CanonicalJSON.appendInteger(number, to: &bytes)
            #expect(CanonicalJSON.integerByteCount(number) == bytes.count, "\(number)")
        }
    }
}
