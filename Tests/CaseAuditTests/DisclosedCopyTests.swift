// issue 17: copy17 — the provable customer copy
import CaseAudit
import CaseLedger
import LedgerJSON
import LedgerStore
import Testing

/// The customer's copy's evidence (`DisclosedLine`) withholds what the rendered copy withholds,
/// proves what it discloses, and fails when anything in it is changed.
@Suite("The provable customer copy: disclosed lines")
struct DisclosedCopyTests {
    let fx: FixtureLedger
    let lines: [StoredLine]

    init() throws {
        fx = try FixtureLedger(formatVersion: 2)
        try Stories.mrD(fx)
        lines = try fx.ledger.storedLines(inStream: "C-1001")
    }

    /// The disclosed line of the event of `type`, parsed.
    func disclosed(_ type: String) throws -> JSONObject {
        let line = try #require(lines.first { $0.event.type == type })
        return try JSONParser.parse(try DisclosedLine.make(line).bytes).objectValue!
    }

    @Test("every disclosed line of the case proves its event, and no withheld value is in it")
    func everyLineProves() throws {
        for line in lines {
            let (bytes, summary) = try DisclosedLine.make(line)
            let checked = try DisclosedLine.check(bytes).get()
            #expect(checked.header.hash == line.event.hash)
            #expect(checked.header.seq == line.event.seq)
            #expect(checked.withheld == summary.withheld.map(\.pointer))
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("overstate his independence"))
            #expect(!text.contains("neighbour at number 12"))
        }
    }

    @Test("the rendered customer's copy and its evidence withhold the same members and notes of every entry")
    func wordsAndProofAgree() throws {
        let trail = DecisionTrail(history: try fx.history("C-1001"), view: TimeView(), copy: .customer, configuration: FixtureConfiguration.standard)
        #expect(trail.withheldCount == 3)
        for entry in trail.entries {
            let line = try #require(lines.first { $0.event.seq == entry.seq })
            let pointers = try DisclosedLine.make(line).summary.withheld.map(\.pointer)
            let members = Set(pointers.compactMap(CustomerCopyRules.member(of:)).filter { $0 != "notes" })
            let notes = pointers.filter { $0.hasPrefix("/notes/") }.count
            let fields = Set(entry.withheld.map(\.what).filter { $0.hasSuffix(" of this decision") && $0.hasPrefix("the ") }
                .map { String($0.dropFirst(4).dropLast(" of this decision".count)) })
            #expect(Set(members.map { Words.uncamel($0) }) == fields, "seq \(entry.seq)")
            #expect(notes == entry.withheld.count - fields.count, "seq \(entry.seq)")
        }
    }

    @Test("a restricted list is withheld element by element, a restricted note on its own, a restricted field whole")
    func whatIsWithheld() throws {
        let assessment = try disclosed("needsAssessed")
        #expect(assessment["withheld"]?.objectValue?.keys.sorted() == ["/notes/0", "/participants/0", "/participants/1"])
        #expect(assessment["disclosed"]?["/notes/1"]?["value"]?["text"] == .string("Mr D is not motivated to use the walking frame"))
        let referral = try disclosed("referralReceived")
        #expect(referral["withheld"]?.objectValue?.keys.sorted() == ["/referrerName"])
        #expect(referral["withheld"]?["/referrerName"]?["reason"] == .string("third-party"))
    }

    @Test("an altered, moved, dropped or invented part fails; the unchanged line passes")
    func alteredPartsFail() throws {
        let line = try #require(lines.first { $0.event.type == "needsAssessed" })
        let good = try JSONParser.parse(try DisclosedLine.make(line).bytes).objectValue!
        func result(_ change: (inout JSONObject) -> Void) -> String? {
            var copy = good
            change(&copy)
            if case .failure(let fault) = DisclosedLine.check(CanonicalJSON.encode(.object(copy))) { return fault.reason }
            return nil
        }
        #expect(result { _ in } == nil)
        func disclosedPart(_ value: inout JSONObject, _ change: (inout JSONObject) -> Void) {
            var d = value["disclosed"]!.objectValue!
            change(&d)
            value["disclosed"] = .object(d)
        }
        let altered = result { v in disclosedPart(&v) { d in d["/notes/1"] = .object(["salt": d["/notes/1"]!["salt"]!, "value": .string("changed")]) } }
        #expect(altered?.contains("do not give the payload digest") == true)
        let moved = result { v in disclosedPart(&v) { d in (d["/outcomes/0"], d["/outcomes/1"]) = (d["/outcomes/1"], d["/outcomes/0"]) } }
        #expect(moved != nil)
        let dropped = result { v in disclosedPart(&v) { d in d["/impairmentOrIllness"] = nil } }
        #expect(dropped != nil)
        let invented = result { v in disclosedPart(&v) { d in d["/extra"] = .object(["salt": .string(String(repeating: "0", count: 32)), "value": .integer(1)]) } }
        #expect(invented != nil)
        let twice = result { v in disclosedPart(&v) { d in d["/notes/0"] = .object(["salt": .string(String(repeating: "0", count: 32)), "value": .integer(1)]) } }
        #expect(twice?.contains("given twice") == true)
    }

    @Test("a version 1 line with something to withhold is given by its header alone; one with nothing, as stored")
    func version1Lines() throws {
        let v1 = try FixtureLedger()
        try Stories.mrD(v1)
        for line in try v1.ledger.storedLines(inStream: "C-1001") {
            let (bytes, summary) = try DisclosedLine.make(line)
            let checked = try DisclosedLine.check(bytes).get()
            #expect(checked.header.hash == line.event.hash)
            let restricted = !CustomerCopyRules.withheld(type: line.event.type, payload: line.event.payload!.objectValue!).isEmpty
            #expect(bytes == line.bytes || restricted, "seq \(line.event.seq)")
            #expect(summary.withheld.map(\.pointer) == (restricted ? [""] : []))
            #expect(!String(decoding: bytes, as: UTF8.self).contains("neighbour at number 12"))
        }
    }
}
