import Foundation
import LedgerJSON
import Testing

@Suite struct StaffAndConfigCommandTests {
    @Test func onANewLedgerTheFirstStaffChangeMustMakeSomeoneAnAdministrator() throws {
        let dir = TemporaryDirectory()
        let ledger = dir.child("ledger")
        _ = try Executable.caseledger.run(["init", ledger])
        let before = snapshot(of: ledger)
        let refused = try Executable.caseledger.run(["staff", "add", "S-1", "--name", "Sam Patel", "--role", "socialWorker", "--as", "S-1", "--ledger", ledger])
        #expect(refused.exitCode == 3)
        #expect(refused.stderr.hasPrefix("caseledger staff add: nobody administers the staff register yet"))
        #expect(refused.stderr.hasSuffix("[register-authority-missing]\n"))
        #expect(snapshot(of: ledger) == before)

        let added = try Executable.caseledger.run(["staff", "add", "S-9", "--name", "Ada Admin", "--role", "registerAdministrator", "--as", "S-9", "--ledger", ledger])
        #expect(added.exitCode == 0, "\(added.stderr)")
        let lines = added.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("recorded staffAdded on staff: seq 1,") == true)
        #expect(lines.last?.hasPrefix("recorded staffRoleGranted on staff: seq 2,") == true)
    }

    @Test func afterSetUpOnlyAnAdministratorChangesTheRegister() throws {
        let story = try CommandLineStory()
        let before = snapshot(of: story.ledger)
        let run = try story.run(["staff", "grant", "S-1", "--role", "teamManager", "--as", "S-1", "--actingRole", "socialWorker"])
        #expect(run.exitCode == 3)
        #expect(run.stderr.hasSuffix("[register-authority-missing]\n"))
        #expect(snapshot(of: story.ledger) == before)
    }

    @Test func grantsAndRevocationsAreDatedAndShownOnEachDate() throws {
        let story = try CommandLineStory()
        try story.expectSuccess(["staff", "grant", "S-2", "--weeklyLimit", "50000", "--as", "S-9", "--effectiveDate", "2026-06-01", "--reasons", "promoted"])
        try story.expectSuccess(["staff", "revoke", "S-4", "--role", "financialAssessmentOfficer", "--as", "S-9", "--effectiveDate", "2026-07-01"])
        try story.expectSuccess(["staff", "leave", "S-1", "--as", "S-9", "--effectiveDate", "2026-08-01"])

        let may = try story.expectSuccess(["staff", "show", "--on", "2026-05-31"]).stdout
        let july = try story.expectSuccess(["staff", "show", "--on", "2026-07-15"]).stdout
        #expect(may.contains("S-2 Tess Morgan, Adult Social Care North: teamManager; sign-off up to £250.00 a week") || may.contains("S-2 Tess Morgan: teamManager; sign-off up to £250.00 a week"))
        #expect(july.contains("sign-off up to £500.00 a week"))
        #expect(july.contains("S-4 Fran Lee: no roles; no sign-off authority"))
        let august = try JSONParser.parse(try story.expectSuccess(["staff", "show", "--on", "2026-08-01", "--format", "json"]).stdout)
        let sam = august["members"]!.arrayValue!.first { $0["staffId"] == "S-1" }!
        #expect(sam["onRegister"] == false)
        #expect(sam["leftOn"] == "2026-08-01")
        #expect(sam["roles"]?.arrayValue?.first?["until"] == "2026-08-01")
    }

    @Test(arguments: [
        (["staff", "grant", "S-1"], "give --role ROLE or --weeklyLimit PENCE"),
        (["staff", "revoke", "S-1"], "give --role ROLE or --signOffLimit"),
        (["staff", "grant", "S-1", "--weeklyLimit", "£250"], "--weeklyLimit must be an integer"),
        (["staff", "add", "S-1", "--effectiveDate", "2026-1-1", "--name", "X"], "--effectiveDate must be a date"),
    ])
    func aStaffChangeGivenWronglyIsAUsageError(arguments: [String], message: String) throws {
        let story = try CommandLineStory()
        let run = try story.run(arguments + ["--as", "S-9"])
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func theConfigurationInForceIsShownWithItsFigures() throws {
        let story = try CommandLineStory()
        let text = try story.expectSuccess(["config", "show"]).stdout
        #expect(text.contains("in force from 2026-04-06, published by S-9"))
        #expect(text.contains("2026-27 from 2026-04-06: capital limits £14,250.00 and £23,250.00; tariff £1.00 a week per £250.00 or part of it"))
        #expect(text.contains("Reviews: 6 weeks after a new or changed plan; 6 months after a new direct payment; at least every 12 months"))
        #expect(text.contains("Free reablement: 42 days"))
        let json = try JSONParser.parse(try story.expectSuccess(["config", "show", "--format", "json"]).stdout)
        #expect(json["publishedBy"] == "S-9")
        #expect(json["configuration"]?["reablementFreeDays"] == 42)
        #expect(json["actingRole"] == "registerAdministrator")
    }

    @Test func publishingNeedsAnAdministratorAndAValidConfiguration() throws {
        let story = try CommandLineStory()
        let file = CommandLineStory.root.appendingPathComponent("events/config/england-2026.json").path
        let before = snapshot(of: story.ledger)
        let bySocialWorker = try story.run(["config", "publish", "--json", file, "--as", "S-1", "--actingRole", "socialWorker"])
        #expect(bySocialWorker.exitCode == 3)
        #expect(bySocialWorker.stderr.hasPrefix("caseledger config publish: "))
        #expect(bySocialWorker.stderr.hasSuffix("[register-authority-missing]\n"))

        let broken = try story.run(["config", "publish", "--json", "-", "--as", "S-9"], stdin: Data(#"{"effectiveFrom": "2027-04-05", "configuration": {"reablementFreeDays": 42}}"#.utf8))
        #expect(broken.exitCode == 3)
        #expect(broken.stderr.hasPrefix("caseledger config publish: the configuration is not valid: field `configuration.chargingRateTables`: is missing"))
        #expect(snapshot(of: story.ledger) == before)

        let next = try story.expectSuccess(["config", "publish", "--json", file, "--as", "S-9", "--effectiveFrom", "2027-04-05", "--reasons", "next year's figures"])
        #expect(next.stdout.hasPrefix("recorded configurationPublished on configuration: seq "))
        let all = try JSONParser.parse(try story.expectSuccess(["config", "show", "--all", "--format", "json"]).stdout)
        #expect(all.arrayValue?.map { $0["effectiveFrom"] } == ["2026-04-06", "2027-04-05"])
    }

    @Test(arguments: [
        ["record"], ["case"], ["case", "show"], ["staff"], ["staff", "add"], ["staff", "grant"], ["staff", "revoke"],
        ["staff", "leave"], ["staff", "show"], ["config"], ["config", "publish"], ["config", "show"],
    ])
    func everyNewCommandHasHelp(command: [String]) throws {
        let run = try Executable.caseledger.run(command + ["--help"])
        #expect(run.exitCode == 0)
        #expect(run.stdout.contains("USAGE: caseledger \(command.joined(separator: " "))"))
    }

    @Test func theLedgerMayComeFromTheEnvironment() throws {
        let story = try CommandLineStory()
        let run = try Executable.caseledger.run(["staff", "show"], environment: ["CASELEDGER_LEDGER": story.ledger])
        #expect(run.exitCode == 0)
        let missing = try Executable.caseledger.run(["staff", "show"], environment: ["CASELEDGER_LEDGER": nil])
        #expect(missing.exitCode == 64)
        #expect(missing.stderr.contains("missing --ledger DIR (or set CASELEDGER_LEDGER)"))
    }
}
