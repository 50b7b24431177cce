import Foundation
import LedgerJSON
import Testing

/// Recorded text that tries to act on a terminal or reorder what a reader sees (issue 18 item 9):
/// ESC, an OSC title sequence (ESC ] 0; title BEL), a screen clear, BEL, a right-to-left override
/// U+202E, an isolate U+2066, NEL U+0085 and DEL, in a customer's name, a reason and a staff
/// member's name. Every human-readable output of both tools shows them visibly and inert; JSON
/// keeps the text exactly, escaped per RFC 8259; the ledger stores what was recorded.
@Suite struct HostileTextCommandTests {
    static let hostile = "Jo\u{1B}]0;retitled\u{07}\u{1B}[2J\u{7}\u{202E}keew a 00.05£\u{2066}x\u{2069}\u{85}\u{7F}e"

    /// Whether `s` is a character no human-readable output may write raw.
    static func isRaw(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0D: false  // a CSV record ends with CRLF; a lone CR is checked below
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func expectInert(_ output: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let raw = output.unicodeScalars.filter(isRaw).map { String($0.value, radix: 16) }
        #expect(raw.isEmpty, "\(what) writes raw U+\(raw)", sourceLocation: sourceLocation)
        #expect(!output.replacingOccurrences(of: "\r\n", with: "\n").contains("\r"), "\(what) writes a lone carriage return", sourceLocation: sourceLocation)
        #expect(output.contains("␛"), "\(what) does not show the ESC", sourceLocation: sourceLocation)
        #expect(output.contains("202E"), "\(what) does not show the override", sourceLocation: sourceLocation)
    }

    private func story() throws -> CommandLineStory {
        let story = try CommandLineStory()
        try story.expectSuccess([
            "staff", "add", "S-66", "--name", Self.hostile, "--role", "socialWorker", "--as", "S-9", "--effectiveDate", "2025-01-01",
        ])
        var referral = CommandLineStory.step("receiveReferral")
        var input = referral.input.objectValue!
        input["customerName"] = .string(Self.hostile)
        input["presentingNeed"] = .string(Self.hostile)
        referral = .init(command: referral.command, actor: referral.actor, input: .object(input))
        try story.record(referral)
        return story
    }

    @Test func caseShowAndStaffShowShowControlsVisibly() throws {
        let story = try story()
        let show = try story.expectSuccess(["case", "show", "C-1001"])
        Self.expectInert(show.stdout, "case show")
        #expect(show.stdout.hasPrefix("Case C-1001 — Jo␛]0;retitled␇␛[2J␇\\u{202E}keew a 00.05£\\u{2066}x\\u{2069}\\u{85}␡e (adult)"))
        let staff = try story.expectSuccess(["staff", "show", "--on", "2026-01-01"])
        Self.expectInert(staff.stdout, "staff show")
    }

    @Test(arguments: ["text", "md", "html", "csv"])
    func everyAuditFormatShowsControlsVisibly(format: String) throws {
        let story = try story()
        for copy in ["customer", "staff"] {
            let run = try Executable.audit.run(["trail", "C-1001", "--ledger", story.ledger, "--format", format, "--copy", copy])
            #expect(run.exitCode == 0, "\(run.stderr)")
            Self.expectInert(run.stdout, "trail --format \(format) --copy \(copy)")
        }
        let caseload = try Executable.audit.run(["caseload", "--ledger", story.ledger, "--format", format])
        #expect(caseload.exitCode == 0, "\(caseload.stderr)")
        Self.expectInert(caseload.stdout, "caseload --format \(format)")
    }

    @Test func jsonKeepsTheTextExactlyAndEscapesEveryControlCharacter() throws {
        let story = try story()
        for run in [
            try Executable.audit.run(["trail", "C-1001", "--ledger", story.ledger, "--format", "json", "--copy", "staff"]),
            try story.expectSuccess(["case", "show", "C-1001", "--format", "json"]),
        ] {
            #expect(run.exitCode == 0, "\(run.stderr)")
            // RFC 8259 section 7: U+0000–U+001F must be escaped; none is written raw.
            #expect(!run.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != " " })
            #expect(run.stdout.contains("\\u001b]0;retitled\\u0007"))
            let parsed = try JSONParser.parse(run.stdout)
            #expect(Self.contains(parsed, Self.hostile), "the exact recorded text is in the JSON")
        }
    }

    static func contains(_ value: JSONValue, _ text: String) -> Bool {
        if value.stringValue?.contains(text) == true { return true }
        if let a = value.arrayValue { return a.contains { contains($0, text) } }
        if let o = value.objectValue { return o.values.contains { contains($0, text) } }
        return false
    }
}
