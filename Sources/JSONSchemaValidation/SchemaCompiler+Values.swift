import LedgerJSON

extension SchemaCompiler {
    /// A non-negative integer keyword value such as `minLength`'s.
    func count(_ value: JSONValue, at site: KeywordSite) throws(SchemaError) -> Int {
        guard let integer = value.integerValue, integer >= 0 else {
            throw site.invalid(
                "\"\(site.name)\" must be a whole number 0 or more, not \(SchemaText.show(value))")
        }
        return Int(integer)
    }

    /// An integer keyword value such as `minimum`'s.
    func integer(_ value: JSONValue, at site: KeywordSite) throws(SchemaError) -> Int64 {
        guard let integer = value.integerValue else {
            throw site.invalid(
                "\"\(site.name)\" must be an integer, not \(SchemaText.kind(of: value))")
        }
        return integer
    }

    /// A list of distinct strings, such as `required`'s.
    func distinctStrings(_ value: JSONValue, at site: KeywordSite) throws(SchemaError) -> [String] {
        guard let elements = value.arrayValue else {
            throw site.invalid(
                "\"\(site.name)\" must be a list of strings, not \(SchemaText.kind(of: value))")
        }
        var strings: [String] = []
        for (index, element) in elements.enumerated() {
            guard let string = element.stringValue else {
                throw SchemaError(
                    .invalidValue, at: JSONPointer.appending(String(index), to: site.pointer),
                    "\"\(site.name)\" must list strings, not \(SchemaText.kind(of: element))")
            }
            if strings.contains(where: { $0.unicodeScalars.elementsEqual(string.unicodeScalars) }) {
                throw SchemaError(
                    .invalidValue, at: JSONPointer.appending(String(index), to: site.pointer),
                    "\"\(site.name)\" lists \(SchemaText.show(element)) twice")
            }
            strings.append(string)
        }
        return strings
    }

    /// A compiled regular expression, from a `pattern` or a `patternProperties` key.
    func pattern(_ source: String, at pointer: String) throws(SchemaError) -> SchemaPattern {
        guard let pattern = SchemaPattern(source) else {
            throw SchemaError(
                .invalidValue, at: pointer,
                "\(SchemaText.show(.string(source))) is not a regular expression this validator can compile")
        }
        return pattern
    }

    /// The subschema `value` of keyword `site`, compiled.
    mutating func subschema(_ value: JSONValue, at site: KeywordSite) throws(SchemaError) -> Int {
        try compile(value, at: site.pointer)
    }

    /// A non-empty list of subschemas (`allOf`, `anyOf`, `oneOf`, `prefixItems`), compiled.
    mutating func subschemas(_ value: JSONValue, at site: KeywordSite) throws(SchemaError) -> [Int] {
        guard let elements = value.arrayValue, !elements.isEmpty else {
            throw site.invalid(
                "\"\(site.name)\" must be a non-empty list of schemas, not \(SchemaText.show(value))")
        }
        var indices: [Int] = []
        for (index, element) in elements.enumerated() {
            indices.append(try compile(element, at: JSONPointer.appending(String(index), to: site.pointer)))
        }
        return indices
    }

    /// An object whose members are subschemas (`properties`, `patternProperties`, `$defs`),
    /// compiled; the names in sorted order, so violations come out in a fixed order.
    mutating func schemaMap(
        _ value: JSONValue, keyword: String, at pointer: String
    ) throws(SchemaError) -> [(name: String, node: Int)] {
        guard let members = value.objectValue else {
            throw SchemaError(
                .invalidValue, at: pointer,
                "\"\(keyword)\" must be an object whose members are schemas, not \(SchemaText.kind(of: value))")
        }
        var compiled: [(name: String, node: Int)] = []
        for key in members.keys.sorted() {
            let name = key.string
            compiled.append((name, try compile(members[name]!, at: JSONPointer.appending(name, to: pointer))))
        }
        return compiled
    }
}
