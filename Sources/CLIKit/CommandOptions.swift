/// A command's options as one typed value, made once from what was parsed: the shape of
/// swift-argument-parser's `ParsableArguments`, without property wrappers or macros.
///
/// `init(_:)` is the only place the command looks its options up by name: it reads each one,
/// converts it to its type (`ParsedArguments.option(_:as:_:)`, `integer(_:)`), and throws a
/// `UsageError` for a value that cannot be converted. `validate()` then checks the rules
/// between options (two that exclude each other, a range the wrong way round), before anything
/// runs. `ParsedArguments.parse(_:)` does both; a command's `run` takes the value.
public protocol CommandOptions {
    /// Reads every option, argument and flag the command takes from `arguments`, converted to
    /// its type. Throws a usage error naming the option for a value that cannot be converted.
    init(_ arguments: ParsedArguments) throws(UsageError)

    /// Checks the rules between options that no single option's conversion can; throws a
    /// `ValidationError` saying what to change. By default there are none.
    func validate() throws(ValidationError)
}

extension CommandOptions {
    /// No rules between options.
    public func validate() throws(ValidationError) {}
}

/// The options given break a rule between them, found by `CommandOptions.validate()`: reported
/// as a usage error of the command (exit 64), like swift-argument-parser's `ValidationError`.
public struct ValidationError: Error, Equatable, Sendable {
    /// What was wrong, for the person at the keyboard, without a trailing period.
    public var message: String

    /// A validation error saying `message`.
    public init(_ message: String) {
        self.message = message
    }
}

/// A leaf command whose `run` takes typed options: `spec` says what it takes, `Options` reads
/// it, and nothing runs unless the whole command line reads and validates.
public protocol OptionsCommand {
    /// The command's options, read from its command line.
    associatedtype Options: CommandOptions
    /// What the command takes and what it is for.
    static var spec: CommandSpec { get }
    /// The command's work, with its options read and validated.
    static func run(_ options: Options) throws
}

extension OptionsCommand {
    /// Reads and validates `arguments` as `Options`, then runs with them.
    public static func run(_ arguments: ParsedArguments) throws {
        try run(try arguments.parse(Options.self))
    }
}

extension ParsedArguments {
    /// The command's options read into `type` and validated: a conversion's or `validate()`'s
    /// failure is a usage error of this command (exit 64).
    public func parse<Options: CommandOptions>(_ type: Options.Type = Options.self) throws(UsageError) -> Options {
        let options = try Options(self)
        do {
            try options.validate()
        } catch {
            throw usageError(error.message)
        }
        return options
    }

    /// The option's value converted by `convert`, or nil when the option has no value. When
    /// `convert` gives nil: "--on must be a date such as 2026-04-01; got 'soon'", `expected`
    /// being what a value must be ("a date such as 2026-04-01"), with " (from VARIABLE)" when
    /// the value came from the environment.
    public func option<Value>(
        _ name: String, as expected: String, _ convert: (String) throws(UsageError) -> Value?
    ) throws(UsageError) -> Value? {
        guard let text = option(name) else { return nil }
        guard let value = try convert(text) else {
            let source = optionSources[name]?.suffix ?? ""
            throw usageError("--\(name) must be \(expected); got '\(text)'\(source)")
        }
        return value
    }

    /// The option's value as one of `Value`'s cases, by raw value, or nil when the option has
    /// no value; a usage error listing the cases when it names none (an option declaring the
    /// cases as its `allowedValues` is checked while parsing, so then it always names one).
    public func option<Value: RawRepresentable & CaseIterable>(_ name: String, as type: Value.Type) throws(UsageError) -> Value?
    where Value.RawValue == String {
        let cases = Value.allCases.map(\.rawValue).joined(separator: ", ")
        return try option(name, as: "one of \(cases)") { text throws(UsageError) in Value(rawValue: text) }
    }
}
