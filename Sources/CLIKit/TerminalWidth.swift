#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// issue 18: scripts — text wrapped to the terminal's width.
/// How wide text output may be: `$COLUMNS` when set to a number, else the terminal's width
/// (`TIOCGWINSZ`) when standard output is a terminal, else a fixed width (a file, a pipe, an
/// email: the width the reports have always had). Clamped to 20…1000 columns.
public enum TerminalWidth {
    /// The width used when standard output is not a terminal and `$COLUMNS` is not set.
    public static let fixed = 100

    /// The width, given `$COLUMNS` (nil when unset) and the terminal's columns (nil when standard
    /// output is not a terminal or its size is unknown). A pure function: what `current` decides.
    /// `fallback` is the width when neither is known.
    public static func columns(environment columns: String?, terminal: Int?, fallback: Int = fixed) -> Int {
        if let text = columns, let n = Int(text.trimmingCharacters(in: " ")), n > 0 { return clamp(n) }
        if let terminal, terminal > 0 { return clamp(terminal) }
        return fallback
    }

    /// The width of `--help` text for this process: `$COLUMNS`, else the terminal's width, else
    /// `HelpFormatter.width` (80, swift-argument-parser's habit), and never under 40 columns, so
    /// the option descriptions (from column 26) keep room for words.
    public static func forHelp() -> Int {
        forHelp(environment: getenv("COLUMNS").map { String(cString: $0) }, terminal: terminalColumns())
    }

    /// What `forHelp()` decides, given `$COLUMNS` and the terminal's columns: a pure function.
    public static func forHelp(environment: String?, terminal: Int?) -> Int {
        max(columns(environment: environment, terminal: terminal, fallback: HelpFormatter.width), 40)
    }

    /// The width for standard output of this process; `fixed` when `toFile` (the output goes to a
    /// file named with `-o`, not to the terminal) unless `$COLUMNS` says otherwise.
    public static func current(toFile: Bool = false) -> Int {
        let variable = getenv("COLUMNS").map { String(cString: $0) }
        return columns(environment: variable, terminal: toFile ? nil : terminalColumns())
    }

    /// The columns of the terminal standard output is, or nil when it is not one.
    static func terminalColumns() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    private static func clamp(_ n: Int) -> Int { min(max(n, 20), 1000) }
}

extension String {
    /// The string without `character` at either end.
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var s = Substring(self)
        while s.first == character { s = s.dropFirst() }
        while s.last == character { s = s.dropLast() }
        return String(s)
    }
}
