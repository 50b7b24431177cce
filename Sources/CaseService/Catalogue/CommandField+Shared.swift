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

    /// The content of a support plan (`SupportPlanContent`), stored flat in the plan events.
    public static let supportPlanContent: [CommandField] = [
        CommandField("planId", .text, "The plan's id, e.g. \"P-1\", chosen by the caller."),
        CommandField("author", .choice(PlanAuthor.self), "Who wrote the plan."),
        CommandField("components", .object("PlanComponents"), "The 7 essential components."),
        CommandField("needs", .objectList("NeedToMeet"), "The needs, which are eligible, which the council will meet and how (s25(1)(a)-(b))."),
        CommandField("lines", .objectList("PlanLine"), "The costed lines."),
        CommandField("risks", .objectList("RiskEntry"), "Risks the person has chosen to take and how they are managed."),
        CommandField("preventionAdvice", .text, "Advice on preventing or delaying the development of needs (s25(1)(f))."),
    ]
}
