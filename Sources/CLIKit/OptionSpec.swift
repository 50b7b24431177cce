/// A named option that takes a value, such as `--ledger DIR` or `-f FORMAT`.
///
/// The value is taken from, in order of preference: the command line (`--name value`,
/// `--name=value` or `-s value`), then the environment variable if one is named and set to a
/// non-empty string, then `defaultValue`. Values from the command line or the environment are
/// checked against `allowedValues`.
public struct OptionSpec: Sendable, Equatable {
    /// The long name without dashes: `"ledger"` is written `--ledger`.
    public var name: String
    /// An optional one-letter alias: `"l"` is written `-l`. `-h` is reserved for help.
    public var short: Character?
    /// The placeholder for the value in help and error text, such as `"DIR"`.
    public var valueName: String
    /// One line of help shown in the OPTIONS section.
    public var help: String
    /// An environment variable consulted only when the option is absent from the command line.
    public var environment: String?
    /// When set, every value given must be one of these; they are listed in help and errors.
    public var allowedValues: [String]?
    /// When true and no value comes from the command line, environment or default,
    /// parsing fails with "missing --name VALUE".
    public var isRequired: Bool
    /// When true the option may be given several times and every value is kept in order;
    /// when false a second occurrence is a usage error.
    public var isRepeatable: Bool
    /// The value used when the option is absent and no environment value applies;
    /// it is shown in help as `default: value`.
    public var defaultValue: String?

    /// Describes an option; by default it is optional, single-valued, unrestricted and has no
    /// environment fallback or default.
    public init(
        _ name: String, short: Character? = nil, valueName: String, help: String,
        environment: String? = nil, allowedValues: [String]? = nil, isRequired: Bool = false,
        isRepeatable: Bool = false, defaultValue: String? = nil
    ) {
        self.name = name
        self.short = short
        self.valueName = valueName
        self.help = help
        self.environment = environment
        self.allowedValues = allowedValues
        self.isRequired = isRequired
        self.isRepeatable = isRepeatable
        self.defaultValue = defaultValue
    }

    /// The option as written in usage and error text: `--ledger DIR`.
    public var synopsis: String { "--\(name) \(valueName)" }
}
