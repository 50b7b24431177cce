import LedgerJSON

extension SchemaCompiler {
    /// The node a `$ref` refers to: reserved now, compiled when the traversal (or
    /// `compileReferenceTargets`) reaches it.
    ///
    /// Supported: URI fragments of the same document holding a JSON Pointer ("#",
    /// "#/$defs/line", "#/$defs/a~1b" for the key "a/b", "#/$defs/a%25b" for "a%b"); the
    /// fragment is percent-decoded first, as a URI's is, then read as a pointer.
    mutating func reference(_ value: JSONValue, at site: KeywordSite) throws(SchemaError) -> Int {
        guard let reference = value.stringValue else {
            throw site.invalid("\"$ref\" must be a string, not \(SchemaText.kind(of: value))")
        }
        let shown = SchemaText.show(value)
        guard reference.unicodeScalars.first == "#" else {
            throw unresolved(site, "\(shown) is not a reference within this document; only references starting with # are supported, such as \"#/$defs/name\"")
        }
        let fragment = String(reference.unicodeScalars.dropFirst())
        guard let decoded = Self.percentDecoded(fragment) else {
            throw unresolved(site, "\(shown) has a % that does not start a valid %XX UTF-8 escape")
        }
        guard let tokens = JSONPointer.tokens(decoded) else {
            throw unresolved(site, "\(shown) is not a JSON Pointer (plain-name anchors are not supported; write \"#/$defs/name\", with ~0 for ~ and ~1 for /)")
        }
        guard JSONPointer.resolve(tokens, in: document) != nil else {
            throw unresolved(site, "\(shown) points to nothing in this document")
        }
        return reserve(JSONPointer.pointer(tokens))
    }

    private func unresolved(_ site: KeywordSite, _ problem: String) -> SchemaError {
        SchemaError(.unresolvedReference, at: site.pointer, problem)
    }

    /// `text` with each `%XX` replaced by the byte it encodes; nil when a `%` is not followed
    /// by two hex digits or the bytes are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
