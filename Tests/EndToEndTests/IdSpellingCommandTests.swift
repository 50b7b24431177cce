import Foundation
import LedgerJSON
import Testing

// issue 16: ids — `caseledger record` refuses an id that is not a short ASCII token (`id-invalid`),
// with the refusal exit code, and the ledger directory stays byte for byte as it was.
@Suite struct IdSpellingCommandTests {
    /// Joe's story through `last`, then `command` recorded with the step's input member `field`
    /// set to `id`: the run, and whether the ledger directory changed.
    static func refusal(
        through last: String, command: String, field: String, id: String
    ) throws -> (run: Executable.Run, changed: Bool) {
        let story = try CommandLineStory()
        try story.recordJoe(through: last)
        let step = CommandLineStory.step(command)
        var object = try #require(step.input.objectValue)
        _ = object.updateValue(.string(id), forKey: JSONKey(field))
        let before = snapshot(of: story.ledger)
        let run = try story.run(["record", command, "--case", "C-1001", "--as", step.actor, "--json", "-"],
            stdin: Data(CanonicalJSON.encode(.object(object))))
        return (run, snapshot(of: story.ledger) != before)
    }

    @Test("given Joe's case, when a command gives an id with a character outside the rule, then record is refused and the ledger directory is unchanged",
        arguments: [
            // Creating: an assessment id with a combining accent (old code recorded it).
            ("allocateWorker", "assessNeeds", "assessmentId", "A-e\u{301}", "assessment id \"A-e\u{301}\" has U+0301 COMBINING ACUTE ACCENT"),
            // Referring: plan P-1 with a non-breaking hyphen, refused as an id, not as an unknown plan.
            ("setPersonalBudget", "signOffPlan", "planId", "P\u{2011}1", "plan id \"P\u{2011}1\" has U+2011 NON-BREAKING HYPHEN"),
        ])
    func anIdOutsideTheRuleIsRefusedAndNothingChanges(through last: String, command: String, field: String, id: String, message: String) throws {
        let (run, changed) = try Self.refusal(through: last, command: command, field: field, id: id)
        #expect(run.exitCode == 3, "\(run.stderr)")
        #expect(run.stderr.contains("[id-invalid]"), "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!changed)
    }
}
