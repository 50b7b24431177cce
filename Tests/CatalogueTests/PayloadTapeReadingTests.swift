import LedgerJSON
import Testing

@testable import CaseLedger

/// Payload values read from a tape give what they give read from the parsed value — the same
/// value or the same error — for the shapes with fast paths on a tape: dates and times read
/// from the string's bytes (escaped or not), words of a vocabulary, empty and full lists, and
/// plan components (null and unknown members included); and every case event type has a reader.
@Suite("Payload values read from tapes")
struct PayloadTapeReadingTests {
    /// The outcome of reading member `v` of `text` as `T`, from its tape and from its value.
    static func both<T: PayloadValue & Equatable>(_ text: String, as: T.Type) throws -> (tape: String, value: String) {
        func outcome(_ body: () throws(PayloadDecodingError) -> T) -> String {
            do throws(PayloadDecodingError) { return "\(try body())" } catch { return "error \(error.field): \(error.problem)" }
        }
        let tape = try #require(Array(text.utf8).withUnsafeBytes { JSONTape(object: $0) })
        let value = try JSONParser.parse(text)
        let onTape = try #require(tape.root["v"])
        let asValue = try #require(value.objectValue?["v"])
        return (outcome { () throws(PayloadDecodingError) in try T(tape: onTape, at: "v") },
                outcome { () throws(PayloadDecodingError) in try T(json: asValue, at: "v") })
    }

    @Test("dates, times and words read from a tape as from the value", arguments: [
        #"{"v":"2026-04-01"}"#, #"{"v":"2026\u002d04-01"}"#, #"{"v":"2026-02-30"}"#, #"{"v":"2026-04-01T09:30:00Z"}"#,
        #"{"v":"2026-04-01T09:30:00.123456Z"}"#, #"{"v":1}"#, #"{"v":null}"#, #"{"v":""}"#, #"{"v":"opinion"}"#,
        #"{"v":"fact"}"#, #"{"v":"f\u0061ct"}"#, #"{"v":"facts"}"#, #"{"v":"Fact"}"#, #"{"v":["fact"]}"#,
    ])
    func scalarsAgree(_ text: String) throws {
        let date = try Self.both(text, as: CalendarDate.self)
        #expect(date.tape == date.value)
        let time = try Self.both(text, as: Timestamp.self)
        #expect(time.tape == time.value)
        let word = try Self.both(text, as: NoteKind.self)
        #expect(word.tape == word.value)
    }

    @Test("lists read from a tape as from the value, empty or not, good or bad", arguments: [
        #"{"v":[]}"#, #"{"v":["a"]}"#, #"{"v":["a","b\n",""]}"#, #"{"v":["a",1]}"#, #"{"v":{}}"#, #"{"v":"a"}"#,
    ])
    func listsAgree(_ text: String) throws {
        let list = try Self.both(text, as: [String].self)
        #expect(list.tape == list.value)
        let words = try Self.both(text, as: [NoteKind].self)
        #expect(words.tape == words.value)
    }

    @Test("plan components read from a tape as from the value, null and unknown members included", arguments: [
        #"{"v":{}}"#, #"{"v":{"changesToAchieve":"x","importantToThePerson":"y"}}"#,
        #"{"v":{"changesToAchieve":null,"importantToThePerson":"y"}}"#, #"{"v":{"changesToAchieve":"x","zzz":"y"}}"#,
        #"{"v":{"aaa":null}}"#, #"{"v":{"changesToAchieve":1}}"#,
    ])
    func planComponentsAgree(_ text: String) throws {
        let components = try Self.both(text, as: PlanComponents.self)
        #expect(components.tape == components.value)
    }

    @Test("every case event type has a reader, under its stored name")
    func everyTypeHasAReader() {
        // `allTypeNames` is the readers' list itself: pinned here against the cases of
        // `CaseEvent.Kind`, named and ordered as the stored types (written apart from the table).
        // issue 17: retention — `erased` is the one kind with no stored type of its own.
        #expect(CaseEvent.allTypeNames == CaseEvent.Kind.allCases.filter { $0 != .erased }.map { "\($0)" })
        for name in CaseEvent.allTypeNames {
            #expect(CaseEvent.decoders.value(named: name) != nil, "\(name)")
            #expect(CaseEvent.decoders.value(named: name + "x") == nil)
            #expect(CaseEvent.decoders.value(named: String(name.dropLast())) == nil)
        }
    }
}
