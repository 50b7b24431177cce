/// The recursive-descent state behind `JSONParser`: a cursor over borrowed bytes plus scratch
/// stacks reused by every nested object and list, so each container is built once at its exact
/// size. Strings and numbers are read in JSONReader+Strings.swift and JSONReader+Numbers.swift.
struct JSONReader {
    /// One object member waiting for its object to close; `offset` is where its key starts.
    /// (A struct rather than a tuple, so that copying and destroying members is specialised.)
    struct Member {
        var key: String
        var value: JSONValue
        var offset: Int
    }

    /// The scratch stacks, to be kept between parses (see `JSONKeyCache.scratch`).
    struct Scratch {
        var members: [Member] = []
        var elements: [JSONValue] = []
    }

    let bytes: UnsafePointer<UInt8>
    let end: Int
    let maxDepth: Int
    var position = 0
    var depth = 0
    /// Members of every object still open, innermost last, below `memberTop`; the slots from
    /// `memberTop` on are spare (empty members, left by objects already built) for reuse.
    var members: [Member] = []
    var memberTop = 0
    /// Elements of every list still open, innermost last, below `elementTop`; the slots from
    /// `elementTop` on are spare (`null`, left by lists already built) for reuse.
    var elements: [JSONValue] = []
    var elementTop = 0
    /// The decoded bytes of the string being unescaped.
    var unescaped: [UInt8] = []
    /// Keys and short string values already made into Strings by earlier parses, when the caller
    /// keeps such a cache.
    var keyCache: JSONKeyCache? = nil

    init(bytes: UnsafePointer<UInt8>, end: Int, maxDepth: Int) {
        self.bytes = bytes
        self.end = end
        self.maxDepth = maxDepth
    }

    /// The one value in the input, with nothing but whitespace around it.
    mutating func readDocument() throws(JSONError) -> JSONValue {
        skipWhitespace()
        guard position < end else { throw JSONError(.emptyInput, at: position) }
        let value = try readValue()
        skipWhitespace()
        guard position == end else {
            let error = unexpected(at: position, expected: "")
            guard error.kind == .unexpectedCharacter else { throw error }
            throw JSONError(.trailingContent, at: position, found: error.found)
        }
        return value
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while position < end {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            position += 1
        }
    }

    mutating func readValue() throws(JSONError) -> JSONValue {
        guard position < end else { throw endError(expected: "a value") }
        switch bytes[position] {
        case JSONByte.quote:
            if let cache = keyCache, let cached = cache.key(in: &self) { return .string(cached) }
            return .string(try readString())
        case JSONByte.minus, JSONByte.zero...JSONByte.nine: return .integer(try readInteger())
        case JSONByte.openBrace: return try readObject()
        case JSONByte.openBracket: return try readArray()
        case 0x74: try readLiteral("true"); return .bool(true)
        case 0x66: try readLiteral("false"); return .bool(false)
        case 0x6E: try readLiteral("null"); return .null
        default:
            throw unexpected(
                at: position,
                expected: "a value (an object, a list, a string, an integer, true, false or null)")
        }
    }

    mutating func readObject() throws(JSONError) -> JSONValue {
        try enterContainer()
        position += 1
        skipWhitespace()
        if position < end && bytes[position] == JSONByte.closeBrace {
            position += 1
            depth -= 1
            return .object([:])
        }
        let first = memberTop
        if members.capacity == 0 { members.reserveCapacity(16) }
        while true {
            guard position < end else { throw endError(expected: "a key in double quotes") }
            guard bytes[position] == JSONByte.quote else {
                throw unexpected(at: position, expected: "a key in double quotes")
            }
            let offset = position
            let key: String
            if let cache = keyCache, let cached = cache.key(in: &self) { key = cached } else { key = try readString() }
            skipWhitespace()
            try expect(JSONByte.colon, "a colon after the key")
            skipWhitespace()
            let member = Member(key: key, value: try readValue(), offset: offset)
            if memberTop < members.count { members[memberTop] = member } else { members.append(member) }
            memberTop += 1
            skipWhitespace()
            guard position < end else { throw endError(expected: "a comma or }") }
            let byte = bytes[position]
            position += 1
            if byte == JSONByte.closeBrace { break }
            guard byte == JSONByte.comma else {
                throw unexpected(at: position - 1, expected: "a comma or }")
            }
            skipWhitespace()
        }
        let object = try buildObject(from: first)
        depth -= 1
        return .object(object)
    }

    /// The members from index `first` up to `memberTop` as one dictionary, taken off the scratch
    /// stack (their slots become spare).
    // Keeps events/INVARIANTS.md rule 65: two names are one only when their code units are equal.
    private mutating func buildObject(from first: Int) throws(JSONError) -> JSONObject {
        var object = JSONObject(minimumCapacity: memberTop - first)
        // Move each member out, leaving an empty one (nothing to release) in its slot.
        let top = memberTop
        let duplicate = members.withUnsafeMutableBufferPointer { slots -> (String, Int)? in
            for index in first..<top {
                let member = slots.moveElement(from: index)
                let (key, value, offset) = (member.key, member.value, member.offset)
                slots.initializeElement(at: index, to: Member(key: "", value: .null, offset: 0))
                if object.updateValue(value, forKey: JSONKey(key)) != nil { return (key, offset) }
            }
            return nil
        }
        if let (key, offset) = duplicate { throw JSONError(.duplicateKey, at: offset, found: key) }
        memberTop = first
        return object
    }

    mutating func readArray() throws(JSONError) -> JSONValue {
        try enterContainer()
        position += 1
        skipWhitespace()
        if position < end && bytes[position] == JSONByte.closeBracket {
            position += 1
            depth -= 1
            return .array([])
        }
        let first = elementTop
        if elements.capacity == 0 { elements.reserveCapacity(16) }
        while true {
            let element = try readValue()
            if elementTop < elements.count { elements[elementTop] = element } else { elements.append(element) }
            elementTop += 1
            skipWhitespace()
            guard position < end else { throw endError(expected: "a comma or ]") }
            let byte = bytes[position]
            position += 1
            if byte == JSONByte.closeBracket { break }
            guard byte == JSONByte.comma else {
                throw unexpected(at: position - 1, expected: "a comma or ]")
            }
            skipWhitespace()
        }
        let top = elementTop
        let array = elements.withUnsafeMutableBufferPointer { slots in
            // Move each element out, leaving `null` (nothing to release) in its slot.
            [JSONValue](unsafeUninitializedCapacity: top - first) { array, count in
                for index in first..<top {
                    array.initializeElement(at: count, to: slots.moveElement(from: index))
                    slots.initializeElement(at: index, to: .null)
                    count += 1
                }
            }
        }
        elementTop = first
        depth -= 1
        return .array(array)
    }

    private mutating func enterContainer() throws(JSONError) {
        depth += 1
        guard depth <= maxDepth else {
            throw JSONError(.tooDeep, at: position, detail: String(maxDepth))
        }
    }

    /// Consumes `word` (true, false or null), whose first byte is already known to match.
    private mutating func readLiteral(_ word: StaticString) throws(JSONError) {
        let expected = word.utf8Start
        for index in 1..<word.utf8CodeUnitCount {
            let at = position + index
            guard at < end else { throw endError(expected: "\(word)") }
            guard bytes[at] == expected[index] else {
                throw unexpected(at: at, expected: "\(word)")
            }
        }
        position += word.utf8CodeUnitCount
    }

    private mutating func expect(_ byte: UInt8, _ description: String) throws(JSONError) {
        guard position < end else { throw endError(expected: description) }
        guard bytes[position] == byte else { throw unexpected(at: position, expected: description) }
        position += 1
    }

    /// The input ended where `expected` should have been.
    func endError(expected: String) -> JSONError {
        JSONError(.unexpectedEnd, at: end, detail: expected)
    }

    /// The byte at `offset` cannot appear here: an unexpected character, or invalid UTF-8 when
    /// the bytes there are not a character at all.
    func unexpected(at offset: Int, expected: String) -> JSONError {
        let byte = bytes[offset]
        if byte < 0x80 {
            return JSONError(
                .unexpectedCharacter, at: offset, found: String(UnicodeScalar(byte)),
                detail: expected)
        }
        guard let next = UTF8Validation.sequenceEnd(bytes, at: offset, end: end) else {
            return invalidUTF8(at: offset)
        }
        return JSONError(
            .unexpectedCharacter, at: offset, found: text(from: offset, to: next), detail: expected)
    }

    /// The input bytes from `start` up to `limit`, which must lie within the input.
    @inline(__always)
    func slice(from start: Int, to limit: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes + start, count: limit - start)
    }

    /// The input from `start` up to `limit` (clamped to the input) as text, for a message.
    func text(from start: Int, to limit: Int) -> String {
        String(decoding: slice(from: start, to: min(limit, end)), as: UTF8.self)
    }

    func invalidUTF8(at offset: Int) -> JSONError {
        JSONError(
            .invalidUTF8, at: offset,
            found: UTF8Validation.describeMalformed(bytes, at: offset, end: end))
    }
}
