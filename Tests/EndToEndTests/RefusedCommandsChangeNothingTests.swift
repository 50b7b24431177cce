import Foundation
import LedgerJSON
import Testing

/// A command refused for a rule of the domain leaves the ledger directory byte for byte as it
/// was: no `writer.lock` where there was none, and a torn tail a crash left stays where it is
/// (only an append that writes sets it aside). Issue 14, item 8; INVARIANTS.md rule 15.
@Suite struct RefusedCommandsChangeNothingTests {
    /// Joe's story up to the sign-off step, then the bytes a crash could leave after the last
    /// committed line, and no writer.lock (as in a ledger copied from elsewhere).
    static func tornStory() throws -> CommandLineStory {
        let story = try CommandLineStory()
        try story.recordJoe(through: "assessNeeds")
        let segments = try FileManager.default.contentsOfDirectory(atPath: story.ledger).filter { $0.hasPrefix("segment-") }.sorted()
        let last = try #require(segments.last)
        let handle = try #require(FileHandle(forWritingAtPath: story.ledger + "/" + last))
        handle.seekToEndOfFile()
        handle.write(Data("{\"hash\":\"00\",\"header\":{\"actor\":\"S-1\"".utf8))
        try handle.close()
        try FileManager.default.removeItem(atPath: story.ledger + "/writer.lock")
        return story
    }

    @Test("given a ledger with a torn tail and no writer.lock, when record is refused by a rule, then the directory is unchanged",
        arguments: [
            (["record", "signOffPlan", "--case", "C-1001", "--as", "S-2", "--actingRole", "teamManager", "--reasons", "within budget", "--planId", "P-9", "--version", "1"], "plan-unknown"),
            (["record", "receiveReferral", "--case", "C-1001", "--as", "S-1", "--json", "-"], "case-already-opened"),
            (["record", "allocateWorker", "--case", "C-1001", "--as", "S-4", "--actingRole", "socialWorker", "--workerId", "S-1"], "acting-role-not-held"),
        ])
    func aRuleRefusalChangesNothing(arguments: [String], code: String) throws {
        let story = try Self.tornStory()
        let before = snapshot(of: story.ledger)
        let run = try story.run(arguments, stdin: Data(CanonicalJSON.encode(CommandLineStory.step("receiveReferral").input)))
        #expect(run.exitCode == 3, "\(run.stderr)")
        #expect(run.stderr.contains("[\(code)]"), "\(run.stderr)")
        #expect(snapshot(of: story.ledger) == before)
        #expect(!FileManager.default.fileExists(atPath: story.ledger + "/writer.lock"))
        #expect(!FileManager.default.fileExists(atPath: story.ledger + "/torn"))
    }

    @Test func givenATornTailWhenAStaffChangeIsRefusedThenTheDirectoryIsUnchanged() throws {
        let story = try Self.tornStory()
        let before = snapshot(of: story.ledger)
        let run = try story.run(["staff", "add", "S-1", "--name", "Sam Again", "--role", "socialWorker", "--as", "S-9"])
        #expect(run.exitCode == 3, "\(run.stderr)")
        #expect(snapshot(of: story.ledger) == before)
    }

    @Test func givenATornTailWhenARecordIsAcceptedThenTheTornTailIsSetAside() throws {
        let story = try Self.tornStory()
        try story.expectSuccess(["record", "giveInformationAndAdvice", "--case", "C-1001", "--as", "S-1", "--actingRole", "socialWorker", "--json", "-"],
            stdin: Data(#"{"topics": ["carers' support groups"], "signpostedTo": ["Carers Centre"], "furtherActionNeeded": true}"#.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: story.ledger + "/torn").count == 1)
        #expect(FileManager.default.fileExists(atPath: story.ledger + "/writer.lock"))
    }
}
