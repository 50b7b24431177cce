import CaseDemo
import CaseLedger
import Foundation
import LedgerJSON
import LedgerStore
import Testing

/// Case events read from payload tapes (the audit tool's fast read) are exactly those read from
/// payload values: the same event for every event of the demo ledger and of a synthetic caseload,
/// and the same error, naming the same field, for payloads with a field removed or of the wrong
/// kind, at the top and one level down.
@Suite("Case events read from payload tapes")
struct TapeDecodingTests {
    static let demoLedger = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("events/demo").path

    /// An event read, or the error's field and problem.
    enum Outcome: Equatable {
        case event(CaseEvent)
        case error(String)
    }

    /// The outcome of decoding `payload` from its value and from its tape.
    static func both(type: String, schema: Int, payload: JSONValue) -> (value: Outcome, tape: Outcome, taped: Bool) {
        func text(_ body: () throws(PayloadDecodingError) -> CaseEvent) -> Outcome {
            do throws(PayloadDecodingError) { return .event(try body()) } catch { return .error("\(error.field): \(error.problem)") }
        }
        let bytes = CanonicalJSON.encode(payload)
        let tape = bytes.withUnsafeBytes { JSONTape(object: $0) }
        let fromValue = text { () throws(PayloadDecodingError) in try CaseEvent.decode(type: type, schema: schema, payload: payload) }
        guard let tape else { return (fromValue, fromValue, false) }
        return (fromValue, text { () throws(PayloadDecodingError) in try CaseEvent.decode(type: type, schema: schema, payload: tape.root) }, true)
    }

    /// Every case stream's stored events, read with tapes and without.
    static func caseEvents(_ path: String) throws -> [(taped: StoredEvent, plain: StoredEvent)] {
        let ledger = try Ledger.open(at: path)
        var out: [(StoredEvent, StoredEvent)] = []
        for stream in try ledger.streams.sorted() {
            let plain = try ledger.events(inStream: stream)
            guard let first = plain.first, CaseEvent.allTypeNames.contains(first.type) else { continue }
            out += zip(try ledger.events(inStream: stream, rehash: false, tapes: true), plain)
        }
        return out
    }

    @Test("every stored case event decodes from its tape exactly as from its value", arguments: ["demo", "synthetic"])
    func everyEventAgrees(_ which: String) throws {
        let dir = try TempDirectory("tape-\(which)")
        defer { dir.remove() }
        let path = which == "demo" ? Self.demoLedger : dir.path + "/l"
        if which == "synthetic" { try SyntheticCaseload.write(to: path, cases: 300, seed: 5) }
        let events = try Self.caseEvents(path)
        #expect(events.count > (which == "demo" ? 50 : 3_000))
        var types = Set<String>()
        for (taped, plain) in events {
            #expect(taped == plain)
            guard let value = plain.payload else { continue }
            let tape = try #require(taped.payloadTape, "seq \(taped.seq) was not read onto a tape")
            #expect(tape.root.jsonValue == value)
            let fromTape = try CaseEvent.decode(type: taped.type, schema: Int(taped.schema), payload: tape.root)
            #expect(fromTape == (try CaseEvent.decode(type: plain.type, schema: Int(plain.schema), payload: value)), "seq \(taped.seq)")
            types.insert(taped.type)
        }
        #expect(types.count >= (which == "demo" ? 20 : 25))
    }

    @Test("a payload that does not decode gives the same error from its tape as from its value")
    func brokenPayloadsAgree() throws {
        let wrong: [JSONValue] = [.null, .bool(true), .integer(7), .string("x"), .string("2026-02-30"), .array([]), .array([.integer(1)]), .object([:])]
        var compared = 0, failed = 0
        var seenTypes = Set<String>()
        for (_, plain) in try Self.caseEvents(Self.demoLedger) {
            guard seenTypes.insert(plain.type).inserted, case .object(let members)? = plain.payload else { continue }
            var variants: [JSONValue] = []
            for (key, member) in members {
                var without = members
                without[key] = nil
                variants.append(.object(without))
                for w in wrong {
                    var changed = members
                    changed[key] = w
                    variants.append(.object(changed))
                }
                // One level down: a nested object's members, and a list's first element.
                let nested: JSONValue? = member.objectValue != nil ? member : member.arrayValue?.first
                if case .object(let inner)? = nested {
                    for innerKey in inner.keys {
                        for w in [JSONValue.integer(7), .string("x"), .null] {
                            var changedInner = inner
                            changedInner[innerKey] = w
                            var changed = members
                            changed[key] = member.objectValue != nil ? .object(changedInner) : .array([.object(changedInner)] + member.arrayValue!.dropFirst())
                            variants.append(.object(changed))
                        }
                    }
                }
            }
            var withUnknown = members
            if withUnknown["zzUnknown"] == nil { withUnknown["zzUnknown"] = .integer(1) }
            variants.append(.object(withUnknown))
            for v in variants {
                let r = Self.both(type: plain.type, schema: Int(plain.schema), payload: v)
                #expect(r.taped)
                #expect(r.tape == r.value, "\(plain.type): \(String(decoding: CanonicalJSON.encode(v), as: UTF8.self))")
                compared += 1
                if case .error = r.value { failed += 1 }
            }
        }
        #expect(compared > 1_000)
        #expect(failed > compared / 2)
    }
}
