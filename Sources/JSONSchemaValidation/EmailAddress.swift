/// The loose e-mail address check behind `"format": "email"` (see `SchemaFormat.email`).
enum EmailAddress {
    /// True when `bytes` is `local@domain` as `SchemaFormat.email` describes.
    static func isLoose(_ bytes: [UInt8]) -> Bool {
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return false }
        let local = bytes[..<at]
        let domain = bytes[(at + 1)...]
        return local.count <= 64 && domain.count <= 253
            && isDotSeparated(local) { $0.allSatisfy(isAtext) }
            && isDotSeparated(domain, label: isHostLabel)
    }

    /// True when `bytes` is one or more non-empty runs separated by single dots, each of which
    /// `label` accepts.
    private static func isDotSeparated(
        _ bytes: ArraySlice<UInt8>, label: (ArraySlice<UInt8>) -> Bool
    ) -> Bool {
        guard !bytes.isEmpty else { return false }
        return bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && label($0) }
    }

    /// RFC 5321 atext: ASCII letters, digits and ! # $ % & ' * + - / = ? ^ _ ` { | } ~
    private static func isAtext(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || "!#$%&'*+-/=?^_`{|}~".utf8.contains(byte)
    }

    /// A DNS label: 1–63 letters, digits and hyphens, not starting or ending with a hyphen.
    private static func isHostLabel(_ label: ArraySlice<UInt8>) -> Bool {
        label.count <= 63 && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
            && label.allSatisfy { isLetterOrDigit($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }
}
