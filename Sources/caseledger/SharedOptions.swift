import CLIKit

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
}
