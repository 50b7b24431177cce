/// A command that can be recorded: its name (imperative), the event type it records (past
/// tense), a one-line summary, and its input fields.
public struct CommandDescription: Sendable, Hashable {
    /// The command name, e.g. `signOffPlan`.
    public let name: String
    /// The event type it records, e.g. `planSignedOff`.
    public let eventType: String
    /// What it does, in one line.
    public let summary: String
    /// Its input fields, in the order the domain reads them.
    public let fields: [CommandField]

    /// A command.
    public init(name: String, eventType: String, summary: String, fields: [CommandField]) {
        self.name = name
        self.eventType = eventType
        self.summary = summary
        self.fields = fields
    }

    /// The field called `name`, if any.
    public func field(named name: String) -> CommandField? {
        fields.first { $0.name == name }
    }
}
