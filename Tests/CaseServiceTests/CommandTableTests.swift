import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Testing

/// The field tables are written by `tools/gen-declarations.py` from the declarations the domain's
/// decoders are written from (`correctEvent`'s fields, read by hand, are declared with the
/// command); these tests hold them to the decoders, so `record TYPE --help` and the flags never
/// drift from what the domain reads.
@Suite struct CommandTableTests {
    /// A value of `field`'s kind that its decoder accepts.
    static func sample(_ field: CommandField) -> JSONValue {
        switch field.kind {
        case .text: return "text"
        case .role: return "socialWorker"
        case .integer: return 1
        case .pence: return 100
        case .date: return "2026-04-01"
        case .boolean: return true
        case .textList: return ["text"]
        case .choice(let words): return .string(words[0])
        case .choiceList(let words): return [.string(words[0])]
        case .objectList: return []
        case .object(let shape):
            switch shape {
            case "WellbeingImpact": return json(#"{"significant": true, "description": "text"}"#)
            case "AdvocacyConsideration": return json(#"{"considered": true, "advocateNeeded": false}"#)
            case "PlanComponents": return [:]
            case "CaseEvent payload":
                return json(#"{"actingRole": "socialWorker", "effectiveDate": "2026-04-01", "reasons": [], "references": [], "notes": [], "restricted": [], "workerId": "S-1"}"#)
            default:
                Issue.record("no sample for object shape \(shape)")
                return [:]
            }
        }
    }

    /// An input holding every field of `command` with a sample value.
    static func fullInput(_ command: CommandDescription) -> JSONValue {
        var members = JSONObject()
        for field in command.fields { members[field.name] = sample(field) }
        if command.name == "correctEvent" { members["correctedType"] = "workerAllocated" }
        return .object(members)
    }

    @Test func thereIsOneDescriptionForEveryCaseCommandAndEveryCaseEventType() {
        #expect(CommandCatalogue.caseCommands.map(\.name) == CaseCommand.allNames)
        #expect(Set(CommandCatalogue.caseCommands.map(\.eventType)) == Set(CaseEvent.allTypeNames))
        #expect(CommandCatalogue.caseCommands.count == CaseEvent.allTypeNames.count)
    }

    @Test func thereIsOneDescriptionForEveryStaffCommandAndEveryStaffEventType() {
        #expect(CommandCatalogue.staffCommands.map(\.name) == StaffCommand.allNames)
        #expect(Set(CommandCatalogue.staffCommands.map(\.eventType)) == Set(StaffEvent.allTypeNames))
    }

    @Test func aCommandIsFoundByItsNameOrByTheEventTypeItRecords() {
        #expect(CommandCatalogue.caseCommand(named: "signOffPlan")?.eventType == "planSignedOff")
        #expect(CommandCatalogue.caseCommand(named: "planSignedOff")?.name == "signOffPlan")
        #expect(CommandCatalogue.caseCommand(named: "planSignedoff") == nil)
    }

    @Test(arguments: CommandCatalogue.caseCommands)
    func theCaseFieldTableAgreesWithTheDomainDecoder(command: CommandDescription) throws {
        let input = Self.fullInput(command)
        let decoded = try CaseCommand.decode(name: command.name, payload: input)
        #expect(Set(decoded.payload.objectValue!.keys) == Set(command.fields.map { JSONKey($0.name) }), "fields the decoder writes back")
        for field in command.fields {
            let without = input.removing(field.name)
            if field.isRequired {
                #expect(throws: PayloadDecodingError(field: field.name, problem: "is missing"), "\(field.name) is required") {
                    try CaseCommand.decode(name: command.name, payload: without)
                }
            } else {
                #expect(throws: Never.self, "\(field.name) is optional") { try CaseCommand.decode(name: command.name, payload: without) }
            }
        }
    }

    @Test(arguments: CommandCatalogue.staffCommands)
    func theStaffFieldTableAgreesWithTheDomainDecoder(command: CommandDescription) throws {
        let input = Self.fullInput(command)
        let decoded = try StaffCommand.decode(name: command.name, payload: input)
        #expect(Set(decoded.payload.objectValue!.keys) == Set(command.fields.map { JSONKey($0.name) }))
        for field in command.fields where field.isRequired {
            #expect(throws: PayloadDecodingError(field: field.name, problem: "is missing")) {
                try StaffCommand.decode(name: command.name, payload: input.removing(field.name))
            }
        }
    }

    @Test func theConfigurationFieldTableAgreesWithItsDecoder() throws {
        let command = ConfigurationPublished.command
        let input = ServiceFixture.england()
        let decoded = try ConfigurationPublished(json: input, at: "")
        #expect(Set(decoded.json.objectValue!.keys) == Set(command.fields.map { JSONKey($0.name) }))
        for field in command.fields where field.isRequired {
            #expect(throws: PayloadDecodingError(field: field.name, problem: "is missing")) {
                try ConfigurationPublished(json: input.removing(field.name), at: "")
            }
        }
    }

    @Test func recordingEachStepOfTheStoryRecordsTheEventTypeItsDescriptionNames() throws {
        let f = try ServiceFixture.ready()
        for (i, step) in Repository.joe.enumerated() {
            let appended = try f.service.record(
                commandNamed: step.command, input: step.input, case: "C-1001", actor: step.actor,
                now: Timestamp(microsecondsSinceEpoch: at("2026-05-11T09:00:00Z").microsecondsSinceEpoch + Int64(i)))
            #expect(appended.map(\.type) == [CommandCatalogue.caseCommand(named: step.command)!.eventType])
        }
    }

    @Test func noFieldIsNamedLikeAnOptionOfTheRecordCommand() {
        let reserved: Set = ["case", "as", "json", "ledger", "help"]
        for command in CommandCatalogue.caseCommands + [ConfigurationPublished.command] {
            #expect(command.fields.allSatisfy { !reserved.contains($0.name) }, "\(command.name)")
            #expect(Set(command.fields.map { JSONKey($0.name) }).count == command.fields.count, "\(command.name) names a field twice")
        }
    }

    @Test(arguments: CommandCatalogue.caseCommands + CommandCatalogue.staffCommands)
    func everyFieldHasAOneLineMeaning(command: CommandDescription) {
        #expect(!command.summary.isEmpty)
        for field in command.fields {
            #expect(!field.meaning.isEmpty && !field.meaning.contains("\n"), "\(command.name).\(field.name)")
        }
    }
}
