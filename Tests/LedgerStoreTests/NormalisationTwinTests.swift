import Foundation
@testable import LedgerJSON
@testable import LedgerStore
import Testing

/// Member names that differ only by Unicode normalisation are two names (events/FORMAT.md: keys
/// are compared by their UTF-16 code units; INVARIANTS rule 65): "e\u{301}" (e and a combining
/// acute accent) and "\u{E9}" (é precomposed), and the Kelvin sign "\u{212A}" and "K", are kept
/// apart by the writer, `verify`, every reader (the fast paths and the general decoder), format
/// version 2's parts (one salt and one digest each), erasure part by part, and the mirror. A
/// Swift `String` calls each pair equal, so before this, a payload holding both lost one member
/// as a value, and a reader called such a line unreadable.
@Suite struct NormalisationTwinTests {
    static let decomposed = "e\u{301}", precomposed = "\u{E9}"

    /// Both spellings of é, both of K, and lists under both spellings of é (format version 2 splits
    /// a list into one part per element: "/e\u{301}/0" beside "/\u{E9}/0").
    static let payload: JSONValue = [
        decomposed: 1, precomposed: 2, "K": "letter", "\u{212A}": "kelvin",
        "list": .array([.object([decomposed: "a", precomposed: "b"])]),
    ]
    static let listPayload: JSONValue = [decomposed: .array(["x", "y"]), precomposed: .array(["z"]), "n": 3]

    /// The payload's canonical bytes, written by hand: members in UTF-16 code-unit order.
    static let payloadBytes = Array("{\"K\":\"letter\",\"e\u{301}\":1,\"list\":[{\"e\u{301}\":\"a\",\"\u{E9}\":\"b\"}],\"\u{E9}\":2,\"\u{212A}\":\"kelvin\"}".utf8)

    /// Every way a reader or verifier reads the line `bytes`: the general decoder (with and
    /// without verify), the fast decoder, and the fast verifier when it takes the line; each must
    /// agree on the event (rules 46, 53, 62).
    static func readEveryWay(_ bytes: [UInt8]) throws -> StoredEvent {
        try bytes.withUnsafeBytes { raw throws -> StoredEvent in
            let general = try EventLine.generalDecode(raw, verify: true)
            #expect(try EventLine.generalDecode(raw, verify: false) == general)
            #expect(try EventLine.decode(raw, verify: true) == general)
            #expect(try EventLine.decode(raw, verify: false) == general)
            for verify in [false, true] {
                if let fast = EventLine.fastDecode(raw, verify: verify, decodePayload: true) { #expect(fast == general) }
                if let fast = EventLine.fastDecode(raw, verify: verify, decodePayload: true, tape: true) { #expect(fast == general) }
            }
            if let checked = EventLine.fastVerify(raw) {
                #expect(checked.hash == general.hash && checked.seq == general.seq && Set(checked.erased) == Set(general.erasedParts))
            }
            return general
        }
    }

    /// The line of seq `seq` in the ledger at `path` (one segment), without its newline.
    static func line(_ seq: Int, at path: String) throws -> [UInt8] {
        var line = lines(of: try bytes(of: path + "/" + segmentNames(in: path)[0]))[seq - 1]
        if line.last == 0x0A { line.removeLast() }
        return line
    }

    /// The payload's bytes in a line: after `"payload":`, up to the line's closing brace.
    static func payloadBytes(inLine line: [UInt8]) -> [UInt8] {
        let key = Array("\"payload\":".utf8)
        let at = (0...(line.count - key.count)).last { Array(line[$0..<($0 + key.count)]) == key }!
        return Array(line[(at + key.count)..<(line.count - 1)])
    }

    @Test func aPayloadHoldingBothSpellingsKeepsEveryMemberAsAValue() throws {
        let members = try #require(Self.payload.objectValue)
        #expect(members.count == 5)
        #expect(members[Self.decomposed] == 1 && members[Self.precomposed] == 2)
        #expect(members["K"] == "letter" && members["\u{212A}"] == "kelvin")
        #expect(CanonicalJSON.encode(Self.payload) == Self.payloadBytes)
        #expect(try JSONParser.parse(Self.payloadBytes) == Self.payload)
        // A tape, when it takes the text, reads the same value.
        if let tape = Self.payloadBytes.withUnsafeBytes({ JSONTape(object: $0) }) { #expect(tape.root.jsonValue == Self.payload) }
        let nested = Array("{\"a\":{\"e\u{301}\":1,\"\u{E9}\":2}}".utf8)
        if let tape = nested.withUnsafeBytes({ JSONTape(object: $0) }) { #expect(tape.root.jsonValue == (try JSONParser.parse(nested))) }
        // Keys compare and hash by their bytes, sort by UTF-16 code units.
        #expect(JSONKey(Self.decomposed) != JSONKey(Self.precomposed))
        #expect(Set([JSONKey(Self.decomposed), JSONKey(Self.precomposed), JSONKey(Self.decomposed)]).count == 2)
        #expect(JSONKey(Self.decomposed) < JSONKey(Self.precomposed))
        #expect(JSONKey("\u{FFFD}") > JSONKey("\u{1F600}"), "a supplementary character (surrogates) sorts before U+E000–U+FFFF")
    }

    @Test(arguments: [1, 2])
    func bothMembersAreWrittenReadVerifiedAndErasedApart(formatVersion: Int) throws {
        let scratch = Scratch()
        let ledger = try Ledger.create(at: scratch.ledgerPath, formatVersion: formatVersion)
        ledger.saltSource = .unsafeDeterministicSalts(seed: 65)
        // A one-event append (built in place when it can be), then a batch of two.
        try ledger.append([NewEvent(stream: "X-1", type: "twinNoted", actor: "S-1", payload: Self.payload)])
        try ledger.append([
            NewEvent(stream: "X-1", type: "twinNoted", actor: "S-1", payload: Self.listPayload),
            NewEvent(stream: "X-2", type: "twinNoted", actor: "S-1", payload: Self.payload),
        ])
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).isIntact)
        for (seq, payload) in [(1, Self.payload), (2, Self.listPayload), (3, Self.payload)] {
            let line = try Self.line(seq, at: scratch.ledgerPath)
            #expect(Self.payloadBytes(inLine: line) == CanonicalJSON.encode(payload), "seq \(seq): the payload's bytes as written")
            let event = try Self.readEveryWay(line)
            #expect(event.payload == payload, "seq \(seq)")
            #expect(try Ledger.open(at: scratch.ledgerPath).event(seq: Int64(seq)) == event)
        }
        #expect(try Ledger.open(at: scratch.ledgerPath).events(inStream: "X-1").map(\.payload) == [Self.payload, Self.listPayload])
        guard formatVersion == 2 else { return }

        // Format version 2: one part, one salt and one digest per spelling.
        let first = try ledger.event(seq: 1)
        let salts = try #require(first.partSalts)
        #expect(Set(salts.keys) == Set(["/K", "/e\u{301}", "/list/0", "/\u{E9}", "/\u{212A}"].map { JSONKey($0) }))
        #expect(Set(salts.values).count == 5, "each part has its own salt")
        let second = try ledger.event(seq: 2)
        #expect(Set(try #require(second.partSalts).keys) == Set(["/e\u{301}/0", "/e\u{301}/1", "/\u{E9}/0", "/n"].map { JSONKey($0) }))

        // Erased part by part: the precomposed spelling first, then the other; each erasure
        // authorised, verified, and read back every way, with the other spelling untouched.
        let steps: [[(Int, String)]] = [
            [(1, "/\u{E9}"), (2, "/\u{E9}/0")],
            [(1, "/e\u{301}"), (2, "/e\u{301}/1"), (1, "/\u{212A}")],
        ]
        var erased: [Int: [String]] = [:]
        for step in steps {
            let erases = JSONValue.array(Dictionary(grouping: step, by: \.0).sorted { $0.key < $1.key }.map { seq, parts in
                ["seq": .integer(Int64(seq)), "parts": .array(parts.map { .string($0.1) })]
            })
            try ledger.append([NewEvent(stream: "R-1", type: "erasureAuthorised", actor: "S-2", payload: ["erases": erases])])
            let thirdLine = try Self.line(3, at: scratch.ledgerPath)
            let outcome = try ledger.erase(step.map { ErasedPart(seq: $0.0, pointer: $0.1) })
            #expect(Set(outcome.erased) == Set(step.map { ErasedPart(seq: $0.0, pointer: $0.1) }))
            for (seq, pointer) in step { erased[seq, default: []].append(pointer) }
            #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).isIntact)
            #expect(try Self.line(3, at: scratch.ledgerPath) == thirdLine, "an event not named is not rewritten")
            for seq in [1, 2] {
                let event = try Self.readEveryWay(try Self.line(seq, at: scratch.ledgerPath))
                #expect(Set(event.erasedParts) == Set(erased[seq] ?? []), "seq \(seq)")
                #expect(try Ledger.open(at: scratch.ledgerPath).event(seq: Int64(seq)) == event)
            }
        }
        // What is left: the ASCII K and the list, of seq 1; the second element under the decomposed
        // spelling and n, of seq 2. The salts of the parts left are the ones written.
        let left = try ledger.event(seq: 1)
        #expect(left.payload == ["K": "letter", "list": .array([.object([Self.decomposed: "a", Self.precomposed: "b"])])])
        #expect(left.partSalts?[JSONKey("/K")] == salts[JSONKey("/K")])
        #expect(left.erasedParts.count == 3)
        #expect(try ledger.event(seq: 2).payload == [Self.decomposed: .array(["x"]), "n": 3])
        #expect(try ledger.event(seq: 2).erasedParts == ["/e\u{301}/1", "/\u{E9}/0"])
        // Erasing a part already erased under one spelling does not stand for the other.
        #expect(try ledger.erase([ErasedPart(seq: 1, pointer: "/\u{E9}")]).erased.isEmpty)
    }

    /// A part is named by its pointer's code units: an event holding only "e\u{301}" has no part
    /// "/\u{E9}", so a decision naming "/\u{E9}" authorises nothing there and erasing it is
    /// refused, the ledger unchanged. (Before, a `String`-keyed map found the other spelling's salt,
    /// and `erase` rewrote the line with a digest under a pointer the payload never had.)
    @Test func aPointerInAnotherUnicodeFormNamesNoPart() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([NewEvent(stream: "X-1", type: "twinNoted", actor: "S-1", payload: [Self.decomposed: 1, "n": 2])])
        try ledger.append([NewEvent(stream: "R-1", type: "erasureAuthorised", actor: "S-2", payload: ["erases": [["seq": 1, "parts": ["/\u{E9}"]]]])])
        let before = try segmentsAndManifest(of: scratch.ledgerPath)
        #expect(throws: LedgerError.self) { try ledger.erase([ErasedPart(seq: 1, pointer: "/\u{E9}")]) }
        #expect(try segmentsAndManifest(of: scratch.ledgerPath) == before)
        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath)
        #expect(report.isIntact)
        #expect(try Ledger.open(at: scratch.ledgerPath).unerasableParts(among: report.authorisations).map(\.part) == [ErasedPart(seq: 1, pointer: "/\u{E9}")])
        #expect(ErasedPart(seq: 1, pointer: "/\u{E9}") != ErasedPart(seq: 1, pointer: "/e\u{301}"))
        #expect(Set([ErasedPart(seq: 1, pointer: "/\u{E9}"), ErasedPart(seq: 1, pointer: "/e\u{301}")]).count == 2)
    }

    @Test func aMirrorCarriesAnErasureOfOneSpellingAndNotTheOther() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([NewEvent(stream: "X-1", type: "twinNoted", actor: "S-1", payload: Self.payload)])
        let mirror = scratch.path + "/mirror"
        _ = try LedgerMirror.mirror(ledger: scratch.ledgerPath, to: mirror)
        try ledger.append([NewEvent(stream: "R-1", type: "erasureAuthorised", actor: "S-2", payload: ["erases": [["seq": 1, "parts": ["/\u{E9}"]]]])])
        _ = try ledger.erase([ErasedPart(seq: 1, pointer: "/\u{E9}")])
        let report = try LedgerMirror.mirror(ledger: scratch.ledgerPath, to: mirror, full: true)
        #expect(report.erasuresCarried == [ErasedPart(seq: 1, pointer: "/\u{E9}")])
        #expect(try segmentsAndManifest(of: mirror) == segmentsAndManifest(of: scratch.ledgerPath))
        let carried = try Ledger.open(at: mirror).event(seq: 1)
        #expect(carried.erasedParts == ["/\u{E9}"])
        #expect(carried.payload?[Self.decomposed] == 1)
    }
}
