/// What the command line asked for: help text, or a command to run.
public enum ParseResult: Equatable, Sendable {
    /// `--help`, `-h` or `help` was given; `text` is the help for the command it names,
    /// without a trailing newline.
    case help(text: String)
    /// A leaf command to run. `path` lists the subcommand names below the program,
    /// such as `["staff", "add"]`; it is empty when the root command has no subcommands.
    case command(path: [String], arguments: ParsedArguments)
}
