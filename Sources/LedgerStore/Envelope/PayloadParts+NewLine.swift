import LedgerJSON

// Keeps events/INVARIANTS.md rules 53 and 61: a new version 2 line's parts worked out from the payload's members as it is encoded, agreeing exactly with the JSONValue path.
extension PayloadParts {
    /// One part of a new payload (`newLineBody(payload:saltHex:)`): its pointer, a range of the
    /// pointers' text, and its value, a range of the body, known once the payload is encoded.
    private struct NewPart {
        var pointer: Range<Int>
        var value: Range<Int> = 0..<0
    }

    /// The sorted order of at most this many parts is found by an insertion sort in place; more
    /// (a long list split into elements) by the standard library's sort.
    private static let insertionSortLimit = 48

    /// The bytes after a new version 2 line's header and the payload digest, exactly what
    /// `newLineBody(canonicalPayload:saltHex:)` gives for `CanonicalJSON.encode(payload)` (and so
    /// what `PayloadParts.Stored` gives), built in one pass and one array: the parts' pointers are
    /// worked out from the members' names before any value is encoded (a part's pointer depends only
    /// on its member's name and, for an element, its index), so the `parts` member is written first,
    /// then the payload is encoded straight after it, each part's value range noted as it is written.
    /// Nothing is parsed back and no other array is built. Nil when the payload is not an object or
    /// a member's name is not plain (`isPlainPointerNameByte`: no `~` or `/` either, so
    /// `pointer(member:)` stays the one home of RFC 6901's escaping): the caller then takes the
    /// `JSONValue` path, as it does when the canonical-bytes path gives nil (the same payloads).
    static func newLineBody(payload: JSONValue, saltHex: UnsafeRawBufferPointer) -> (body: [UInt8], digest: SHA256Digest)? {
        guard case .object(let members) = payload else { return nil }
        let order = CanonicalJSON.sortedIndices(members)
        // Count the parts and bound their pointers' text: the member's `/name`, and for each element
        // that again with `/` and its index (at most 19 digits).
        var partCount = 0
        var textBound = 0
        for index in order {
            let nameBytes = members.members.keys[index].string.utf8.count
            let parts: Int
            if case .array(let items) = members.members.values[index], !items.isEmpty { parts = items.count } else { parts = 1 }
            partCount += parts
            textBound += (1 + 2 * nameBytes) + parts * (1 + 2 * nameBytes + 20)
        }
        guard saltHex.count == 2 * saltBytes * partCount else { return nil }
        return withUnsafeTemporaryAllocation(of: NewPart.self, capacity: partCount) { parts in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: textBound) { text in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: partCount) { sorted in
                    // The pointers, in the members' canonical order (each member, then its elements).
                    var textCount = 0
                    var k = 0
                    for index in order {
                        var name = members.members.keys[index].string
                        let plain = name.withUTF8 { utf8 -> Bool in
                            let from = textCount
                            text[textCount] = UInt8(ascii: "/")
                            textCount += 1
                            for c in utf8 {
                                guard isPlainPointerNameByte(c) else { return false }
                                text[textCount] = c
                                textCount += 1
                            }
                            let member = from..<textCount
                            guard case .array(let items) = members.members.values[index], !items.isEmpty else {
                                (parts.baseAddress! + k).initialize(to: NewPart(pointer: member))
                                k += 1
                                return true
                            }
                            for e in 0..<items.count {
                                let start = textCount
                                for at in member {
                                    text[textCount] = text[at]
                                    textCount += 1
                                }
                                text[textCount] = UInt8(ascii: "/")
                                textCount += 1
                                let digits = CanonicalJSON.integerByteCount(Int64(e))
                                var v = e
                                for d in stride(from: digits - 1, through: 0, by: -1) {
                                    text[textCount + d] = JSONByte.zero + UInt8(v % 10)
                                    v /= 10
                                }
                                textCount += digits
                                (parts.baseAddress! + k).initialize(to: NewPart(pointer: start..<textCount))
                                k += 1
                            }
                            return true
                        }
                        guard plain else {
                            if k > 0 { parts.baseAddress!.deinitialize(count: k) }
                            return nil
                        }
                    }
                    defer { if partCount > 0 { parts.baseAddress!.deinitialize(count: partCount) } }
                    let t = UnsafeRawBufferPointer(start: text.baseAddress, count: textCount)
                    @inline(__always) func pointer(_ part: Int) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: t[parts[part].pointer]) }
                    // The parts in the order of their pointers' bytes (every pointer differs: a
                    // member's has no second `/`, an element's has), which gives each its salt.
                    if partCount <= insertionSortLimit {
                        for i in 0..<partCount {
                            var j = i
                            while j > 0, bytesPrecede(pointer(i), pointer(sorted[j - 1])) {
                                sorted[j] = sorted[j - 1]
                                j -= 1
                            }
                            sorted[j] = i
                        }
                    } else {
                        let all = (0..<partCount).sorted { bytesPrecede(pointer($0), pointer($1)) }
                        for (n, part) in all.enumerated() { sorted[n] = part }
                    }
                    var pointerBytes = 0
                    for part in 0..<partCount { pointerBytes += parts[part].pointer.count }
                    let comma = max(0, partCount - 1)
                    let head: StaticString = ",\"parts\":{\"erased\":{},\"salts\":{", tail: StaticString = "}},\"payload\":"
                    let prefixCount = head.utf8CodeUnitCount + pointerBytes + partCount * (5 + 2 * saltBytes) + comma + tail.utf8CodeUnitCount
                    // The `parts` member, then room for the payload (512 bytes, as `CanonicalJSON.encode` reserves).
                    var body = [UInt8](unsafeUninitializedCapacity: prefixCount + 512) { out, done in
                        var b = RawWriter(UnsafeMutableRawBufferPointer(out))
                        b.literal(head)
                        for n in 0..<partCount {
                            if n > 0 { b.literal(",") }
                            b.literal("\"")
                            b.bytes(pointer(sorted[n]))
                            b.literal("\":\"")
                            b.bytes(UnsafeRawBufferPointer(rebasing: saltHex[(n * 2 * saltBytes)..<((n + 1) * 2 * saltBytes)]))
                            b.literal("\"")
                        }
                        b.literal(tail)
                        precondition(b.at == prefixCount, "the parts are not the length worked out")
                        done = prefixCount
                    }
                    // The payload, as `CanonicalJSON.append` writes an object, noting each part's value.
                    body.append(JSONByte.openBrace)
                    k = 0
                    for (position, index) in order.enumerated() {
                        if position > 0 { body.append(JSONByte.comma) }
                        CanonicalJSON.appendString(members.members.keys[index].string, to: &body)
                        body.append(JSONByte.colon)
                        let value = members.members.values[index]
                        guard case .array(let items) = value, !items.isEmpty else {
                            let from = body.count
                            CanonicalJSON.append(value, to: &body)
                            parts[k].value = from..<body.count
                            k += 1
                            continue
                        }
                        body.append(JSONByte.openBracket)
                        for (e, item) in items.enumerated() {
                            if e > 0 { body.append(JSONByte.comma) }
                            let from = body.count
                            CanonicalJSON.append(item, to: &body)
                            parts[k].value = from..<body.count
                            k += 1
                        }
                        body.append(JSONByte.closeBracket)
                    }
                    body.append(JSONByte.closeBrace)
                    // The payload digest: SHA-256 of `{"pointer":"<part digest>",…}` in pointer order.
                    let objectCount = 2 + pointerBytes + partCount * 69 + comma
                    let digest = body.withUnsafeBytes { bytes in
                        withUnsafeTemporaryAllocation(byteCount: objectCount, alignment: 8) { room -> SHA256Digest in
                            var o = RawWriter(room)
                            o.literal("{")
                            withPartDigests(count: partCount, { n in
                                (UnsafeRawBufferPointer(rebasing: saltHex[(n * 2 * saltBytes)..<((n + 1) * 2 * saltBytes)]),
                                    pointer(sorted[n]), UnsafeRawBufferPointer(rebasing: bytes[parts[sorted[n]].value]))
                            }) { digests in
                                for n in 0..<partCount {
                                    if n > 0 { o.literal(",") }
                                    o.literal("\"")
                                    o.bytes(pointer(sorted[n]))
                                    o.literal("\":\"")
                                    o.digest(digests[n])
                                    o.literal("\"")
                                }
                            }
                            o.literal("}")
                            precondition(o.at == objectCount, "the payload digest's object is not the length worked out")
                            return SHA256.hash(UnsafeRawBufferPointer(room))
                        }
                    }
                    return (body, digest)
                }
            }
        }
    }
}
