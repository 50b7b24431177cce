/// Every command that can be recorded, with its fields: the case commands (one per case event
/// type) and the staff register commands.
public enum CommandCatalogue {
    /// The case command named `name`, which may be the command (`signOffPlan`) or the event
    /// type it records (`planSignedOff`).
    public static func caseCommand(named name: String) -> CommandDescription? {
        caseCommands.first { $0.name == name } ?? caseCommands.first { $0.eventType == name }
    }

    /// The staff register command named `name` (e.g. `addStaff`) or recording event type
    /// `name` (e.g. `staffAdded`).
    public static func staffCommand(named name: String) -> CommandDescription? {
        staffCommands.first { $0.name == name } ?? staffCommands.first { $0.eventType == name }
    }
}
