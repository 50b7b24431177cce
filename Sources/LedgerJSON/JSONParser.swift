/// Strict parsing of one JSON text (RFC 8259) into a `JSONValue`, restricted to the ledger's
/// integers-only subset.
///
/// Guarantees: the whole input is well-formed UTF-8; it holds exactly one value, with only
/// space, tab, LF or CR around and between tokens; strings contain no raw control characters
/// and no lone surrogates; numbers are integers written `-?(0|[1-9][0-9]*)` within
/// ±`JSONValue.maxSafeInteger` (`-0` reads as 0); no object repeats a key; nesting is at most
/// `maxDepth` objects and lists deep. Anything else throws a `JSONError` naming the byte.
///
/// Keys are Swift `String`s, which compare equal when canonically equivalent in Unicode, so two
/// keys spelt differently but equivalent (é precomposed, and e with a combining accent) count as
/// a duplicate: `JSONValue` could not hold both.
public enum JSONParser {
    /// Parses `bytes` as one JSON value. `maxDepth` bounds how many objects and lists may nest
    /// (each level uses a little stack; keep it modest).
    public static func parse(
        _ bytes: UnsafeRawBufferPointer, maxDepth: Int = 64
    ) throws(JSONError) -> JSONValue {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            throw JSONError(.emptyInput, at: 0)
        }
        var reader = JSONReader(
            bytes: base.assumingMemoryBound(to: UInt8.self), end: bytes.count, maxDepth: maxDepth)
        return try reader.readDocument()
    }

    /// Parses `bytes` as `parse(_:maxDepth:)` does, taking short object keys and string values
    /// seen before from `keys` (and adding new ones), which saves making the same Strings again
    /// when parsing many similar values, such as the payloads of a log.
    package static func parse(_ bytes: UnsafeRawBufferPointer, keys: JSONKeyCache) throws(JSONError) -> JSONValue {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            throw JSONError(.emptyInput, at: 0)
        }
        var reader = JSONReader(bytes: base.assumingMemoryBound(to: UInt8.self), end: bytes.count, maxDepth: 64)
        reader.keyCache = keys
        swap(&reader.members, &keys.scratch.members)
        swap(&reader.elements, &keys.scratch.elements)
        defer {
            // Only spare slots after a parse that succeeded; emptied after one that threw.
            if reader.memberTop > 0 { reader.members.removeAll(keepingCapacity: true) }
            if reader.elementTop > 0 { reader.elements.removeAll(keepingCapacity: true) }
            swap(&reader.members, &keys.scratch.members)
            swap(&reader.elements, &keys.scratch.elements)
        }
        return try reader.readDocument()
    }

    /// Parses `bytes` as one JSON value; see `parse(_:maxDepth:)` on a buffer.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = 64) throws(JSONError) -> JSONValue {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONError) in try parse(buffer, maxDepth: maxDepth) }
        }
        return try result.get()
    }

    /// Parses the UTF-8 form of `text` as one JSON value; see `parse(_:maxDepth:)` on a buffer.
    public static func parse(_ text: String, maxDepth: Int = 64) throws(JSONError) -> JSONValue {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONError) in
                try parse(UnsafeRawBufferPointer(buffer), maxDepth: maxDepth)
            }
        }
        return try result.get()
    }
}
