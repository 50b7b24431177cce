import CaseLedger
import LedgerStore
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
}
