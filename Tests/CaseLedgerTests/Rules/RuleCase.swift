import CaseLedger
import CaseLedgerTestSupport
import Testing

/// One rule as a given/when/then pair: from `given`, the `breaking` command is rejected under
/// `rule`; from `passingGiven` (the same case unless stated), the `passing` command is accepted.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let rule: Rule
    let given: TestCase
    let breaking: CaseCommand
    var breakingActor = TestStaff.socialWorker
    var breakingAt: Timestamp? = nil
    var passingGiven: TestCase? = nil
    let passing: CaseCommand
    var passingActor = TestStaff.socialWorker
    /// Text the rejection message must contain.
    var message: String? = nil

    var testDescription: String { rule.rawValue }
}

extension TestCase {
    /// This case after recording more commands (each by `actor`).
    func then(_ commands: CaseCommand..., by actor: String = TestStaff.socialWorker) -> TestCase {
        var c = self
        for command in commands { c.record(command, by: actor) }
        return c
    }

    /// The payload of the last event of type `typeName`.
    func lastEvent(of typeName: String) -> CaseEvent {
        recorded.last { $0.event.typeName == typeName }!.event
    }
}
