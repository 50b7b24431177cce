import CaseLedger

extension CommandField {
    /// The decision metadata every command carries (`DecisionMetadata`), stored flat in the
    /// payload.
    public static let decisionMetadata: [CommandField] = [
        CommandField("actingRole", .role, "The role the staff member acts under, e.g. socialWorker."),
        CommandField("effectiveDate", .date, "The date the decision takes effect; may be earlier than today (default: today)."),
        CommandField("reasons", .textList, "The reasons, in plain words the customer can read."),
        CommandField("references", .textList, "The criteria or policy clauses relied on."),
        CommandField("notes", .objectList("Note"), "Facts and opinions noted with the decision."),
        CommandField("restricted", .textList, "Names of fields holding third-party information, withheld from the customer's copy."),
    ]
}
