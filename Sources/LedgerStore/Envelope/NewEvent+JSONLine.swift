import LedgerJSON

extension NewEvent {
    /// The fields a line of append input may have.
    static let inputFields: Set<String> = ["stream", "type", "schema", "actor", "data", "id", "expectedVersion"]

    /// Reads one line of append input:
    /// `{"stream":"C-1001","type":"…","schema":1,"actor":"…","data":{…}}` with optional `"id"`
    /// (a UUID) and `"expectedVersion"` (an integer, `"no-stream"` or `"any"`). `line` numbers
    /// the error. Unknown fields are refused so that a misspelt field is never silently dropped.
    public init(jsonLine bytes: UnsafeRawBufferPointer, line: Int) throws(LedgerError) {
        let value: JSONValue
        do throws(JSONError) { value = try JSONParser.parse(bytes) } catch {
            throw .invalidInput(line: line, reason: error.message)
        }
        guard let members = value.objectValue else {
            throw .invalidInput(line: line, reason: "expected a JSON object like {\"stream\": \"C-1001\", \"type\": …}, got \(value.kindDescription)")
        }
        // Names compared by their bytes (rule 65).
        for key in members.keys.sorted() where !NewEvent.inputFields.contains(where: { JSONKey($0) == key }) {
            throw .invalidInput(line: line, reason: "unknown field \"\(key)\" (fields are stream, type, schema, actor, data, id, expectedVersion)")
        }
        func string(_ key: String) throws(LedgerError) -> String {
            guard let v = members[key] else { throw .invalidInput(line: line, reason: "the field \"\(key)\" is missing") }
            guard let s = v.stringValue else { throw .invalidInput(line: line, reason: "\"\(key)\" must be a string, not \(v.kindDescription)") }
            return s
        }
        var schema: Int64 = 1
        if let v = members["schema"] {
            guard let i = v.integerValue else { throw .invalidInput(line: line, reason: "\"schema\" must be an integer, not \(v.kindDescription)") }
            schema = i
        }
        guard let data = members["data"] else { throw .invalidInput(line: line, reason: "the field \"data\" is missing (the event's content, a JSON object)") }
        var id: EventID? = nil
        if let v = members["id"] {
            guard let text = v.stringValue, let parsed = EventID(text) else {
                throw .invalidInput(line: line, reason: "\"id\" must be a UUID like 0f8fad5b-d9cb-469f-a165-70867728950e")
            }
            id = parsed
        }
        var expected = ExpectedVersion.any
        if let v = members["expectedVersion"] {
            switch v {
            case .integer(let n) where n >= 0: expected = n == 0 ? .noStream : .exactly(n)
            case .string("no-stream"): expected = .noStream
            case .string("any"): expected = .any
            default:
                throw .invalidInput(line: line, reason: "\"expectedVersion\" must be a whole number of events (0 or more), \"no-stream\" or \"any\"")
            }
        }
        self.init(id: id, stream: try string("stream"), type: try string("type"), schema: schema, actor: try string("actor"), payload: data, expectedVersion: expected)
        if let problem = EnvelopeRules.problem(with: self) { throw .invalidInput(line: line, reason: problem) }
    }
}
