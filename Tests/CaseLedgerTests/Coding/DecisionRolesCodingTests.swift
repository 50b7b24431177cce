import CaseLedger
import CaseLedgerTestSupport
import Testing

/// The configuration's optional tables of who may make each decision: absent, the defaults;
/// present, read and written exactly (issue 14, item 4).
@Suite struct DecisionRolesCodingTests {
    static let plain = ConfigurationCodingTests.configuration

    static func decodingError(_ members: JSONObject) -> PayloadDecodingError? {
        ConfigurationCodingTests.decodingError(members)
    }

    @Test("given a configuration naming no tables, when it is written and read, then no table member is written and the defaults apply")
    func absentMeansTheDefaults() throws {
        let j = Self.plain.json
        for name in Configuration.optionalFieldNames { #expect(j[name] == nil) }
        let read = try Configuration(json: j, at: "")
        #expect(read.decisionRoles == nil && read.challengeResolutionRoles == nil && read.rolesAbove == nil)
        #expect(read.authority == DecisionAuthority.standard)
    }

    @Test("given the three tables, when the configuration is written and read, then it reads back as itself, with role lists sorted")
    func tablesRoundTrip() throws {
        var c = Self.plain
        c.decisionRoles = DecisionAuthority.standard.roles
        c.challengeResolutionRoles = DecisionAuthority.standard.challengeResolution
        c.rolesAbove = [.teamManager: [.socialWorker, .occupationalTherapist]]
        let j = c.json
        #expect(j["rolesAbove"] == ["teamManager": ["occupationalTherapist", "socialWorker"]])
        #expect(j["decisionRoles"]?["recordPanelDecision"] == ["panelChair"])
        #expect(j["challengeResolutionRoles"]?["riskEnablementPanel"] == ["panelChair"])
        #expect(try Configuration(json: j, at: "") == c)
    }

    @Test("given a decision-roles table missing a command, or naming an unknown one, or with no role for one, when it is read, then it is refused naming the place")
    func anIncompleteTableIsRefused() {
        var members = ConfigurationCodingTests.document()
        var table = DecisionAuthority.standard.roles.mapValues { JSONValue.array($0.sorted().map(\.json)) }
        table["signOffPlan"] = nil
        members["decisionRoles"] = .object(JSONObject(names: table))
        #expect(Self.decodingError(members)?.field == "configuration.decisionRoles.signOffPlan")
        table["signOffPlan"] = ["teamManager"]
        table["approvePlan"] = ["teamManager"]
        members["decisionRoles"] = .object(JSONObject(names: table))
        #expect(Self.decodingError(members)?.field == "configuration.decisionRoles.approvePlan")
        table["approvePlan"] = nil
        table["signOffPlan"] = []
        members["decisionRoles"] = .object(JSONObject(names: table))
        #expect(Self.decodingError(members) == PayloadDecodingError(field: "configuration.decisionRoles.signOffPlan", problem: "is empty: name at least one role"))
        members["decisionRoles"] = nil
        members["challengeResolutionRoles"] = ["allocatedWorker": ["socialWorker"]]
        #expect(Self.decodingError(members)?.field == "configuration.challengeResolutionRoles.lineManager")
    }
}
