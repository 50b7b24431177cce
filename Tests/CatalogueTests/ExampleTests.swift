import CaseLedger
import LedgerJSON
import Testing

@Suite("Every catalogue example")
struct ExampleTests {
    @Test("validates against its schema", arguments: Catalogue.allTypeNames)
    func validates(type: String) throws {
        let violations = try Catalogue.schema(type).validate(try Catalogue.example(type))
        #expect(violations.isEmpty, "\(type): \(violations.map { "\($0.instancePath): \($0.message)" })")
    }

    @Test("round-trips byte for byte: file, decode, payload, pretty-printed text", arguments: Catalogue.allTypeNames)
    func roundTrips(type: String) throws {
        let bytes = try Catalogue.bytes(type, "example")
        let written = try Catalogue.decodeAndEncode(type, try JSONParser.parse(bytes))
        let text = Catalogue.text(written)
        #expect(Array(text.utf8) == bytes, "\(type): the example is not what the code writes:\n\(text)")
    }

    @Test("given a case event's example, then its effective date read in place is its metadata's", arguments: CaseEvent.allTypeNames)
    func effectiveDateInPlace(type: String) throws {
        let event = try CaseEvent.decode(type: type, schema: 1, payload: try Catalogue.example(type))
        #expect(event.effectiveDate == event.metadata.effectiveDate, "\(type)")
        let later = event.replacingMetadata(DecisionMetadata(actingRole: event.metadata.actingRole, effectiveDate: CalendarDate("2031-12-31")!))
        #expect(later.effectiveDate == CalendarDate("2031-12-31")!, "\(type)")
        // The same type of event comes back (`CaseEvent.wrapping` finds its case in `decoders`).
        #expect(later.kind == event.kind && later.typeName == type && event.typeName == type, "\(type)")
        #expect(later.payload.objectValue?.count == event.payload.objectValue?.count, "\(type)")
    }
}
