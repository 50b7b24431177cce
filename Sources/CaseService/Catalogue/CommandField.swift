import CaseLedger

/// One field of a command's JSON input: its name, what kind of value it takes, whether the
/// command needs it, and what it means in one line. The same table drives `record TYPE --FIELD`
/// parsing and `record TYPE --help`.
public struct CommandField: Sendable, Hashable {
    /// The kind of value a field takes.
    public enum Kind: Sendable, Hashable {
        /// Free text.
        case text
        /// A whole number.
        case integer
        /// An amount of money in whole pence.
        case pence
        /// A date written `YYYY-MM-DD`.
        case date
        /// `true` or `false`.
        case boolean
        /// A staff role word, e.g. `socialWorker` (councils name their own roles).
        case role
        /// A list of texts.
        case textList
        /// One word of a fixed vocabulary.
        case choice([String])
        /// A list of words of a fixed vocabulary.
        case choiceList([String])
        /// A JSON object of the named shape (given only in `--json`).
        case object(String)
        /// A list of JSON objects of the named shape (given only in `--json`).
        case objectList(String)

        /// One word of the vocabulary `E`.
        public static func choice<E: PayloadEnum>(_: E.Type) -> Kind { .choice(E.allCases.map(\.rawValue)) }
        /// A list of words of the vocabulary `E`.
        public static func choices<E: PayloadEnum>(_: E.Type) -> Kind { .choiceList(E.allCases.map(\.rawValue)) }

        /// True for the kinds a JSON list holds.
        public var isList: Bool {
            switch self {
            case .textList, .choiceList, .objectList: true
            default: false
            }
        }

        /// True when the value can be given as `--FIELD VALUE` (scalars and lists of scalars).
        public var takesFlag: Bool {
            switch self {
            case .object, .objectList: false
            default: true
            }
        }

        /// The allowed words, for a choice.
        public var allowedWords: [String]? {
            switch self {
            case .choice(let words), .choiceList(let words): words
            default: nil
            }
        }

        /// How the value is written in help: `TEXT`, `PENCE`, `DATE`, `WORD`, `true|false`…
        public var valueName: String {
            switch self {
            case .text, .textList: "TEXT"
            case .integer: "N"
            case .pence: "PENCE"
            case .date: "DATE"
            case .boolean: "true|false"
            case .role: "ROLE"
            case .choice, .choiceList: "WORD"
            case .object(let shape): shape
            case .objectList(let shape): shape
            }
        }

        /// The kind in words, e.g. "a list of texts", "an amount in pence".
        public var phrase: String {
            switch self {
            case .text: "text"
            case .integer: "a whole number"
            case .pence: "an amount in pence"
            case .date: "a date YYYY-MM-DD"
            case .boolean: "true or false"
            case .role: "a staff role"
            case .textList: "a list of texts"
            case .choice: "one word of a list"
            case .choiceList: "a list of words"
            case .object(let shape): "a JSON object (\(shape))"
            case .objectList(let shape): "a list of JSON objects (\(shape))"
            }
        }
    }

    /// The field's name in the JSON input, also the flag: `planId` is `--planId`.
    public let name: String
    /// What value it takes.
    public let kind: Kind
    /// True when the command's JSON input must hold it. (Lists left out are taken as empty and
    /// a left-out `effectiveDate` as the decision date; see `CommandInput`.)
    public let isRequired: Bool
    /// What it means, in one line.
    public let meaning: String

    /// A field; required unless `required` is false.
    public init(_ name: String, _ kind: Kind, required: Bool = true, _ meaning: String) {
        self.name = name
        self.kind = kind
        self.isRequired = required
        self.meaning = meaning
    }

    /// True when a value must be given: required, and not filled in by default (lists and the
    /// effective date are).
    public var mustBeGiven: Bool {
        isRequired && !kind.isList && name != CommandInput.effectiveDateField
    }
}
