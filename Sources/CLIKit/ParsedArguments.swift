/// The values a leaf command received, looked up by the names in its `CommandSpec`.
///
/// Looking up a name the command does not declare is a programmer error and traps.
public struct ParsedArguments: Equatable, Sendable {
    /// The command as typed, program name first, such as `["caseledger", "staff", "add"]`.
    public let commandPath: [String]
    let spec: CommandSpec
    let positionalValues: [String: [String]]
    let optionValues: [String: [String]]
    let optionSources: [String: ValueSource]
    let flagsGiven: Set<String>

    init(
        commandPath: [String], spec: CommandSpec, positionalValues: [String: [String]],
        optionValues: [String: [String]], optionSources: [String: ValueSource],
        flagsGiven: Set<String>
    ) {
        self.commandPath = commandPath
        self.spec = spec
        self.positionalValues = positionalValues
        self.optionValues = optionValues
        self.optionSources = optionSources
        self.flagsGiven = flagsGiven
    }

    /// The value of a positional argument, or nil if it was optional and not given.
    /// For a variadic argument, the first of its values.
    public func positional(_ name: String) -> String? {
        positionals(name).first
    }

    /// All values of a positional argument in order; empty if none were given.
    public func positionals(_ name: String) -> [String] {
        precondition(
            spec.arguments.contains { $0.name == name },
            "'\(spec.name)' declares no argument named '\(name)'")
        return positionalValues[name] ?? []
    }

    /// Whether the command declares an option named `name` (asking `option` for one it does not
    /// declare is a programming error).
    public func declares(option name: String) -> Bool { spec.options.contains { $0.name == name } }

    /// The option's value from the command line, environment or default, or nil if none
    /// applies. For a repeatable option given several times, the last value.
    public func option(_ name: String) -> String? {
        options(name).last
    }

    /// Every value of the option in command-line order; a single value when it came from the
    /// environment or the default; empty if none applies.
    public func options(_ name: String) -> [String] {
        _ = optionSpec(name)
        return optionValues[name] ?? []
    }

    /// True if the flag was given.
    public func flag(_ name: String) -> Bool {
        precondition(
            spec.flags.contains { $0.name == name },
            "'\(spec.name)' declares no flag named '\(name)'")
        return flagsGiven.contains(name)
    }

    /// The option's value as an integer, or nil if the option has no value.
    /// Throws "--limit must be an integer; got 'ten'" if the value is not a decimal integer.
    public func integer(_ option: String) throws(UsageError) -> Int? {
        try self.option(option, as: "an integer") { text throws(UsageError) in Int(text) }
    }

    /// The option's value; throws "missing --ledger DIR (or set CASELEDGER_LEDGER)" if none
    /// applies. For options that are required only in some situations.
    public func requiredOption(_ name: String) throws(UsageError) -> String {
        if let value = option(name) { return value }
        throw usageError(Self.missingMessage(for: optionSpec(name)))
    }

    /// A usage error about this command, for checks the spec cannot express
    /// (such as two options that exclude each other).
    public func usageError(_ message: String) -> UsageError {
        UsageError(command: commandPath, message: message)
    }

    /// "missing --ledger DIR", with " (or set VARIABLE)" when the option has a fallback.
    static func missingMessage(for option: OptionSpec) -> String {
        let hint = option.environment.map { " (or set \($0))" } ?? ""
        return "missing \(option.synopsis)\(hint)"
    }

    private func optionSpec(_ name: String) -> OptionSpec {
        guard let option = spec.options.first(where: { $0.name == name }) else {
            preconditionFailure("'\(spec.name)' declares no option named '\(name)'")
        }
        return option
    }
}
