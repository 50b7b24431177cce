import CaseLedger

/// Builds a command's JSON input from a JSON object (`--json`) and `--FIELD VALUE` flags,
/// following the command's field table:
///
/// - flags override members of the JSON object; a list field given as flags replaces the
///   JSON's list;
/// - flag values are converted by the field's kind: integers and pence must be whole numbers,
///   booleans `true` or `false`, dates `YYYY-MM-DD`, list fields may be repeated;
/// - a list field given nowhere is taken as empty, and `effectiveDate` given nowhere as the
///   decision date;
/// - a member of the JSON object that is not a field of the command is refused, and so is a
///   required field given nowhere.
///
/// Value types inside the JSON object are left to the domain's decoder, whose errors name the
/// field.
public enum CommandInput {
    /// The field filled in with the decision date when not given.
    public static let effectiveDateField = "effectiveDate"

    /// Assembles the input of `command` from `json` (nil when not given) and `flags` (field name
    /// to the values given, in order). `today` is the decision date.
    public static func payload(
        for command: CommandDescription, json: JSONValue?, flags: [String: [String]], today: CalendarDate
    ) throws(CommandInputError) -> JSONValue {
        var members = JSONObject()
        if let json {
            guard let object = json.objectValue else { throw .notAnObject(found: json.kindDescription) }
            // Keeps events/INVARIANTS.md rule 65: a field is named by its exact code units (a name
            // that only looks like a field's, in another Unicode form, is not that field).
            for key in object.keys.sorted() where !command.fields.contains(where: { JSONKey($0.name) == key }) {
                throw .unknownJSONField(key.string, command: command.name, suggestion: closest(to: key.string, among: command.fields.map(\.name)))
            }
            members = object
        }
        for (name, values) in flags.sorted(by: { $0.key < $1.key }) {
            guard let field = command.field(named: name) else {
                throw .unknownFlag(name, command: command.name, suggestion: closest(to: name, among: command.fields.map(\.name)))
            }
            members[name] = try value(of: field, from: values)
        }
        for field in command.fields where members[field.name] == nil || members[field.name]?.isNull == true {
            // A list not given is empty; an optional list (issue 15: notices, `rightsStated` on
            // the eligibility and withdrawal notices) stays absent, meaning "not recorded".
            if field.kind.isList, field.isRequired {
                members[field.name] = .array([])
            } else if field.name == effectiveDateField {
                members[field.name] = .string(today.iso)
            }
        }
        let missing = command.fields.filter { $0.isRequired && (members[$0.name] == nil || members[$0.name]?.isNull == true) }
        if !missing.isEmpty { throw .missingFields(missing, command: command.name) }
        return .object(members)
    }

    /// The JSON value of `values` given as flags for `field`.
    public static func value(of field: CommandField, from values: [String]) throws(CommandInputError) -> JSONValue {
        func one(_ text: String) throws(CommandInputError) -> JSONValue {
            switch field.kind {
            case .integer, .pence:
                guard let n = Int64(text), n.magnitude <= JSONValue.maxSafeInteger.magnitude else {
                    throw .badFlagValue(field: field, value: text)
                }
                return .integer(n)
            case .boolean:
                guard text == "true" || text == "false" else { throw .badFlagValue(field: field, value: text) }
                return .bool(text == "true")
            case .date:
                guard CalendarDate(text) != nil else { throw .badFlagValue(field: field, value: text) }
                return .string(text)
            case .choice(let words), .choiceList(let words):
                guard words.contains(text) else { throw .badFlagValue(field: field, value: text) }
                return .string(text)
            case .text, .role, .textList:
                return .string(text)
            case .object, .objectList:
                throw .jsonOnly(field: field)
            }
        }
        if field.kind.isList {
            var items: [JSONValue] = []
            for text in values { items.append(try one(text)) }
            return .array(items)
        }
        guard values.count <= 1 else { throw .repeated(field: field) }
        return try one(values.first ?? "")
    }

    /// The candidate within two edits of `word` (one for short names), if any: for "did you mean".
    static func closest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(word.lowercased())
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(typed, Array(candidate.lowercased()))
            if d <= (candidate.count > 5 ? 2 : 1), d < (best?.1 ?? .max) { best = (candidate, d) }
        }
        return best?.0
    }

    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
