import LedgerJSON

/// Compiles a schema document into the node table `JSONSchema` evaluates: checks every keyword
/// and its value, resolves `$ref`s, and refuses `$ref` cycles that would never terminate.
///
/// Every location is compiled at most once; a `$ref` target is given its index when the
/// reference is read and compiled when the traversal reaches it, or afterwards if it lies
/// where no keyword leads (a `$ref` may point at any schema in the document).
struct SchemaCompiler {
    /// The whole schema document, in which `$ref` pointers are resolved.
    let document: JSONValue
    /// The nodes compiled so far; nil for a reserved index not yet compiled.
    private var nodes: [SchemaNode?] = []
    /// The pointer of each reserved index.
    private var pointers: [String] = []
    /// The index reserved for each pointer.
    private var indices: [String: Int] = [:]

    private init(document: JSONValue) {
        self.document = document
    }

    /// The compiled nodes of `document`; index 0 is the document itself.
    static func compile(_ document: JSONValue) throws(SchemaError) -> [SchemaNode] {
        var compiler = SchemaCompiler(document: document)
        _ = try compiler.compile(document, at: "")
        try compiler.compileReferenceTargets()
        let nodes = compiler.nodes.map { $0! }
        try ReferenceCycles.check(nodes)
        return nodes
    }

    /// The index of the schema `value` found at `pointer`, compiling it (and its subschemas)
    /// unless that has been done already.
    mutating func compile(_ value: JSONValue, at pointer: String) throws(SchemaError) -> Int {
        let index = reserve(pointer)
        if nodes[index] != nil { return index }
        let body: SchemaNode.Body
        switch value {
        case .bool(let verdict):
            body = .always(verdict)
        case .object(let members):
            body = .keywords(try compileKeywords(members, at: pointer))
        default:
            throw SchemaError(
                .invalidValue, at: pointer,
                "a schema must be an object, true or false, not \(SchemaText.kind(of: value))")
        }
        nodes[index] = SchemaNode(pointer: pointer, body: body)
        return index
    }

    /// The index for the schema at `pointer`, reserved now if it has none yet.
    mutating func reserve(_ pointer: String) -> Int {
        if let index = indices[pointer] { return index }
        nodes.append(nil)
        pointers.append(pointer)
        indices[pointer] = nodes.count - 1
        return nodes.count - 1
    }

    /// Compiles the `$ref` targets the traversal did not reach (their `$ref`s may reserve more).
    private mutating func compileReferenceTargets() throws(SchemaError) {
        var index = 0
        while index < nodes.count {
            if nodes[index] == nil {
                let pointer = pointers[index]
                // `reference(_:at:)` resolved this pointer before reserving it.
                let value = JSONPointer.resolve(JSONPointer.tokens(pointer)!, in: document)!
                _ = try compile(value, at: pointer)
            }
            index += 1
        }
    }

    /// The keywords of the object schema `members` at `pointer`, in evaluation order.
    private mutating func compileKeywords(
        _ members: JSONObject, at pointer: String
    ) throws(SchemaError) -> [SchemaKeyword] {
        for name in members.keys.sorted().map(\.string) where !SchemaVocabulary.all.contains(name) {
            throw SchemaError(
                .unsupportedKeyword, at: JSONPointer.appending(name, to: pointer),
                SchemaVocabulary.refusal(of: name))
        }
        try checkAnnotations(members, at: pointer)
        try checkCompanions(members, at: pointer)
        if let definitions = members["$defs"] {
            let at = JSONPointer.appending("$defs", to: pointer)
            _ = try schemaMap(definitions, keyword: "$defs", at: at)
        }
        var keywords: [SchemaKeyword] = []
        for name in SchemaVocabulary.evaluationOrder {
            guard let value = members[name] else { continue }
            let site = KeywordSite(name: name, schema: pointer)
            keywords.append(SchemaKeyword(name: name, rule: try rule(value, at: site, in: members)))
        }
        return keywords
    }

    /// The rule for one keyword, `site.name`, whose value is `value`; `members` is the whole
    /// schema, for keywords that read a sibling.
    private mutating func rule(
        _ value: JSONValue, at site: KeywordSite, in members: JSONObject
    ) throws(SchemaError) -> SchemaRule {
        if let assertion = try assertion(value, at: site) { return assertion }
        return try applicator(value, at: site, in: members)
    }
}

/// Where a keyword is: its name and the pointer of the schema that holds it.
struct KeywordSite {
    /// The keyword, e.g. "minLength".
    let name: String
    /// JSON Pointer of the schema object the keyword is in.
    let schema: String

    /// JSON Pointer of the keyword itself.
    var pointer: String { JSONPointer.appending(name, to: schema) }

    /// An error about this keyword's value.
    func invalid(_ problem: String) -> SchemaError {
        SchemaError(.invalidValue, at: pointer, problem)
    }
}
