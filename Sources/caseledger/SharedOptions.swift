import CLIKit

/// The options of a command that takes only the ledger (`append`, `verify`).
struct LedgerOptions: CommandOptions {
    /// The ledger directory.
    var ledger: String

    /// Reads `--ledger`.
    init(_ a: ParsedArguments) throws(UsageError) { ledger = try a.requiredOption("ledger") }
}

/// The options of a command that takes only a directory to create a ledger in (`init`, `demo`).
struct DirectoryOptions: CommandOptions {
    /// Where to create the ledger.
    var dir: String

    /// Reads `<dir>`.
    init(_ a: ParsedArguments) throws(UsageError) { dir = a.positional("dir")! }
}

/// Options shared by the commands that record and show decisions.
enum SharedOptions {
    /// `--as STAFF-ID`: who records the decision.
    static let actor = OptionSpec(
        "as", valueName: "STAFF-ID", help: "Your staff id: who records the decision (the event's actor).", isRequired: true)
    /// `--json FILE|-`: the command's fields as a JSON object.
    static let json = OptionSpec(
        "json", valueName: "FILE",
        help: "Read the fields from a JSON object in FILE ('-' for standard input); --FIELD flags override its members.")
    /// `--format text|json`.
    static let format = OptionSpec(
        "format", valueName: "FORMAT", help: "How to print: readable text, or JSON (stable; see README).",
        allowedValues: ["text", "json"], defaultValue: "text")

    /// Whether `--format json` was given.
    static func json(_ a: ParsedArguments) -> Bool { a.option("format") == "json" }
}
