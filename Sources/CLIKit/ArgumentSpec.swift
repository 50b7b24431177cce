/// A positional argument of a command, such as `<case-id>` in `caseledger case show <case-id>`.
///
/// Positionals are filled in declaration order. Declare required ones first, then optional
/// ones, and at most one variadic argument, last: it takes every remaining positional.
public struct ArgumentSpec: Sendable, Equatable {
    /// The name shown in help as `<name>` and used to look the value up.
    public var name: String
    /// One line of help shown in the ARGUMENTS section.
    public var help: String
    /// When true, parsing fails with "missing expected argument <name>" if the value is absent;
    /// a required variadic argument needs at least one value.
    public var isRequired: Bool
    /// When true, the argument takes all remaining positionals (zero or more, or one or more
    /// if required). Only meaningful on the last argument.
    public var isVariadic: Bool

    /// Describes a positional argument; by default it is required and takes exactly one value.
    public init(_ name: String, help: String, isRequired: Bool = true, isVariadic: Bool = false) {
        self.name = name
        self.help = help
        self.isRequired = isRequired
        self.isVariadic = isVariadic
    }
}
