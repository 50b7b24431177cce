import CaseLedger

extension CommandCatalogue {
    /// Every staff register command, in the order of `StaffCommand.allNames`.
    public static let staffCommands: [CommandDescription] = [
        CommandDescription(
            name: "addStaff", eventType: "staffAdded",
            summary: "Add a member of staff.",
            fields: CommandField.decisionMetadata + [
                CommandField("staffId", .text, "Their staff id, e.g. \"S-12\"."),
                CommandField("name", .text, "Their name."),
                CommandField("team", .text, required: false, "Their team."),
            ]),
        CommandDescription(
            name: "grantRole", eventType: "staffRoleGranted",
            summary: "Let a member of staff act under a role.",
            fields: CommandField.decisionMetadata + [
                CommandField("staffId", .text, "The member of staff."),
                CommandField("role", .role, "The role granted."),
            ]),
        CommandDescription(
            name: "revokeRole", eventType: "staffRoleRevoked",
            summary: "Stop a member of staff acting under a role.",
            fields: CommandField.decisionMetadata + [
                CommandField("staffId", .text, "The member of staff."),
                CommandField("role", .role, "The role revoked."),
            ]),
        CommandDescription(
            name: "grantSignOffLimit", eventType: "signOffLimitGranted",
            summary: "Give a member of staff a weekly sign-off limit (replacing any earlier one).",
            fields: CommandField.decisionMetadata + [
                CommandField("staffId", .text, "The member of staff."),
                CommandField("weeklyLimit", .pence, "The highest weekly plan cost they may sign off, in pence."),
            ]),
        CommandDescription(
            name: "revokeSignOffLimit", eventType: "signOffLimitRevoked",
            summary: "Take away a member of staff's sign-off authority.",
            fields: CommandField.decisionMetadata + [
                CommandField("staffId", .text, "The member of staff."),
            ]),
        CommandDescription(
            name: "recordLeaving", eventType: "staffLeft",
            summary: "Record that a member of staff left.",
            fields: CommandField.decisionMetadata + [
                CommandField("staffId", .text, "The member of staff."),
            ]),
    ]
}
