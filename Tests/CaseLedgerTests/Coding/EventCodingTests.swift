import CaseLedger
import CaseLedgerTestSupport
import Testing

@Suite("Events as stored JSON payloads")
struct EventCodingTests {
    @Test("every case event type is recorded by the grand tour")
    func everyTypeIsExercised() {
        let missing = CaseEvent.allTypeNames.filter { GrandTour.oneOfEach[$0] == nil }
        #expect(missing.isEmpty, "types never recorded: \(missing)")
    }

    @Test("encoding then decoding gives back the same event", arguments: CaseEvent.allTypeNames)
    func roundTrip(typeName: String) throws {
        let recorded = try #require(GrandTour.oneOfEach[typeName])
        let e = recorded.event
        #expect(e.typeName == typeName)
        #expect(e.schemaVersion == 1)
        let decoded = try CaseEvent.decode(type: e.typeName, schema: e.schemaVersion, payload: e.payload)
        #expect(decoded == e)
        let envelope = try RecordedCaseEvent(
            seq: recorded.seq, id: recorded.id, stream: recorded.stream, recordedAt: recorded.recordedAt,
            actor: recorded.actor, type: e.typeName, schema: e.schemaVersion, payload: e.payload)
        #expect(envelope == recorded)
    }

    @Test("payloads are flat objects of strings, integers, Booleans and lists, with the metadata fields")
    func payloadShape() throws {
        for (name, recorded) in GrandTour.oneOfEach {
            let fields = try #require(recorded.event.payload.objectValue, "\(name)")
            for key in DecisionMetadata.fieldNames { #expect(fields[key] != nil, "\(name) lacks \(key)") }
            #expect(fields["effectiveDate"]?.stringValue?.count == 10, "\(name)")
        }
    }

    @Test("staff register events round trip", arguments: TestStaff.events)
    func staffRoundTrip(recorded: RecordedStaffEvent) throws {
        let e = recorded.event
        #expect(try StaffEvent.decode(type: e.typeName, schema: e.schemaVersion, payload: e.payload) == e)
    }

    @Test("every staff event type has a stored name")
    func staffTypeNames() {
        #expect(StaffEvent.allTypeNames == [
            "staffAdded", "staffRoleGranted", "staffRoleRevoked", "signOffLimitGranted", "signOffLimitRevoked", "staffLeft",
        ])
    }

    @Test("command inputs round trip through JSON too")
    func commandInputs() throws {
        let p = SetPersonalBudget(metadata: meta(), planId: "P-1", weeklyTotal: pounds(240),
            weeklyCustomerContribution: pounds(23, 10), weeklyCouncilContribution: pounds(216, 90))
        #expect(try SetPersonalBudget(json: p.json, at: "") == p)
        #expect(p.json["weeklyTotal"] == .integer(24_000))
    }
}
