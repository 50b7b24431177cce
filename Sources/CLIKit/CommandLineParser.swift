/// Turns a command line into help text or a command to run, following a `CommandSpec`.
public enum CommandLineParser {
    /// Parses `arguments` (without the program name) against `spec`.
    ///
    /// - Version: `--version` as the only argument returns `spec.version` as help text, when
    ///   the spec has one.
    /// - Help: `--help` or `-h` anywhere before a `--` returns the help of the deepest command
    ///   named by the leading subcommand words. When the root has subcommands,
    ///   `help [subcommand ...]` returns the help of the command it names.
    /// - Otherwise leading words select subcommands until a leaf command is reached, and the
    ///   rest is parsed as that command's arguments. `environment` supplies fallback values
    ///   for options that declare a variable and are absent from the command line.
    /// - Help text is wrapped to `helpWidth` columns (`TerminalWidth.forHelp()` in a process).
    /// - Throws: the first `UsageError` found, naming the command reached so far.
    public static func parse(
        spec: CommandSpec, arguments: [String], environment: [String: String],
        helpWidth: Int = HelpFormatter.width
    ) throws(UsageError) -> ParseResult {
        if !spec.subcommands.isEmpty, arguments.first == "help", spec.subcommand(named: "help") == nil {
            return try helpCommand(spec: spec, words: arguments.dropFirst(), width: helpWidth)
        }
        // issue 18: scripts. `--version` as the first word prints the program's version.
        if let version = spec.version, arguments.first == "--version" {
            guard arguments.count == 1 else {
                throw UsageError(command: [spec.name], message: "--version takes nothing after it")
            }
            return .help(text: version)
        }
        let helpRequested = arguments.prefix { $0 != "--" }.contains { $0 == "--help" || $0 == "-h" }
        var command = spec
        var path = [spec.name]
        var index = arguments.startIndex
        while !command.subcommands.isEmpty {
            if index < arguments.endIndex, let next = command.subcommand(named: arguments[index]) {
                command = next
                path.append(next.name)
                index += 1
                continue
            }
            if helpRequested { break }
            guard index < arguments.endIndex else {
                throw UsageError(command: path, message: "missing command; choose one of \(names(command))")
            }
            throw unknownCommand(arguments[index], in: command, path: path)
        }
        if helpRequested {
            return .help(text: HelpFormatter.render(command, path: path, width: helpWidth))
        }
        let parser = LeafParser(spec: command, commandPath: path, environment: environment)
        let parsed = try parser.parse(arguments[index...])
        return .command(path: Array(path.dropFirst()), arguments: parsed)
    }

    /// `help a b` walks down the named subcommands and returns the last one's help.
    private static func helpCommand(
        spec: CommandSpec, words: ArraySlice<String>, width: Int
    ) throws(UsageError) -> ParseResult {
        var command = spec
        var path = [spec.name]
        for word in words {
            guard !command.subcommands.isEmpty else {
                throw UsageError(command: path, message: "unexpected argument '\(word)'")
            }
            guard let next = command.subcommand(named: word) else {
                throw unknownCommand(word, in: command, path: path)
            }
            command = next
            path.append(next.name)
        }
        return .help(text: HelpFormatter.render(command, path: path, width: width))
    }

    /// The error for a word that names no subcommand of `command`.
    private static func unknownCommand(
        _ word: String, in command: CommandSpec, path: [String]
    ) -> UsageError {
        let message: String
        if LeafParser.looksLikeOption(word) {
            message = "expected a command before '\(word)'; choose one of \(names(command))"
        } else if let guess = Suggestion.closest(to: word, among: command.subcommands.flatMap { [$0.name] + $0.aliases }) {
            message = "unknown command '\(word)'; did you mean '\(guess)'?"
        } else {
            message = "unknown command '\(word)'; choose one of \(names(command))"
        }
        return UsageError(command: path, message: message)
    }

    private static func names(_ command: CommandSpec) -> String {
        command.subcommands.map(\.name).joined(separator: ", ")
    }
}
