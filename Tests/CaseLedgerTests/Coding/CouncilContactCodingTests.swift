import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 18: panel
/// The council's contact details in the configuration: optional, read back as written, and
/// refused when misspelt or empty.
@Suite struct CouncilContactCodingTests {
    static let contact = CouncilContact(
        name: "Testshire Adult Care", telephone: "01234 567890", email: "care@testshire.example", openingHours: "Monday to Friday, 9am to 5pm",
        confirmed: true)

    @Test func aConfigurationWithoutContactDetailsKeepsItsBytes() throws {
        let plain = ConfigurationCodingTests.configuration
        #expect(plain.json["councilContact"] == nil)
        #expect(try Configuration(json: plain.json, at: "").councilContact == nil)
    }

    @Test func contactDetailsReadBackAsThemselves() throws {
        var c = ConfigurationCodingTests.configuration
        c.councilContact = Self.contact
        #expect(c.json["councilContact"]?["telephone"] == "01234 567890")
        #expect(c.json["councilContact"]?["address"] == nil)
        #expect(try Configuration(json: c.json, at: "") == c)
    }

    @Test(arguments: [
        ("phone", JSONValue.string("1"), "configuration.councilContact.phone"),
        ("name", .string("  "), "configuration.councilContact.name"),
        ("email", .string(""), "configuration.councilContact.email"),
    ])
    func aMisspeltOrEmptyDetailIsRefused(field: String, value: JSONValue, path: String) throws {
        var c = ConfigurationCodingTests.configuration
        c.councilContact = Self.contact
        var members = c.json.objectValue!
        var contact = members["councilContact"]!.objectValue!
        contact[field] = value
        members["councilContact"] = .object(contact)
        #expect(ConfigurationCodingTests.decodingError(members)?.field == path)
    }

    @Test func confirmedIsRequired() throws {
        var c = ConfigurationCodingTests.configuration
        c.councilContact = Self.contact
        var members = c.json.objectValue!
        var contact = members["councilContact"]!.objectValue!
        contact["confirmed"] = nil
        members["councilContact"] = .object(contact)
        #expect(ConfigurationCodingTests.decodingError(members)?.field == "configuration.councilContact.confirmed")
    }
}
