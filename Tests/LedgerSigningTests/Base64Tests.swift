import LedgerSigning
import Testing

@Suite("Standard base64 (RFC 4648 §4), strict")
struct Base64Tests {
    /// RFC 4648 §10 "Test Vectors" (https://www.rfc-editor.org/rfc/rfc4648#section-10).
    static let vectors: [(String, String)] = [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
    ]

    @Test("the RFC 4648 test vectors encode and decode")
    func rfc4648Vectors() {
        for (plain, encoded) in Self.vectors {
            #expect(Base64.encode(Array(plain.utf8)) == encoded)
            #expect(Base64.decode(encoded) == Array(plain.utf8))
        }
        let all = (0...255).map { UInt8($0) }
        #expect(Base64.decode(Base64.encode(all)) == all)
        #expect(Base64.encode([0xFB, 0xFF]) == "+/8=")
    }

    @Test("anything but canonical padded base64 is refused", arguments: [
        "Zg", "Zg=", "Zh==", "Zm9=", "Zm9v\n", "Zm 9v", "Zm=v", "Z===", "====", "Zm9v====", "-_8=", "Zg==Zg==",
    ])
    func nonCanonicalInput(text: String) {
        #expect(Base64.decode(text) == nil)
    }
}
