/// Why a command's input could not be assembled from `--json` and `--FIELD VALUE` flags.
public enum CommandInputError: Error, Hashable, Sendable {
    /// The `--json` document is not a JSON object.
    case notAnObject(found: String)
    /// The `--json` object has a member that is not a field of the command.
    case unknownJSONField(String, command: String, suggestion: String?)
    /// A flag names no field of the command.
    case unknownFlag(String, command: String, suggestion: String?)
    /// A flag's value is not of its field's kind.
    case badFlagValue(field: CommandField, value: String)
    /// A field that is not a list was given more than once.
    case repeated(field: CommandField)
    /// An object field cannot be given as a flag.
    case jsonOnly(field: CommandField)
    /// Required fields were given neither in `--json` nor as flags.
    case missingFields([CommandField], command: String)

    /// True when the problem is in the command line (flags), false when in the `--json` document.
    public var isAboutCommandLine: Bool {
        switch self {
        case .notAnObject, .unknownJSONField: false
        default: true
        }
    }

    /// A short stable code: `invalid-input` for the JSON document, `usage` otherwise.
    public var code: String { isAboutCommandLine ? "usage" : "invalid-input" }

    /// One line saying what is wrong and what to do.
    public var message: String {
        switch self {
        case .notAnObject(let found):
            return "the --json input must be a JSON object of the command's fields; found \(found)"
        case .unknownJSONField(let name, let command, let suggestion):
            return "the --json input has a field \"\(name)\" that \(command) does not take"
                + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "; see its --help for the fields")
        case .unknownFlag(let name, let command, let suggestion):
            return "unknown field '--\(name)' for \(command)" + (suggestion.map { "; did you mean '--\($0)'?" } ?? "")
        case .badFlagValue(let field, let value):
            let expected: String
            switch field.kind {
            case .choice(let words), .choiceList(let words): expected = "one of " + words.joined(separator: ", ")
            default: expected = field.kind.phrase
            }
            return "--\(field.name) must be \(expected); got '\(value)'"
        case .repeated(let field):
            return "--\(field.name) given more than once; it takes one value"
        case .jsonOnly(let field):
            return "--\(field.name) is \(field.kind.phrase): give it in the --json input"
        case .missingFields(let fields, let command):
            let names = fields.map { $0.kind.takesFlag ? "--\($0.name) \($0.kind.valueName)" : "\($0.name) (in --json)" }
            return "\(command) needs " + names.joined(separator: ", ")
        }
    }
}
