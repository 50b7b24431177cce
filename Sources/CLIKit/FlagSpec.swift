/// A named switch without a value, such as `--verbose` or `-v`.
///
/// A flag is either present or absent; giving it twice is the same as giving it once, and
/// `--name=value` is a usage error.
public struct FlagSpec: Sendable, Equatable {
    /// The long name without dashes: `"verbose"` is written `--verbose`.
    public var name: String
    /// An optional one-letter alias: `"v"` is written `-v`. `-h` is reserved for help.
    public var short: Character?
    /// One line of help shown in the OPTIONS section.
    public var help: String

    /// Describes a flag.
    public init(_ name: String, short: Character? = nil, help: String) {
        self.name = name
        self.short = short
        self.help = help
    }
}
