import CaseLedger
import CaseLedgerTestSupport
import Testing

/// Every event `decide` produces validates against the catalogue schema of its type and version.
@Suite("Every event the code writes validates against its schema")
struct WrittenEventTests {
    /// The violations of one written case event, described for a failure message.
    static func problems(_ event: CaseEvent) throws -> [String] {
        #expect(event.schemaVersion == 1, "\(event.typeName) is written as schema \(event.schemaVersion)")
        return try Catalogue.schema(event.typeName).validate(event.payload).map {
            "\(event.typeName) \($0.instancePath): \($0.message)"
        }
    }

    @Test("the grand tour: an adult's case through every stage, and a carer's case")
    func grandTour() throws {
        let recorded = GrandTour.adult.recorded + GrandTour.carer.recorded + GrandTour.retention.recorded  // issue 17: retention
        #expect(Set(recorded.map(\.event.typeName)) == Set(CaseEvent.allTypeNames))
        for r in recorded {
            let problems = try Self.problems(r.event)
            #expect(problems.isEmpty, "\(r.id): \(problems)")
        }
    }

    @Test("the seed stories: Joe, Paul, Mrs A, Mrs C and Mrs E", arguments: ["Joe", "Paul", "Mrs A", "Mrs C", "Mrs E", "Mrs C safeguarded"])
    func stories(name: String) throws {
        let story = [
            "Joe": Stories.joe, "Paul": Stories.paul, "Mrs A": Stories.mrsA, "Mrs C": Stories.mrsC,
            "Mrs E": Stories.carer, "Mrs C safeguarded": Stories.safeguard,
        ][name]!
        #expect(story.recorded.count >= 10, "\(name)'s story recorded only \(story.recorded.count) events")
        for r in story.recorded {
            let problems = try Self.problems(r.event)
            #expect(problems.isEmpty, "\(name), \(r.id): \(problems)")
        }
    }

    @Test("the standard adult case at every step", arguments: Step.allCases)
    func standardCase(step: Step) throws {
        for r in TestCase.adult(upTo: step).recorded {
            let problems = try Self.problems(r.event)
            #expect(problems.isEmpty, "\(r.id): \(problems)")
        }
    }

    @Test("generated histories", arguments: Array(UInt64(1)...20))
    func generatedHistories(seed: UInt64) throws {
        var g = HistoryGenerator(seed: seed)
        let history = g.run(attempts: 150)
        #expect(history.count >= 10, "seed \(seed) recorded only \(history.count) events")
        for r in history {
            let problems = try Self.problems(r.event)
            #expect(problems.isEmpty, "seed \(seed), \(r.id): \(problems)")
        }
    }

    @Test("the staff register: every staff event type, decided")
    func staffRegister() throws {
        let recorded = StaffStories.register + TestStaff.events
        #expect(Set(StaffStories.register.map(\.event.typeName)) == Set(StaffEvent.allTypeNames))
        for r in recorded {
            #expect(r.event.schemaVersion == 1)
            let violations = try Catalogue.schema(r.event.typeName).validate(r.event.payload)
            #expect(violations.isEmpty, "\(r.id) \(r.event.typeName): \(violations.map(\.message))")
        }
    }
}
