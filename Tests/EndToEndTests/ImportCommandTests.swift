import Foundation
import LedgerJSON
import Testing

// issue 14: one way in for domain events.
/// Every path in the directory, files and folders (so an empty `torn/` or a `writer.lock` shows).
private func entries(of dir: String) -> Set<String> {
    Set((FileManager.default.enumerator(atPath: dir)?.allObjects as? [String]) ?? [])
}

/// Paul's history from the demo ledger (case C-1002), as import lines for case `caseId` from an
/// older system: what a council's migration script would write.
func paulsHistory(as caseId: String) throws -> [String] {
    let run = try Executable.caseledger.run(["stream", "C-1002", "--ledger", repositoryRoot + "/events/demo"])
    #expect(run.exitCode == 0, "\(run.stderr)")
    return try run.stdout.split(separator: "\n").enumerated().map { i, line in
        let e = try JSONParser.parse(String(line))
        let out: JSONValue = [
            "case": .string(caseId), "type": e["type"]!, "schema": e["schema"]!, "sourceRef": .string("CF-7731/\(i + 1)"), "data": e["data"]!,
        ]
        return CanonicalJSON.string(out)
    }
}

/// Writes `lines` to a file in the story's directory and returns its path.
private func file(_ lines: [String], in story: CommandLineStory, named name: String = "history.jsonl") -> String {
    let path = story.directory.child(name)
    _ = FileManager.default.createFile(atPath: path, contents: Data(lines.map { $0 + "\n" }.joined().utf8))
    return path
}

@Suite struct RawAppendRefusesTheDomainTests {
    /// Asserts the run was refused with `code` and the ledger left byte for byte, entry for entry, as it was.
    func expectRefused(_ run: Executable.Run, _ code: String, saying words: String, ledger: String, before: [String: Data], entries old: Set<String>, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.exitCode == 3, "\(run.stdout)\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.hasSuffix("[\(code)]\n"), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(words), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains("nothing was written"), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(snapshot(of: ledger) == before, sourceLocation: sourceLocation)
        #expect(entries(of: ledger) == old, "writer.lock or torn/ appeared", sourceLocation: sourceLocation)
    }

    @Test func theRawPoisonReferralIsRefusedAndTheLedgerIsUnchanged() throws {
        let story = try CommandLineStory()
        let before = snapshot(of: story.ledger)
        let old = entries(of: story.ledger)
        // The line of the issue: a referral without reasons or actingRole, which no reader could read back.
        let poison = #"{"stream": "C-1001", "type": "referralReceived", "actor": "S-1", "data": {"route": "self"}}"#
        let run = try story.run(["append"], stdin: stdin([poison]))
        expectRefused(run, "append-domain-event", saying: "line 1: a referralReceived event belongs to a case", ledger: story.ledger, before: before, entries: old)
        #expect(run.stderr.contains("caseledger record"))
        #expect(run.stderr.contains("caseledger import"))
        let shown = try story.run(["case", "show", "C-1001"])
        #expect(shown.stderr.contains("case-not-found"), "\(shown.stderr)")
    }

    @Test func anyLineOnACaseStreamIsRefusedEvenOfATypeTheDomainDoesNotKnow() throws {
        let story = try CommandLineStory()
        try story.recordJoe(through: "receiveReferral")
        let before = snapshot(of: story.ledger)
        let old = entries(of: story.ledger)
        let run = try story.run(["append"], stdin: stdin([inputLine(stream: "N-1", n: 1), inputLine(stream: "C-1001", n: 2)]))
        expectRefused(run, "append-domain-event", saying: "line 2: C-1001 is a case", ledger: story.ledger, before: before, entries: old)
        #expect(try story.run(["case", "show", "C-1001"]).exitCode == 0)
    }

    @Test(arguments: [
        (#"{"stream": "staff", "type": "noteAdded", "actor": "S-9", "data": {}}"#, "staff is the stream of the staff register", "caseledger staff"),
        (#"{"stream": "S-LIST", "type": "staffAdded", "actor": "S-9", "data": {}}"#, "belongs to the staff register", "caseledger staff"),
        (#"{"stream": "configuration", "type": "noteAdded", "actor": "S-9", "data": {}}"#, "configuration is the stream of the configuration", "config publish"),
        (#"{"stream": "X-1", "type": "configurationPublished", "actor": "S-9", "data": {}}"#, "belongs to the configuration", "config publish"),
        (#"{"stream": "ledger", "type": "noteAdded", "actor": "S-9", "data": {}}"#, "ledger is the stream of the ledger's own records", "--clock-jump"),
        (#"{"stream": "X-2", "type": "clockJumpAcknowledged", "actor": "S-9", "data": {}}"#, "belongs to the ledger's own records", "--clock-jump"),
    ])
    func theStaffRegisterTheConfigurationAndTheLedgersOwnRecordsAreNeverWrittenRaw(line: String, words: String, command: String) throws {
        let story = try CommandLineStory()
        let before = snapshot(of: story.ledger)
        let old = entries(of: story.ledger)
        let run = try story.run(["append"], stdin: stdin([line]))
        expectRefused(run, "append-domain-event", saying: words, ledger: story.ledger, before: before, entries: old)
        #expect(run.stderr.contains(command))
    }

    @Test func streamsTheDomainDoesNotReadStillAppend() throws {
        let story = try CommandLineStory()
        let run = try story.run(["append"], stdin: stdin([inputLine(stream: "N-1", n: 1), inputLine(stream: "N-1", n: 2), inputLine(stream: "N-2", n: 3)]))
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 3)
        let more = try story.run(["append"], stdin: stdin([inputLine(stream: "N-1", n: 4)]))
        #expect(more.exitCode == 0, "\(more.stderr)")
        #expect(try story.run(["stream", "N-1"]).stdout.split(separator: "\n").count == 3)
    }
}

@Suite struct ImportCommandTests {
    @Test func anImportedHistoryIsReadByEveryReaderAndSaysItWasImported() throws {
        let story = try CommandLineStory()
        let history = file(try paulsHistory(as: "C-2002"), in: story)
        let run = try story.run(["import", "--from", "CareFirst", "--as", "S-9", history])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("imported 16 events on 1 case from CareFirst\n"), "\(run.stdout)")

        let shown = try story.run(["case", "show", "C-2002"])
        #expect(shown.exitCode == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Paul"))
        #expect(shown.stdout.contains("Stage: delivery"))
        #expect(shown.stdout.flowed.contains("signed off in CareFirst (record CF-7731/13, imported by Ada Admin (S-9)) effective 2025-06-09"), "\(shown.stdout)")

        let audit = Executable.audit
        let ledger = ["--ledger", story.ledger]
        let trail = try audit.run(["trail", "C-2002", "--copy", "staff"] + ledger)
        #expect(trail.exitCode == 0, "\(trail.stderr)")
        #expect(trail.stdout.contains("Imported:        from CareFirst, record CF-7731/1, by Ada Admin (S-9) on"), "\(trail.stdout)")
        #expect(trail.stdout.contains("Decided by:      someone acting as social worker in CareFirst (imported history)"))
        let json = try JSONParser.parse(try audit.run(["trail", "C-2002", "--format", "json"] + ledger).stdout)
        let first = json["entries"]?.arrayValue?.first
        #expect(first?["imported"]?["from"] == "CareFirst")
        #expect(first?["imported"]?["sourceRef"] == "CF-7731/1")
        #expect(first?["imported"]?["importedBy"] == "S-9")

        let caseload = try audit.run(["caseload"] + ledger)
        #expect(caseload.exitCode == 0, "\(caseload.stderr)")
        #expect(caseload.stdout.contains("C-2002"))
        let compliance = try audit.run(["compliance"] + ledger)
        #expect(compliance.stderr.contains("[compliance-findings]"), "\(compliance.stderr)")
        let cld = try audit.run(["export", "cld", "--from", "2025-01-01", "--to", "2026-12-31"] + ledger)
        #expect(cld.exitCode == 0, "\(cld.stderr)")
        #expect(cld.stdout.contains(#""C-2002""#))
        #expect(try audit.run(["verify"] + ledger).exitCode == 0)
    }

    @Test func aBreachInImportedHistoryIsListedByComplianceAsImported() throws {
        let story = try CommandLineStory()
        // Paul's first review was late in the older system (issue 15: on 20 August 2025, more than
        // 8 weeks after his services started on 16 June): imported as it happened.
        let lines = try paulsHistory(as: "C-2002").map { line -> String in
            guard var e = try JSONParser.parse(line).objectValue, e["type"] == "reviewCompleted",
                var data = e["data"]?.objectValue else { return line }
            data["effectiveDate"] = "2025-08-20"
            e["data"] = .object(data)
            return CanonicalJSON.string(.object(e))
        }
        let history = file(lines, in: story)
        try story.expectSuccess(["import", "--from", "CareFirst", "--as", "S-9", history])
        let compliance = try Executable.audit.run(["compliance", "--case", "C-2002", "--rule", "first-review-late", "--format", "csv", "--ledger", story.ledger])
        #expect(compliance.exitCode == 1)
        let rows = compliance.stdout.split(separator: "\r\n").filter { $0.hasPrefix(#""finding""#) }
        #expect(rows.count == 1, "\(compliance.stdout)")
        #expect(rows.first?.contains("was imported from CareFirst (record CF-7731/") == true, "\(rows)")
        #expect(rows.first?.contains("not decided in this ledger") == true)
    }

    @Test(arguments: [
        ("referralReceived-without-actingRole", "import-event-unreadable", "line 2: referralReceived (schema 1) for C-2002 cannot be read"),
        ("unknown-type", "import-event-unreadable", "\"caseOpened\" is not a known case event type"),
        ("unknown-schema", "import-event-unreadable", "schema 2 of event type \"workerAllocated\" is not supported"),
        ("not-json", "import-line-invalid", "line 2: not valid JSON"),
        ("sets-the-marker", "imported-marker-reserved", "line 2: \"data\" sets \"imported\" itself"),
        ("a-correction", "import-event-not-case", "line 2: a eventCorrected names a ledger event id"),
        ("a-staff-event", "import-event-not-case", "line 2: a staffAdded event belongs to the staff register"),
        ("no-referral-first", "case-not-opened", "line 2: C-3003 is not in the ledger and its history starts with workerAllocated"),
        ("unknown-member", "import-line-invalid", "line 2: \"actor\" is not a member of an import line"),
        ("duplicate-record", "import-duplicate", "line 2: record CF-7731/1 of CareFirst is already imported into C-2002"),
    ])
    func aFileWithOneBadLineIsRefusedWholeNamingTheLine(defect: String, code: String, words: String) throws {
        let story = try CommandLineStory()
        var lines = try paulsHistory(as: "C-2002")
        var second = try JSONParser.parse(lines[1]).objectValue!
        var data = second["data"]!.objectValue!
        switch defect {
        case "referralReceived-without-actingRole":
            second["type"] = "referralReceived"
            data = try JSONParser.parse(lines[0])["data"]!.objectValue!
            data["actingRole"] = nil
            second["case"] = "C-2002"
        case "unknown-type": second["type"] = "caseOpened"
        case "unknown-schema": second["schema"] = 2
        case "sets-the-marker": data["imported"] = ["from": "Elsewhere", "sourceRef": "X"]
        case "a-correction": second["type"] = "eventCorrected"
        case "a-staff-event": second["type"] = "staffAdded"
        case "no-referral-first": second["case"] = "C-3003"
        case "unknown-member": second["actor"] = "S-1"
        case "duplicate-record": second["sourceRef"] = "CF-7731/1"
        default: break
        }
        second["data"] = .object(data)
        lines[1] = defect == "not-json" ? #"{"case": "C-2002", "type": "#: CanonicalJSON.string(.object(second))
        if defect == "referralReceived-without-actingRole" { lines[0] = lines[0].replacingOccurrences(of: "C-2002", with: "C-2001") }
        let history = file(lines, in: story)
        let before = snapshot(of: story.ledger)
        let old = entries(of: story.ledger)
        let run = try story.run(["import", "--from", "CareFirst", "--as", "S-9", history])
        #expect(run.exitCode == 3, "\(run.stdout)")
        #expect(run.stderr.hasPrefix("caseledger import: "), "\(run.stderr)")
        #expect(run.stderr.contains(words), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("nothing was imported [\(code)]\n"), "\(run.stderr)")
        #expect(snapshot(of: story.ledger) == before)
        #expect(entries(of: story.ledger) == old)
    }

    @Test func historyIsNotImportedIntoACaseUsedLive() throws {
        let story = try CommandLineStory()
        try story.recordJoe(through: "receiveReferral")
        let history = file(Array(try paulsHistory(as: "C-1001").dropFirst()), in: story)
        let before = snapshot(of: story.ledger)
        let run = try story.run(["import", "--from", "CareFirst", "--as", "S-9", history])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("C-1001 already holds decisions recorded live (seq"), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("[import-into-live-case]\n"))
        #expect(snapshot(of: story.ledger) == before)
    }

    @Test func importedHistoryMayBeFollowedByLiveDecisionsButNotByMoreImports() throws {
        let story = try CommandLineStory()
        let lines = try paulsHistory(as: "C-2002")
        try story.expectSuccess(["import", "--from", "CareFirst", "--as", "S-9", file(Array(lines.prefix(2)), in: story, named: "a.jsonl")])
        try story.expectSuccess(["import", "--from", "CareFirst", "--as", "S-9", file(Array(lines.dropFirst(2).prefix(1)), in: story, named: "b.jsonl")])
        try story.expectSuccess(["record", "giveInformationAndAdvice", "--case", "C-2002", "--as", "S-1", "--actingRole", "socialWorker",
            "--topics", "falls prevention", "--signpostedTo", "Age UK", "--furtherActionNeeded", "true"])
        let run = try story.run(["import", "--from", "CareFirst", "--as", "S-9", file(Array(lines.dropFirst(3).prefix(1)), in: story, named: "c.jsonl")])
        #expect(run.stderr.hasSuffix("[import-into-live-case]\n"), "\(run.stderr)")
    }

    @Test func onlyARegisterAdministratorImports() throws {
        let story = try CommandLineStory()
        let history = file(try paulsHistory(as: "C-2002"), in: story)
        let before = snapshot(of: story.ledger)
        let run = try story.run(["import", "--from", "CareFirst", "--as", "S-1", history])
        #expect(run.exitCode == 3)
        #expect(run.stderr.hasSuffix("[import-authority-missing]\n"), "\(run.stderr)")
        #expect(snapshot(of: story.ledger) == before)
    }

    @Test func recordRefusesTheImportedMarker() throws {
        let story = try CommandLineStory()
        let referral = CommandLineStory.step("receiveReferral")
        var input = referral.input.objectValue!
        input["imported"] = ["from": "CareFirst", "sourceRef": "CF-1"]
        let before = snapshot(of: story.ledger)
        let old = entries(of: story.ledger)
        let run = try story.run(["record", "receiveReferral", "--case", "C-1001", "--as", referral.actor, "--json", "-"], stdin: Data(CanonicalJSON.encode(.object(input))))
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("cannot be marked as imported (from CareFirst)"), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("[imported-marker-reserved]\n"))
        #expect(snapshot(of: story.ledger) == before)
        #expect(entries(of: story.ledger) == old)
    }
}
