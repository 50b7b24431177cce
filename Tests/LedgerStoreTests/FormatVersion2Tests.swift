import Foundation
@testable import LedgerJSON
@testable import LedgerStore
import Testing

/// Format version 2 (events/FORMAT.md, "Format version 2"): salted per-part commitments, erasure
/// authorised by an `erasureAuthorised` event, and a crash-safe rewrite of the segments.
@Suite struct FormatVersion2Tests {
    static let note: JSONValue = ["text": "seen at home", "restricted": true]
    static let payload: JSONValue = [
        "amount": 1250, "decision": "yes", "notes": .array(["first note", note, "third note"]), "empty": .array([]),
        "a/b~c": "odd name",
    ]

    static func erasureAuthorised(_ parts: [(Int, [String])], stream: String = "C-1001") -> NewEvent {
        let erases = JSONValue.array(parts.map { seq, pointers in ["seq": .integer(Int64(seq)), "parts": .array(pointers.map { .string($0) })] })
        return NewEvent(stream: stream, type: "erasureAuthorised", actor: "S-1", payload: ["erases": erases, "rule": "R-8y"])
    }

    /// A version 2 ledger with the payload above at seq 1, a plain event at seq 2, and an
    /// erasureAuthorised event at seq 3 naming `parts`.
    static func ledger(_ scratch: Scratch, authorising parts: [(Int, [String])]) throws -> Ledger {
        let ledger = try scratch.newLedger()
        try ledger.append([NewEvent(stream: "C-1001", type: "decisionRecorded", actor: "S-1", payload: payload)])
        try ledger.append([event(n: 2)])
        try ledger.append([erasureAuthorised(parts)])
        return ledger
    }

    @Test func initMakesAVersion2LedgerAndAVersion2LineReadsBackItsPayload() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        #expect(ledger.formatVersion == 2)
        #expect(try bytes(of: scratch.ledgerPath + "/ledger.json") == Array("{\"format\":\"caseledger-ledger\",\"version\":2}\n".utf8))
        try ledger.append([NewEvent(stream: "C-1001", type: "decisionRecorded", actor: "S-1", payload: Self.payload)])
        let stored = try Ledger.open(at: scratch.ledgerPath).event(seq: 1)
        #expect(stored.payload == Self.payload)
        #expect(stored.erasedParts.isEmpty)
        let salts = try #require(stored.partSalts)
        #expect(Set(salts.keys) == ["/amount", "/decision", "/notes/0", "/notes/1", "/notes/2", "/empty", "/a~1b~0c"])
        #expect(salts.values.allSatisfy(PayloadParts.isSalt))
        #expect(Set(salts.values).count == salts.count, "each part has its own salt")
        // The line: hash, header, parts, payload; the digest over the part digests.
        let line = try #require(lines(of: try bytes(of: scratch.ledgerPath + "/" + segmentNames(in: scratch.ledgerPath)[0])).first)
        #expect(String(decoding: line, as: UTF8.self).contains("},\"parts\":{\"erased\":{},\"salts\":{\"/amount\":\""))
        var digests: [JSONKey: SHA256Digest] = [:]
        for (p, salt) in salts {
            let (member, element) = try #require(PayloadParts.parse(pointer: p.string))
            let value = element.map { Self.payload[member]!.arrayValue![$0] } ?? Self.payload[member]!
            digests[p] = PayloadParts.digest(salt: salt, pointer: p.string, value: value)
        }
        #expect(PayloadParts.payloadDigest(partDigests: digests) == stored.payloadDigest)
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).fault == nil)
        // The same id and content again is the same event; other content is refused.
        let id = EventID.random()
        try ledger.append([NewEvent(id: id, stream: "C-1001", type: "t", actor: "S-1", payload: ["x": 1])])
        let again = try ledger.append([NewEvent(id: id, stream: "C-1001", type: "t", actor: "S-1", payload: ["x": 1])])
        #expect(again.first?.wasAlreadyRecorded == true)
        #expect(throws: LedgerError.self) { try ledger.append([NewEvent(id: id, stream: "C-1001", type: "t", actor: "S-1", payload: ["x": 2])]) }
    }

    @Test func aVersion1LedgerStillVerifiesReadsAndAppendsVersion1Lines() throws {
        let scratch = Scratch()
        let ledger = try Ledger.create(at: scratch.ledgerPath, formatVersion: 1)
        try ledger.append([NewEvent(stream: "C-1001", type: "decisionRecorded", actor: "S-1", payload: Self.payload)])
        #expect(try bytes(of: scratch.ledgerPath + "/ledger.json") == Array("{\"format\":\"caseledger-ledger\",\"version\":1}\n".utf8))
        let reopened = try Ledger.open(at: scratch.ledgerPath)
        #expect(reopened.formatVersion == 1)
        let stored = try reopened.event(seq: 1)
        #expect(stored.payload == Self.payload)
        #expect(stored.partSalts == nil)
        #expect(stored.payloadDigest == SHA256.hash(CanonicalJSON.encode(Self.payload)))
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).fault == nil)
        // A version 1 ledger has no erasure: refused, nothing changed.
        let before = try bytes(of: scratch.ledgerPath + "/" + segmentNames(in: scratch.ledgerPath)[0])
        #expect(throws: LedgerError.self) { try reopened.erase([ErasedPart(seq: 1, pointer: "/amount")]) }
        let writer = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        #expect(throws: LedgerError.self) { try writer.erase([ErasedPart(seq: 1, pointer: "/amount")]) }
        #expect(try bytes(of: scratch.ledgerPath + "/" + segmentNames(in: scratch.ledgerPath)[0]) == before)
    }

    @Test func aLineOfTheOtherVersionIsAFault() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([event(n: 1)])
        // ledger.json says version 1 over version 2 lines: a fault at seq 1, rule 2.
        try write(Array("{\"format\":\"caseledger-ledger\",\"version\":1}\n".utf8), to: scratch.ledgerPath + "/ledger.json")
        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath)
        #expect(report.fault?.position.seq == 1)
        #expect(report.fault?.reason.contains("ledger.json says version 1") == true, "\(String(describing: report.fault))")
        #expect(report.fault?.reason.hasSuffix("(events/FORMAT.md rule 2)") == true)
    }

    @Test func anErasedPartKeepsItsDigestAndTheLedgerStillVerifiesWithTheSameHashesAndRoot() throws {
        let scratch = Scratch()
        let ledger = try Self.ledger(scratch, authorising: [(1, ["/amount", "/notes/1"])])
        let before = try Verifier.verify(ledgerAt: scratch.ledgerPath)
        let stored = try ledger.event(seq: 1)
        let outcome = try ledger.erase([ErasedPart(seq: 1, pointer: "/amount"), ErasedPart(seq: 1, pointer: "/notes/1")])
        #expect(outcome.erased == [ErasedPart(seq: 1, pointer: "/amount"), ErasedPart(seq: 1, pointer: "/notes/1")])
        #expect(outcome.segmentsRewritten.count == 1)
        let after = try Verifier.verify(ledgerAt: scratch.ledgerPath)
        #expect(after.fault == nil)
        #expect(after.headHash == before.headHash && after.root == before.root && after.events == 3)
        // Read back, by this handle and a new one: the erased members absent, the rest as they were.
        for reader in [ledger, try Ledger.open(at: scratch.ledgerPath)] {
            let erased = try reader.event(seq: 1)
            #expect(erased.erasedParts == ["/amount", "/notes/1"])
            #expect(erased.hash == stored.hash && erased.payloadDigest == stored.payloadDigest)
            #expect(erased.payload?["amount"] == nil)
            #expect(erased.payload?["notes"] == .array(["first note", "third note"]))
            #expect(erased.payload?["decision"] == "yes")
            #expect(erased.partSalts?["/amount"] == nil && erased.partSalts?["/notes/1"] == nil)
            #expect(try reader.events(inStream: "C-1001").count == 3)
        }
        // The line holds neither the value nor its salt.
        let segment = String(decoding: try bytes(of: scratch.ledgerPath + "/" + segmentNames(in: scratch.ledgerPath)[0]), as: UTF8.self)
        #expect(!segment.contains("seen at home") && !segment.contains(stored.partSalts!["/amount"]!))
        // Again: already erased, nothing changed.
        let again = try ledger.erase([ErasedPart(seq: 1, pointer: "/amount")])
        #expect(again.erased.isEmpty && again.alreadyErased == [ErasedPart(seq: 1, pointer: "/amount")] && again.segmentsRewritten.isEmpty)
        // Appending goes on after an erasure, and the index cache saved is used by a new handle.
        try ledger.append([event(n: 4)])
        #expect(try Ledger.open(at: scratch.ledgerPath).event(seq: 4).seq == 4)
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).fault == nil)
    }

    @Test func aRefusedErasureChangesNothingByteForByte() throws {
        let scratch = Scratch()
        let ledger = try Self.ledger(scratch, authorising: [(1, ["/amount"])])
        ledger.saveIndex()
        let snapshot = try directorySnapshot(scratch.ledgerPath)
        let refused: [[ErasedPart]] = [
            [ErasedPart(seq: 1, pointer: "/decision")],  // not authorised
            [ErasedPart(seq: 1, pointer: "/amount"), ErasedPart(seq: 1, pointer: "/nothing")],  // no such part
            [ErasedPart(seq: 9, pointer: "/amount")],  // no such event
            [ErasedPart(seq: 3, pointer: "/erases/0")],  // the erasure event's own record
            [ErasedPart(seq: 1, pointer: "/notes")],  // a split member is erased by its elements
        ]
        for parts in refused {
            #expect(throws: LedgerError.self) { try ledger.erase(parts) }
            #expect(try directorySnapshot(scratch.ledgerPath) == snapshot, "\(parts) changed the ledger directory")
        }
        // An authorisation recorded before the event it names does not count.
        let early = Scratch()
        let l2 = try early.newLedger()
        try l2.append([Self.erasureAuthorised([(2, ["/n"])])])
        try l2.append([event(n: 2)])
        #expect(throws: LedgerError.self) { try l2.erase([ErasedPart(seq: 2, pointer: "/n")]) }
    }

    @Test func anErasureEventsOwnErasesCanNeverBeErased() throws {
        let scratch = Scratch()
        let ledger = try Self.ledger(scratch, authorising: [(1, ["/amount"])])
        try ledger.append([Self.erasureAuthorised([(3, ["/erases/0"])])])
        let result = Result { () throws(LedgerError) in try ledger.erase([ErasedPart(seq: 3, pointer: "/erases/0")]) }
        guard case .failure(let error) = result else { Issue.record("erasing /erases was not refused"); return }
        #expect(error.code == "erasure-refused")
        #expect(error.message.contains("can never be erased"))
    }

    @Test func aPartBlankedByHandWithoutAnErasureEventIsAFaultAtItsSeq() throws {
        let scratch = Scratch()
        let ledger = try Self.ledger(scratch, authorising: [(1, ["/amount"])])
        try ledger.append([event(n: 4)])
        // Erase /decision of seq 2... seq 2 is {"n": 2}: blank /n of seq 2 by hand, as erase would.
        let name = try segmentNames(in: scratch.ledgerPath)[0]
        var all = lines(of: try bytes(of: scratch.ledgerPath + "/" + name))
        let blanked = try all[1].dropLast().withUnsafeBytes { try EventLine.erasing(["/n"], inLine: $0) }
        all[1] = blanked + [0x0A]
        try write(Array(all.joined()), to: scratch.ledgerPath + "/" + name)
        let report = try Verifier.verify(ledgerAt: scratch.ledgerPath)
        #expect(report.fault?.position.seq == 2)
        #expect(report.fault?.position.line == 2)
        #expect(report.events == 1, "only the event before it is sound")
        #expect(report.fault?.reason.contains("a payload part was removed without an erasure event") == true, "\(String(describing: report.fault))")
        #expect(report.fault?.reason.hasSuffix("(events/FORMAT.md rule 11)") == true)
    }

    @Test func equalValuesErasedInTwoEventsLeaveDifferentDigests() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([NewEvent(stream: "C-1", type: "t", actor: "S-1", payload: ["answer": "yes"])])
        try ledger.append([NewEvent(stream: "C-2", type: "t", actor: "S-1", payload: ["answer": "yes"])])
        try ledger.append([Self.erasureAuthorised([(1, ["/answer"]), (2, ["/answer"])])])
        _ = try ledger.erase([ErasedPart(seq: 1, pointer: "/answer"), ErasedPart(seq: 2, pointer: "/answer")])
        let a = try #require(try ledger.event(seq: 1).erasedPartDigests["/answer"])
        let b = try #require(try ledger.event(seq: 2).erasedPartDigests["/answer"])
        #expect(a != b)
        // And neither is the unsalted digest a guesser would compute.
        #expect(a != SHA256.hash(CanonicalJSON.encode(.string("yes"))))
        #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).fault == nil)
    }

    /// Every step of the rewrite (write, sync, index head removal, its sync, rename, directory
    /// sync), for an erasure touching two segments: stopped there as a crash would stop it, the
    /// ledger verifies, reads, and the erasure run again completes it.
    @Test func aCrashAtEveryStepOfTheRewriteLeavesALedgerThatVerifies() throws {
        // Count the steps of one run first.
        var steps: [ErasureStep] = []
        do {
            let scratch = Scratch()
            let ledger = try Self.twoSegmentLedger(scratch)
            ledger.erasureFault = { step in steps.append(step) }
            _ = try ledger.erase(Self.twoSegmentParts)
        }
        #expect(steps.count == 10, "\(steps)")
        for crashAt in steps.indices {
            let scratch = Scratch()
            let ledger = try Self.twoSegmentLedger(scratch)
            let before = try Verifier.verify(ledgerAt: scratch.ledgerPath)
            var k = 0
            ledger.erasureFault = { step throws(LedgerError) in
                defer { k += 1 }
                if k == crashAt { throw .io(operation: "crash at \(step)", path: scratch.ledgerPath, errno: EIO) }
            }
            #expect(throws: LedgerError.self) { try ledger.erase(Self.twoSegmentParts) }
            let report = try Verifier.verify(ledgerAt: scratch.ledgerPath)
            #expect(report.fault == nil, "crash at \(steps[crashAt]): \(String(describing: report.fault))")
            #expect(report.root == before.root && report.headHash == before.headHash)
            // A new handle reads every event (the index rebuilt if its head was removed).
            let reader = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
            #expect(try allEvents(of: reader).count == Int(before.events))
            #expect(try reader.events(inStream: "C-1001").count == Int(before.events) - 1)
            // Running the erasure again finishes it.
            let outcome = try reader.erase(Self.twoSegmentParts)
            #expect(Set(outcome.erased + outcome.alreadyErased) == Set(Self.twoSegmentParts))
            #expect(try Verifier.verify(ledgerAt: scratch.ledgerPath).fault == nil)
            #expect(try Ledger.open(at: scratch.ledgerPath).event(seq: 1).erasedParts == ["/amount"])
            #expect(try Ledger.open(at: scratch.ledgerPath).event(seq: 2).erasedParts == ["/n"])
        }
    }

    static let twoSegmentParts = [ErasedPart(seq: 1, pointer: "/amount"), ErasedPart(seq: 2, pointer: "/n")]

    /// Seq 1 in the first segment, seq 2 in the second, the authorisation in the third.
    static func twoSegmentLedger(_ scratch: Scratch) throws -> Ledger {
        let ledger = try scratch.newLedger()
        ledger.segmentMaxBytes = 400
        ledger.indexSaveInterval = 1
        try ledger.append([NewEvent(stream: "C-1001", type: "decisionRecorded", actor: "S-1", payload: payload)])
        try ledger.append([event(n: 2)])
        try ledger.append([erasureAuthorised([(1, ["/amount"]), (2, ["/n"])], stream: "R-1")])
        #expect(try segmentNames(in: scratch.ledgerPath).count == 3)
        return ledger
    }

    @Test func aCopyDisclosingSomePartsAndWithholdingOthersProvesAgainstThePayloadDigest() throws {
        let scratch = Scratch()
        let ledger = try scratch.newLedger()
        try ledger.append([NewEvent(stream: "C-1001", type: "decisionRecorded", actor: "S-1", payload: Self.payload)])
        let stored = try ledger.event(seq: 1)
        let salts = try #require(stored.partSalts)
        let members = try #require(Self.payload.objectValue)
        var disclosed: [PayloadParts.Disclosed] = []
        var withheld: [JSONKey: SHA256Digest] = [:]
        for part in PayloadParts.parts(of: members) {
            if part.pointer == "/notes/1" || part.pointer == "/amount" {
                withheld[JSONKey(part.pointer)] = PayloadParts.digest(salt: salts[JSONKey(part.pointer)]!, pointer: part.pointer, value: part.value)
            } else {
                disclosed.append(PayloadParts.Disclosed(pointer: part.pointer, salt: salts[JSONKey(part.pointer)]!, value: part.value))
            }
        }
        #expect(PayloadParts.problem(disclosed: disclosed, withheld: withheld, against: stored.payloadDigest) == nil)
        // A disclosed member altered fails.
        var altered = disclosed
        let k = try #require(altered.firstIndex { $0.pointer == "/decision" })
        altered[k].value = "no"
        #expect(PayloadParts.problem(disclosed: altered, withheld: withheld, against: stored.payloadDigest) != nil)
        // A withheld member left out entirely fails.
        var missing = withheld
        missing["/amount"] = nil
        #expect(PayloadParts.problem(disclosed: disclosed, withheld: missing, against: stored.payloadDigest) != nil)
        // A withheld digest swapped fails.
        var swapped = withheld
        swapped["/amount"] = withheld["/notes/1"]
        #expect(PayloadParts.problem(disclosed: disclosed, withheld: swapped, against: stored.payloadDigest) != nil)
        // An element moved to another position fails (a part's digest covers its position).
        var moved = disclosed
        let first = try #require(moved.firstIndex { $0.pointer == "/notes/0" }), third = try #require(moved.firstIndex { $0.pointer == "/notes/2" })
        (moved[first].value, moved[third].value) = (moved[third].value, moved[first].value)
        #expect(PayloadParts.problem(disclosed: moved, withheld: withheld, against: stored.payloadDigest) != nil)
    }

    @Test func aMirrorOfAVersion2LedgerIsAVersion2LedgerThatVerifies() throws {
        let scratch = Scratch()
        let ledger = try Self.ledger(scratch, authorising: [(1, ["/amount"])])
        _ = try ledger.erase([ErasedPart(seq: 1, pointer: "/amount")])
        try LedgerMirror.mirror(ledger: scratch.ledgerPath, to: scratch.path + "/mirror")
        #expect(try bytes(of: scratch.path + "/mirror/ledger.json") == Array("{\"format\":\"caseledger-ledger\",\"version\":2}\n".utf8))
        #expect(try Verifier.verify(ledgerAt: scratch.path + "/mirror").fault == nil)
        #expect(try Ledger.open(at: scratch.path + "/mirror").event(seq: 1).erasedParts == ["/amount"])
    }

    @Test func pointersAreRFC6901() {
        #expect(PayloadParts.pointer(member: "a/b~c") == "/a~1b~0c")
        #expect(PayloadParts.parse(pointer: "/a~1b~0c")?.member == "a/b~c")
        #expect(PayloadParts.parse(pointer: "/notes/12")?.element == 12)
        #expect(PayloadParts.parse(pointer: "/notes/012") == nil)
        #expect(PayloadParts.parse(pointer: "notes") == nil)
        #expect(PayloadParts.parse(pointer: "/a~2") == nil)
        #expect(PayloadParts.parse(pointer: "/notes/1/2") == nil)
    }

    @Test func theDemoSaltsAreRepeatableAndTheSystemSaltsAreNot() {
        let a = SaltSource.unsafeDeterministicSalts(seed: 7), b = SaltSource.unsafeDeterministicSalts(seed: 7)
        #expect((0..<3).map { _ in a.salt() } == (0..<3).map { _ in b.salt() })
        let system = SaltSource.system
        #expect(system.salt() != system.salt())
        #expect(PayloadParts.isSalt(system.salt()))
    }
}

/// Every file under `path` (but the writer lock) and its bytes.
func directorySnapshot(_ path: String) throws -> [String: [UInt8]] {
    var out: [String: [UInt8]] = [:]
    let enumerator = FileManager.default.enumerator(atPath: path)
    while let name = enumerator?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
        out[name] = try bytes(of: path + "/" + name)
    }
    return out
}
