// issue 17: copy17 — the provable customer copy
import Foundation
import LedgerJSON
import LedgerStore
import Testing

/// The lines of `disclosed.jsonl` in `dir`, each parsed.
private func disclosedLines(_ dir: String) throws -> [JSONObject] {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/disclosed.jsonl")))
    return try bytes.split(separator: 0x0A).map { try JSONParser.parse(Array($0)).objectValue! }
}

private func writeDisclosed(_ lines: [JSONObject], to dir: String) throws {
    var bytes: [UInt8] = []
    for line in lines { bytes += CanonicalJSON.encode(.object(line)) + [0x0A] }
    try Data(bytes).write(to: URL(fileURLWithPath: dir + "/disclosed.jsonl"))
}

/// The index of the disclosed line of the event of `type`.
private func index(ofType type: String, in lines: [JSONObject]) -> Int {
    lines.firstIndex { $0["header"]?["type"]?.stringValue == type }!
}

/// Every file under `dir`, as text, joined: what a recipient could read.
private func everything(in dir: String) throws -> String {
    var out = ""
    for case let relative as String in FileManager.default.enumerator(atPath: dir)! {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
            out += String(decoding: try Data(contentsOf: URL(fileURLWithPath: dir + "/" + relative)), as: UTF8.self)
        }
    }
    return out
}

/// One way to change a customer's copy, and the code both checkers must give.
struct DisclosedCase: CustomStringConvertible, Sendable {
    let name: String
    let expected: String?
    let change: @Sendable (EvidenceFixture, String) throws -> Void
    var description: String { name }

    /// A disclosed value of the needs assessment changed ("assessed at home" → "assessed at work").
    static func disclosedValueAltered(_ f: EvidenceFixture, _ dir: String) throws {
        var lines = try disclosedLines(dir)
        let i = index(ofType: "needsAssessed", in: lines)
        lines[i]["disclosed"] = .object(assessedAtWork(lines[i]))
        try writeDisclosed(lines, to: dir)
    }

    /// The disclosed parts of `line` with "/reasons/0" changed to "assessed at work".
    static func assessedAtWork(_ line: JSONObject) -> JSONObject {
        var disclosed = line["disclosed"]!.objectValue!
        var part = disclosed["/reasons/0"]!.objectValue!
        part["value"] = .string("assessed at work")
        disclosed["/reasons/0"] = .object(part)
        return disclosed
    }

    /// Two disclosed parts swapped between their pointers.
    static func partsSwapped(_ f: EvidenceFixture, _ dir: String) throws {
        var lines = try disclosedLines(dir)
        let i = index(ofType: "needsAssessed", in: lines)
        var disclosed = lines[i]["disclosed"]!.objectValue!
        (disclosed["/outcomes/0"], disclosed["/outcomes/1"]) = (disclosed["/outcomes/1"], disclosed["/outcomes/0"])
        lines[i]["disclosed"] = .object(disclosed)
        try writeDisclosed(lines, to: dir)
    }

    /// The needs assessment's withheld note's entry changed by `change`.
    static func changeWithheldNote(in dir: String, _ change: (inout JSONObject) -> Void) throws {
        var lines = try disclosedLines(dir)
        let i = index(ofType: "needsAssessed", in: lines)
        var withheld = lines[i]["withheld"]!.objectValue!
        var entry = withheld["/notes/0"]!.objectValue!
        change(&entry)
        withheld["/notes/0"] = .object(entry)
        lines[i]["withheld"] = .object(withheld)
        try writeDisclosed(lines, to: dir)
    }

    /// The withheld note's digest changed.
    static func withheldDigestAltered(_ f: EvidenceFixture, _ dir: String) throws {
        try changeWithheldNote(in: dir) { entry in
            let digest = entry["digest"]!.stringValue!
            entry["digest"] = .string((digest.first == "0" ? "1" : "0") + digest.dropFirst())
        }
    }

    /// The withheld note left out altogether (its digest no longer counted).
    static func withheldPartDropped(_ f: EvidenceFixture, _ dir: String) throws {
        var lines = try disclosedLines(dir)
        let i = index(ofType: "needsAssessed", in: lines)
        lines[i]["withheld"] = .object([:])
        try writeDisclosed(lines, to: dir)
    }

    /// A header changed (its recorded time), the hash not.
    static func headerAltered(_ f: EvidenceFixture, _ dir: String) throws {
        var lines = try disclosedLines(dir)
        var header = lines[0]["header"]!.objectValue!
        header["actor"] = .string("S-2")
        lines[0]["header"] = .object(header)
        try writeDisclosed(lines, to: dir)
    }

    /// A forger who knows the salts: a disclosed value changed and the part digest, the payload
    /// digest and the hash all recomputed, so the line is consistent; its proof is not.
    static func disclosedValueRehashed(_ f: EvidenceFixture, _ dir: String) throws {
        var lines = try disclosedLines(dir)
        let i = index(ofType: "needsAssessed", in: lines)
        let disclosed = assessedAtWork(lines[i])
        var digests: [JSONKey: SHA256Digest] = [:]
        for (pointer, entry) in disclosed {
            digests[pointer] = PayloadParts.digest(salt: entry["salt"]!.stringValue!, pointer: pointer.string, value: entry["value"]!)
        }
        for (pointer, entry) in lines[i]["withheld"]!.objectValue! { digests[pointer] = SHA256Digest(hex: entry["digest"]!.stringValue!)! }
        for (pointer, entry) in lines[i]["erased"]!.objectValue! { digests[pointer] = SHA256Digest(hex: entry.stringValue!)! }
        var header = lines[i]["header"]!.objectValue!
        header["payloadDigest"] = .string(PayloadParts.payloadDigest(partDigests: digests).description)
        lines[i]["disclosed"] = .object(disclosed)
        lines[i]["header"] = .object(header)
        lines[i]["hash"] = .string(SHA256.hash(CanonicalJSON.encode(.object(header))).description)
        try writeDisclosed(lines, to: dir)
    }

    /// A withheld part's reason removed.
    static func reasonRemoved(_ f: EvidenceFixture, _ dir: String) throws {
        try changeWithheldNote(in: dir) { entry in entry["reason"] = nil }
    }

    /// The ledger's own line (every value, the withheld note too) put in place of a disclosed line.
    static func storedLineInstead(_ f: EvidenceFixture, _ dir: String) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/disclosed.jsonl"))).split(separator: 0x0A).map { Array($0) + [0x0A] }
        bytes[2] = try Ledger.open(at: f.ledger).storedLines(inStream: "C-1001")[2].bytes + [0x0A]
        try Data(bytes.joined()).write(to: URL(fileURLWithPath: dir + "/disclosed.jsonl"))
    }

    /// The staff copy's events.jsonl put beside disclosed.jsonl.
    static func bothFiles(_ f: EvidenceFixture, _ dir: String) throws {
        let lines = try Ledger.open(at: f.ledger).storedLines(inStream: "C-1001")
        try Data(lines.map { $0.bytes + [0x0A] }.joined()).write(to: URL(fileURLWithPath: dir + "/events.jsonl"))
    }

    static let all: [DisclosedCase] = [
        DisclosedCase(name: "unchanged", expected: nil, change: { _, _ in }),
        DisclosedCase(name: "a disclosed member altered", expected: "evidence-line-invalid", change: disclosedValueAltered),
        DisclosedCase(name: "two disclosed parts swapped", expected: "evidence-line-invalid", change: partsSwapped),
        DisclosedCase(name: "a withheld member's digest altered", expected: "evidence-line-invalid", change: withheldDigestAltered),
        DisclosedCase(name: "a withheld member left out", expected: "evidence-line-invalid", change: withheldPartDropped),
        DisclosedCase(name: "a header altered, its hash not", expected: "evidence-line-invalid", change: headerAltered),
        DisclosedCase(name: "a disclosed member altered and every digest and the hash recomputed", expected: "evidence-inclusion-failed", change: disclosedValueRehashed),
        DisclosedCase(name: "a withheld member without its reason", expected: "evidence-line-invalid", change: reasonRemoved),
        DisclosedCase(name: "a whole ledger line in place of a disclosed one", expected: "evidence-line-invalid", change: storedLineInstead),
        DisclosedCase(name: "events.jsonl beside disclosed.jsonl", expected: "evidence-events-malformed", change: bothFiles),
    ]
}

@Suite("trail --copy customer --evidence: the provable customer copy, checked in Swift and in Python")
struct CustomerCopyEvidenceTests {
    /// The restricted note in the fixture's needs assessment, and whose opinion it is.
    static let withheldText = "he drinks too much"

    @Test("the customer's copy withholds the restricted note everywhere in the folder, and both checkers verify it, printing the same")
    func customerCopyWithAWithheldNoteVerifies() throws {
        let f = try EvidenceFixture()
        let made = try f.makeEvidence(copy: "customer")
        #expect(made.exitCode == 0, "\(made.stderr)")
        #expect(made.stdout.contains("(the customer's copy: 1 part withheld, given only by digest)"), "\(made.stdout)")
        let names = try FileManager.default.contentsOfDirectory(atPath: f.evidence).sorted()
        #expect(names == ["README.txt", "disclosed.jsonl", "keys.txt", "proofs", "trail.txt"])
        let all = try everything(in: f.evidence)
        #expect(!all.contains(Self.withheldText), "the withheld note is in the folder")
        #expect(!all.contains("a neighbour"), "whose opinion the withheld note is, is in the folder")
        let lines = try disclosedLines(f.evidence)
        let assessment = lines[index(ofType: "needsAssessed", in: lines)]
        #expect(assessment["withheld"]?.objectValue?.keys.sorted() == ["/notes/0"])
        #expect(assessment["withheld"]?["/notes/0"]?["reason"] == .string("third-party"))
        #expect(assessment["disclosed"]?["/reasons/0"]?["value"] == .string("assessed at home"))
        let (swift, python) = try f.check()
        #expect(swift.exitCode == 0, "\(swift)")
        #expect(python.exitCode == 0, "\(python)")
        #expect(swift.stdout == python.stdout)
        #expect(swift.stdout.contains("Customer's copy: every disclosed part is proven; withheld, each given only by its digest with the reason: seq 5 /notes/0.\n"), "\(swift.stdout)")
        let trail = try String(contentsOfFile: f.evidence + "/trail.txt", encoding: .utf8)
        #expect(trail.contains("[withheld: third-party information]"))
        let statement = trail.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(statement.contains("This customer's copy is provable: it comes with evidence in which every detail it discloses is proven"))
        let readme = try String(contentsOfFile: f.evidence + "/README.txt", encoding: .utf8)
        let words = readme.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("What was withheld from your copy, and why"))
        #expect(words.contains("Record seq 5 (needs assessed): note 1 (/notes/0) withheld: third-party information"), "\(readme)")
    }

    @Test("the staff copy's evidence holds the lines whole, the restricted note too: it is not the person's copy")
    func staffCopyHoldsWholeLines() throws {
        let f = try EvidenceFixture()
        #expect(try f.makeEvidence(copy: "staff").exitCode == 0)
        #expect(try everything(in: f.evidence).contains(Self.withheldText))
        let (swift, python) = try f.check()
        #expect(swift.exitCode == 0 && python.exitCode == 0, "\(swift) \(python)")
        #expect(!swift.stdout.contains("Customer's copy"))
    }

    @Test("a changed customer's copy fails both checkers with the same code", arguments: DisclosedCase.all)
    func alteredCopiesFailBoth(_ c: DisclosedCase) throws {
        let f = try EvidenceFixture()
        #expect(try f.makeEvidence(copy: "customer").exitCode == 0)
        let dir = try f.copy("changed")
        try c.change(f, dir)
        let (swift, python) = try f.check(dir)
        #expect(swift.code == c.expected, "Swift: \(swift)")
        #expect(python.code == c.expected, "Python: \(python)")
        #expect(swift.exitCode == (c.expected == nil ? 0 : 3), "Swift: \(swift)")
        #expect(python.exitCode == (c.expected == nil ? 0 : 1), "Python: \(python)")
        #expect(swift.stdout == python.stdout)
    }

    @Test("a proof of no event in a customer's copy is named against disclosed.jsonl, the file the copy holds, by both checkers")
    func anExtraProofInACustomersCopyNamesDisclosedLines() throws {
        let f = try EvidenceFixture()
        #expect(try f.makeEvidence(copy: "customer").exitCode == 0)
        let dir = try f.copy("extra-proof")
        try EvidenceCase.proofExtra(f, dir)
        let (swift, python) = try f.check(dir)
        for verdict in [swift, python] {
            #expect(verdict.code == "evidence-proof-unexpected", "\(verdict)")
            #expect(verdict.stderr.contains("is not the proof of an event in disclosed.jsonl"), "\(verdict)")
            #expect(!verdict.stderr.contains("events.jsonl"), "\(verdict)")
        }
    }

    /// The fixture's ledger with parts of C-1001 erased: the referral's presenting need (seq 3),
    /// and everything the needs assessment (seq 5) does not keep on erasure, the restricted note
    /// and its `restricted` list among them; the erasure decision is on another stream (seq 16).
    static func erasedFixture() throws -> EvidenceFixture {
        let f = try EvidenceFixture(sign: false)
        let ledger = try Ledger.open(at: f.ledger, mode: .readWrite)
        let assessment = try ledger.storedLines(inStream: "C-1001")[2].event
        #expect(assessment.type == "needsAssessed")
        let kept: Set<JSONKey> = ["/actingRole", "/effectiveDate"]
        let parts = assessment.partSalts!.keys.filter { !kept.contains($0) }.sorted()
        let erases: JSONValue = .array([
            .object(["seq": .integer(3), "parts": .array([.string("/presentingNeed")])]),
            .object(["seq": .integer(5), "parts": .array(parts.map { .string($0.string) })]),
        ])
        let time = Timestamp(rfc3339: "2026-04-11T09:00:00Z")!
        _ = try ledger.append([NewEvent(stream: "R-1", type: "erasureAuthorised", actor: "S-1", payload: .object(["erases": erases]))], clock: { time })
        let outcome = try ledger.erase([ErasedPart(seq: 3, pointer: "/presentingNeed")] + parts.map { ErasedPart(seq: 5, pointer: $0.string) })
        #expect(outcome.erased.count == parts.count + 1)
        try f.sign()
        return f
    }

    @Test("an erased ledger's evidence verifies with the Swift verifier and tools/check-evidence.py, staff's and customer's copy, erased parts marked")
    func erasedLedgerEvidenceVerifies() throws {
        let f = try Self.erasedFixture()
        #expect(try Executable.audit.run(["verify", "--ledger", f.ledger]).exitCode == 0)
        for copy in ["staff", "customer"] {
            let dir = f.directory.child("evidence-\(copy)")
            let made = try f.makeEvidence(dir, copy: copy)
            #expect(made.exitCode == 0, "\(copy): \(made.stderr)")
            let (swift, python) = try f.check(dir)
            #expect(swift.exitCode == 0, "\(copy): \(swift)")
            #expect(python.exitCode == 0, "\(copy): \(python)")
            #expect(swift.stdout == python.stdout)
            #expect(swift.stdout.contains("Erased before this copy was made, each given only by its digest: seq 3 /presentingNeed; seq 5 /advocacy, "), "\(swift.stdout)")
            #expect(!(try everything(in: dir)).contains(Self.withheldText))
        }
        let customer = f.directory.child("evidence-customer")
        let lines = try disclosedLines(customer)
        let assessment = lines[index(ofType: "needsAssessed", in: lines)]
        #expect(assessment["disclosed"]?.objectValue?.keys.sorted() == ["/actingRole", "/effectiveDate"])
        #expect(assessment["withheld"]?.objectValue == [:])
        #expect(assessment["erased"]?["/notes/0"]?.stringValue?.count == 64)
        let (swift, _) = try f.check(customer)
        #expect(swift.stdout.contains("Customer's copy: every part of every event is disclosed and proven."), "\(swift.stdout)")
        let readme = try String(contentsOfFile: customer + "/README.txt", encoding: .utf8)
        #expect(readme.contains("What was erased"))
        // An erased part altered in the copy fails both.
        var changed = lines
        let i = index(ofType: "needsAssessed", in: changed)
        var erased = changed[i]["erased"]!.objectValue!
        erased["/notes/0"] = .string(String(repeating: "0", count: 64))
        changed[i]["erased"] = .object(erased)
        let dir = f.directory.child("erased-changed")
        try FileManager.default.copyItem(atPath: customer, toPath: dir)
        try writeDisclosed(changed, to: dir)
        let (s2, p2) = try f.check(dir)
        #expect(s2.code == "evidence-line-invalid", "\(s2)")
        #expect(p2.code == "evidence-line-invalid", "\(p2)")
    }

    @Test("on a format version 1 ledger an event with anything to withhold is given by its header alone, never leaked, and both checkers verify")
    func version1EventsAreWithheldWhole() throws {
        let f = try EvidenceFixture(formatVersion: 1)
        let made = try f.makeEvidence(copy: "customer")
        #expect(made.exitCode == 0, "\(made.stderr)")
        #expect(!(try everything(in: f.evidence)).contains(Self.withheldText))
        let lines = try disclosedLines(f.evidence)
        let assessment = lines[index(ofType: "needsAssessed", in: lines)]
        #expect(assessment.keys.sorted() == ["hash", "header", "withheld"])
        #expect(assessment["withheld"]?[""]?["reason"] == .string("format-1-whole"))
        let referral = lines[index(ofType: "referralReceived", in: lines)]
        #expect(referral.keys.sorted() == ["hash", "header", "payload"], "nothing to withhold: the line as stored")
        let (swift, python) = try f.check()
        #expect(swift.exitCode == 0, "\(swift)")
        #expect(python.exitCode == 0, "\(python)")
        #expect(swift.stdout == python.stdout)
        #expect(swift.stdout.contains("withheld, each given only by its digest with the reason: seq 5 the whole payload."), "\(swift.stdout)")
        // The whole-payload digest changed: both refuse.
        var changed = lines
        let i = index(ofType: "needsAssessed", in: changed)
        changed[i]["withheld"] = .object(["": .object(["digest": .string(String(repeating: "a", count: 64)), "reason": .string("x"), "text": .string("y")])])
        try writeDisclosed(changed, to: f.evidence)
        let (s2, p2) = try f.check()
        #expect(s2.code == "evidence-line-invalid", "\(s2)")
        #expect(p2.code == "evidence-line-invalid", "\(p2)")
    }
}
