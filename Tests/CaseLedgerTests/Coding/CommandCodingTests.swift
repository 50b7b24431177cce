import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("Commands read from JSON")
struct CommandCodingTests {
    static let tour = GrandTour.adult.commands + GrandTour.carer.commands + GrandTour.retention.commands + CaseRuleTable.all.flatMap { [$0.breaking, $0.passing] }

    @Test("every command name is used by the tours and rule tables")
    func everyNameIsExercised() {
        let used = Set(Self.tour.map(\.name))
        #expect(CaseCommand.allNames.filter { !used.contains($0) } == [])
    }

    @Test("every command survives its JSON form")
    func roundTrip() throws {
        for command in Self.tour {
            #expect(try CaseCommand.decode(name: command.name, payload: command.payload) == command)
        }
        for r in StaffRuleTable.all {
            #expect(try StaffCommand.decode(name: r.passing.name, payload: r.passing.payload) == r.passing)
        }
    }

    @Test("an unknown command or a bad field is named")
    func errors() {
        #expect(throws: PayloadDecodingError(field: "", problem: "\"approvePlan\" is not a known case command")) {
            try CaseCommand.decode(name: "approvePlan", payload: [:])
        }
        #expect(throws: PayloadDecodingError(field: "planId", problem: "is missing")) {
            var fields = Make.signOff().payload.objectValue!
            fields["planId"] = nil
            return try CaseCommand.decode(name: "signOffPlan", payload: .object(fields))
        }
    }
}
