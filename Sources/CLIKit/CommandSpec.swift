/// A declarative description of a command: what it takes and what it is for.
///
/// A command either has subcommands (then the first argument must name one of them and the
/// rest belong to it) or it is a leaf that takes arguments, options and flags. The root
/// command's `name` is the program name used in help and error text. `--help` and `-h` are
/// added to every command and must not be declared.
public struct CommandSpec: Sendable, Equatable {
    /// The word that selects this command, or the program name for the root.
    public var name: String
    /// One line saying what the command does, shown after OVERVIEW and in SUBCOMMANDS.
    public var abstract: String
    /// Optional longer text shown below the overview; blank lines separate paragraphs.
    public var discussion: String?
    /// Positional arguments in the order they are filled.
    public var arguments: [ArgumentSpec]
    /// Options that take a value, in the order shown in help.
    public var options: [OptionSpec]
    /// Flags, shown in help after the options.
    public var flags: [FlagSpec]
    /// Nested commands; when non-empty the command is only a group and takes no arguments.
    public var subcommands: [CommandSpec]
    /// Other words that select this command, such as an event type naming the command that
    /// records it. Shown in the parent's help; the command path always uses `name`.
    public var aliases: [String]
    /// issue 18: scripts. What `--version` prints (the root command only), or nil when the
    /// program has no `--version`.
    public var version: String?

    /// Describes a command; everything but the name and abstract defaults to empty (no version).
    public init(
        name: String, abstract: String, discussion: String? = nil,
        arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], flags: [FlagSpec] = [],
        subcommands: [CommandSpec] = [], aliases: [String] = [], version: String? = nil
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.flags = flags
        self.subcommands = subcommands
        self.aliases = aliases
        self.version = version
    }

    /// The environment variables named by the options of this command and every command below it.
    public var environmentVariables: [String] {
        options.compactMap(\.environment) + subcommands.flatMap(\.environmentVariables)
    }

    /// The direct subcommand with this exact name, or else with this exact alias, if any.
    public func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name } ?? subcommands.first { $0.aliases.contains(name) }
    }
}
