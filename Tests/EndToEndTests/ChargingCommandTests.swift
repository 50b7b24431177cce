import Foundation
import LedgerJSON
import Testing

// issue 15: charging — a worker types a plan line bought once and free of charge, and the
// budget's one-off amounts, on the command line; the trail and `explain` say so.

@Suite("Charging on the command line: free lines and one-off costs")
struct ChargingCommandTests {
    /// Joe's plan (`events/examples/joe/08-draftSupportPlan`) with `line` added.
    static func joesPlan(adding line: JSONValue) -> Data {
        var plan = CommandLineStory.step("draftSupportPlan").input.objectValue!
        plan["lines"] = .array(plan["lines"]!.arrayValue! + [line])
        return Data(CanonicalJSON.encode(.object(plan)))
    }

    @Test func aWorkerRecordsAFreeWheelchairBoughtOnceAndTheTrailAndExplainSayItIsFreeAndNotWeekly() throws {
        let story = try CommandLineStory()
        try story.recordJoe(through: "calculateIndicativeBudget")
        let help = try story.expectSuccess(["record", "setPersonalBudget", "--help"])
        #expect(help.stdout.contains("oneOffTotal"))

        // A shower costing £4,500.00 is not a minor adaptation: refused, nothing written.
        let shower: JSONValue = [
            "lineId": "L3", "description": "level-access shower", "kind": "equipment", "weeklyCost": 0, "oneOffCost": 450000,
            "exemption": "minorAdaptation",
        ]
        let refused = try story.run(["record", "draftSupportPlan", "--case", "C-1001", "--as", "S-1", "--json", "-"], stdin: Self.joesPlan(adding: shower))
        #expect(refused.exitCode == 3)
        #expect(refused.stderr.contains("[plan-line-exemption-invalid]"), "\(refused.stderr)")
        #expect(refused.stderr.contains("more than the £1,000.00 an adaptation may cost to be minor"), "\(refused.stderr)")

        let wheelchair: JSONValue = [
            "lineId": "L3", "description": "transit wheelchair", "kind": "equipment", "weeklyCost": 0, "oneOffCost": 35000,
            "exemption": "communityEquipment",
        ]
        try story.expectSuccess(["record", "draftSupportPlan", "--case", "C-1001", "--as", "S-1", "--json", "-"], stdin: Self.joesPlan(adding: wheelchair))
        try story.expectSuccess([
            "record", "setPersonalBudget", "--case", "C-1001", "--as", "S-1", "--json", "-", "--oneOffTotal", "35000",
        ], stdin: Data(CanonicalJSON.encode(CommandLineStory.step("setPersonalBudget").input)))
        try story.record(CommandLineStory.step("signOffPlan"))

        // The text is wrapped to the page: read it with each run of spaces and line breaks as one space.
        func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let run = try Executable.audit.run(["trail", "C-1001", "--ledger", story.ledger])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let trail = flat(run.stdout)
        #expect(trail.contains("Line L3: transit wheelchair (equipment): £350.00 once (one-off, not weekly) — free: community equipment (aids) is free."), "\(trail)")
        #expect(trail.contains("The plan costs £240.00 a week and £350.00 once (one-off, never weekly): £12,830.00 for its first year"), "\(trail)")
        #expect(!trail.contains("£18,200.00"))
        let explained = try Executable.audit.run(["explain", "C-1001", "budget", "--ledger", story.ledger])
        #expect(explained.exitCode == 0, "\(explained.stderr)")
        let explain = flat(explained.stdout)
        #expect(explain.contains("It also funds one-off amounts of £350.00, paid once by the council: never counted by the week."), "\(explain)")
        #expect(explain.contains("Line L3 (transit wheelchair, £350.00 once (one-off, not weekly) — free: community equipment (aids) is free): no contribution applies to it"), "\(explain)")
    }
}
