/// Renders the help text of a command in the style of swift-argument-parser.
public enum HelpFormatter {
    /// The widest a line of help may be, unless a single word is wider, when the terminal's
    /// width is not known (the output is a file or a pipe and `$COLUMNS` is unset): what
    /// swift-argument-parser assumes. On a terminal, `TerminalWidth.forHelp()` decides.
    public static let width = 80
    /// The column where help text starts in ARGUMENTS, OPTIONS and SUBCOMMANDS.
    static let column = 26

    /// The help for `command`, reached as `path` (program name first): OVERVIEW, the
    /// discussion, USAGE, ARGUMENTS, OPTIONS (always listing `-h, --help`) and SUBCOMMANDS,
    /// separated by blank lines, wrapped to `width` columns (80 unless given), without a
    /// trailing newline. The same spec, path and width always give the same text.
    public static func render(_ command: CommandSpec, path: [String], width: Int = HelpFormatter.width) -> String {
        var blocks: [[String]] = []
        if !command.abstract.isEmpty {
            let units = ["OVERVIEW:"] + TextWrapper.words(command.abstract)
            blocks.append(TextWrapper.wrap(units, width: width, hangingIndent: "          "))
        }
        for paragraph in paragraphs(command.discussion ?? "") {
            blocks.append(TextWrapper.wrap(TextWrapper.words(paragraph), width: width))
        }
        blocks.append(usage(command, path: path, width: width))
        if !command.arguments.isEmpty {
            blocks.append(["ARGUMENTS:"] + command.arguments.flatMap { row("<\($0.name)>", $0.help, width: width) })
        }
        blocks.append(["OPTIONS:"] + optionRows(command, width: width))
        if !command.subcommands.isEmpty {
            blocks.append(["SUBCOMMANDS:"] + command.subcommands.flatMap { sub in
                row(sub.name, sub.abstract + (sub.aliases.isEmpty ? "" : " (also: \(sub.aliases.joined(separator: ", ")))"), width: width)
            })
            let helpPath = ([path[0], "help"] + path.dropFirst()).joined(separator: " ")
            blocks.append(TextWrapper.wrap(
                ["  See", "'\(helpPath) <subcommand>'", "for", "detailed", "help."], width: width, hangingIndent: "  "))
        }
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    private static func usage(_ command: CommandSpec, path: [String], width: Int) -> [String] {
        var units = ["USAGE: " + path.joined(separator: " ")]
        if !command.subcommands.isEmpty {
            units.append("<subcommand>")
        }
        for option in command.options {
            let more = option.isRepeatable ? " ..." : ""
            units.append(option.isRequired ? "\(option.synopsis)\(more)" : "[\(option.synopsis)\(more)]")
        }
        units += command.flags.map { "[--\($0.name)]" }
        for argument in command.arguments {
            let text = "<\(argument.name)>" + (argument.isVariadic ? " ..." : "")
            units.append(argument.isRequired ? text : "[\(text)]")
        }
        return TextWrapper.wrap(units, width: width, hangingIndent: "         ")
    }

    private static func optionRows(_ command: CommandSpec, width: Int) -> [String] {
        var rows: [String] = []
        for option in command.options {
            var notes: [String] = []
            if let values = option.allowedValues { notes.append("values: " + values.joined(separator: ", ")) }
            if let value = option.defaultValue { notes.append("default: \(value)") }
            if let variable = option.environment { notes.append("env: \(variable)") }
            if option.isRepeatable { notes.append("may be repeated") }
            let suffix = notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"
            rows += row(label(option.short, option.synopsis), option.help + suffix, width: width)
        }
        for flag in command.flags {
            rows += row(label(flag.short, "--\(flag.name)"), flag.help, width: width)
        }
        return rows + row("-h, --help", "Show help information.", width: width)
    }

    private static func label(_ short: Character?, _ long: String) -> String {
        short.map { "-\($0), \(long)" } ?? long
    }

    private static func row(_ label: String, _ text: String, width: Int) -> [String] {
        TextWrapper.row(label: label, text: text, column: column, width: width)
    }

    /// Paragraphs of the discussion: text separated by blank lines.
    private static func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { result.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }
}
