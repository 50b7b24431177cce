import Foundation
import LedgerJSON
import Testing

// issue 15: notices
@Suite struct NoticeCommandTests {
    /// The id of the last event of `type` on Joe's case, from `caseledger stream`.
    static func lastId(of type: String, in story: CommandLineStory) throws -> String {
        let stream = try story.expectSuccess(["stream", "C-1001"])
        let events = try stream.stdout.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        return try #require(events.last { $0["type"]?.stringValue == type }?["id"]?.stringValue)
    }

    /// `record noticeSent` for Joe's financial assessment, with `extra` flags.
    static func letter(_ fa: String, _ extra: [String]) -> [String] {
        [
            "record", "noticeSent", "--case", "C-1001", "--as", "S-4", "--actingRole", "financialAssessmentOfficer",
            "--noticeId", "N-1", "--subject", "financialAssessment", "--decisionEventId", fa,
            "--format", "otherLanguage", "--language", "Polish", "--recipient", "carer", "--sentTo", "Joe's mother",
            "--decisionStated", "Joe pays £23.10 a week towards his support",
            "--reasonsStated", "his income less the Minimum Income Guarantee and his disability-related costs",
        ] + extra
    }

    @Test func aFinancialAssessmentLetterIsRecordedFromTheCommandLineAndShownUnderWhatThePersonWasTold() throws {
        let story = try CommandLineStory()
        try story.recordJoe()
        let fa = try Self.lastId(of: "financialAssessmentCompleted", in: story)

        let run = try story.expectSuccess(Self.letter(fa, ["--rightsStated", "challenge", "--rightsStated", "complain", "--rightsStated", "ombudsman"]))
        #expect(run.stdout.hasPrefix("recorded noticeSent on C-1001: seq "), "\(run.stdout)")

        let trail = try Executable.audit.run(["trail", "C-1001", "--ledger", story.ledger])
        #expect(trail.exitCode == 0, "\(trail.stderr)")
        // The text is wrapped: compare with the words on one line.
        let text = trail.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("What the person was told"))
        #expect(text.contains("Written notice sent to Joe's mother (their carer) as a letter in Polish: the financial assessment: the contribution and how it was worked out (ref."), "\(trail.stdout)")
        #expect(text.contains("It stated how to challenge the decision, how to complain and that the Local Government and Social Care Ombudsman"))
    }

    @Test func aLetterLeavingOutTheOmbudsmanIsRefusedCitingItsSourceAndWritesNothing() throws {
        let story = try CommandLineStory()
        try story.recordJoe()
        let fa = try Self.lastId(of: "financialAssessmentCompleted", in: story)
        let before = snapshot(of: story.ledger)

        let run = try story.run(Self.letter(fa, ["--rightsStated", "challenge", "--rightsStated", "complain"]))

        #expect(run.exitCode == 3)
        #expect(run.stderr.hasPrefix("caseledger record: notice N-1 to Joe's mother of the financial assessment F-1 of "), "\(run.stderr)")
        #expect(run.stderr.contains("— LGSCO guidance"))
        #expect(run.stderr.hasSuffix(" [notice-rights-missing]\n"), "\(run.stderr)")
        #expect(snapshot(of: story.ledger) == before)
    }
}
