import Foundation
import LedgerJSON
import LedgerSigning
import LedgerStore
import LedgerTransparency
import Testing

/// A ledger with a signed, cosigned checkpoint, the evidence `trail --evidence` writes from it, and
/// the two checkers (`caseledger-audit check-evidence`, `tools/check-evidence.py`) run on it.
final class EvidenceFixture {
    let directory = TemporaryDirectory()
    var ledger: String { directory.child("ledger") }
    var evidence: String { directory.child("evidence") }

    static let origin = "council.example/caseledger"
    static let cosignedAt: UInt64 = 1_780_000_000
    let log: NoteSigner
    let witness: CosignatureSigner
    let otherWitness: CosignatureSigner

    /// C-1001 at seqs 3–8 (and `adviceGiven` more events of it after them), then notes on other
    /// streams (seqs 9–15, moved on by `adviceGiven`); checkpointed at the head and cosigned by one
    /// witness, unless told otherwise.
    init(sign: Bool = true, cosign: Bool = true, formatVersion: Int = 2, adviceGiven: Int = 0) throws {
        log = try NoteSigner(name: Self.origin, privateKey: try Ed25519PrivateKey(seed: [UInt8](repeating: 1, count: 32)))
        witness = try CosignatureSigner(name: "ombudsman.example/witness", privateKey: try Ed25519PrivateKey(seed: [UInt8](repeating: 2, count: 32)))
        otherWitness = try CosignatureSigner(name: "audit.example/witness", privateKey: try Ed25519PrivateKey(seed: [UInt8](repeating: 3, count: 32)))
        try AuditLedgerFixture.create(at: ledger, formatVersion: formatVersion, adviceGiven: adviceGiven)
        let handle = try Ledger.open(at: ledger, mode: .readWrite)
        let time = Timestamp(rfc3339: "2026-04-10T09:00:00Z")!
        for n in 1...7 {
            let event = NewEvent(stream: "N-\(n % 3)", type: "noteAdded", actor: "S-17", payload: .object(["n": .integer(Int64(n))]))
            _ = try handle.append([event], clock: { time })
        }
        if sign { try self.sign(cosign: cosign) }
    }

    /// A signer whose key nobody was given.
    static func stranger(_ name: String) throws -> NoteSigner {
        try NoteSigner(name: name, privateKey: try Ed25519PrivateKey(seed: [UInt8](repeating: 9, count: 32)))
    }

    /// Signs the ledger's head as a checkpoint, and has the witness cosign it when asked.
    func sign(cosign: Bool = true) throws {
        let checkpoints = CheckpointLog(ledger: ledger)
        let signed = try checkpoints.sign(try Ledger.open(at: ledger), signer: log)
        if cosign {
            let cosigned = try witness.cosign(signed.note, time: Self.cosignedAt)
            _ = try checkpoints.addCosignature(cosigned.bytes, witness: witness.verifier)
        }
    }

    /// `caseledger-audit trail C-1001 --ledger … --evidence DIR --copy COPY`: the staff copy (whole
    /// lines, `events.jsonl`) unless told otherwise.
    @discardableResult
    func makeEvidence(_ dir: String? = nil, copy: String = "staff") throws -> Executable.Run {
        try Executable.audit.run(["trail", "C-1001", "--ledger", ledger, "--evidence", dir ?? evidence, "--copy", copy])
    }

    /// The keys as options: the log key, and each witness's key.
    func keys(witnesses: [CosignatureSigner]? = nil) -> [String] {
        var out = ["--log-key", log.verifier.verifierKey]
        for w in witnesses ?? [witness] { out += ["--witness-key", w.verifier.verifierKey] }
        return out
    }

    /// Both checkers' verdicts on `dir`.
    func check(_ dir: String? = nil, _ options: [String]? = nil) throws -> (swift: Verdict, python: Verdict) {
        let arguments = [dir ?? evidence] + (options ?? keys())
        let swift = try Executable.audit.run(["check-evidence"] + arguments)
        let python = try Executable(path: "/usr/bin/env").run(["python3", repositoryRoot + "/tools/check-evidence.py"] + arguments)
        return (Verdict(swift, swiftStyle: true), Verdict(python, swiftStyle: false))
    }

    /// A copy of the evidence folder to change.
    func copy(_ name: String) throws -> String {
        let target = directory.child(name)
        try FileManager.default.copyItem(atPath: evidence, toPath: target)
        return target
    }

    /// The lines of `events.jsonl` in `dir`, each with its newline.
    static func lines(_ dir: String) throws -> [[UInt8]] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/events.jsonl")))
        return bytes.split(separator: 0x0A).map { Array($0) + [0x0A] }
    }

    static func write(_ lines: [[UInt8]], to dir: String) throws {
        try Data(lines.joined()).write(to: URL(fileURLWithPath: dir + "/events.jsonl"))
    }

    /// Every proof file of `dir` with its checkpoint note replaced by `change(note)`.
    static func changeCheckpoint(in dir: String, _ change: (SignedNote) throws -> String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: dir + "/proofs") {
            let path = dir + "/proofs/" + name
            let proof = try TlogProof(parsing: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
            let head = String(proof.serialized.dropLast(proof.checkpoint.serialized.count))
            let changed: String = try change(proof.checkpoint)
            try Data((head + changed).utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    /// The note with signature line `index` (negative: from the end) given a flipped bit.
    static func flipped(_ note: SignedNote, line index: Int, byte: Int) -> String {
        var signatures = note.signatures
        let at = index < 0 ? signatures.count + index : index
        var bytes = signatures[at].signature
        bytes[byte] ^= 1
        signatures[at] = NoteSignature(name: signatures[at].name, keyID: signatures[at].keyID, signature: bytes)
        return note.text + "\n" + signatures.map { $0.line + "\n" }.joined()
    }
}

/// One checker's verdict: exit code, the code of the refusal (nil when verified), what it printed.
struct Verdict: CustomStringConvertible {
    let exitCode: Int32
    let code: String?
    let stdout: String
    let stderr: String

    init(_ run: Executable.Run, swiftStyle: Bool) {
        exitCode = run.exitCode
        stdout = run.stdout
        stderr = run.stderr
        let line = run.stderr.split(separator: "\n").first.map(String.init) ?? ""
        if swiftStyle {
            // "caseledger-audit: message [code]"
            code = line.hasSuffix("]") ? line.split(separator: "[").last.map { String($0.dropLast()) } : nil
        } else {
            // "check-evidence: code: message"
            let parts = line.split(separator: ":", maxSplits: 2)
            code = parts.count == 3 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        }
    }

    var description: String { "exit \(exitCode) \(code ?? "-")\n\(stdout)\(stderr)" }
}

/// A ledger line with `old` replaced by `new` in it (same length), made consistent again: its
/// payload digest and hash recomputed (and, given `prev`, its link), as a rewriter would.
func rehashedLine(_ line: [UInt8], replacing old: String, with new: String, prev: String? = nil) -> [UInt8] {
    var text = String(decoding: line.last == 0x0A ? Array(line.dropLast()) : line, as: UTF8.self)
    if !old.isEmpty { text = text.replacingOccurrences(of: old, with: new) }
    var bytes = Array(text.utf8)
    let payloadKey = Array("},\"payload\":".utf8), partsKey = Array("},\"parts\":".utf8)
    var headerEnd = 84
    while !bytes[headerEnd...].starts(with: payloadKey) && !bytes[headerEnd...].starts(with: partsKey) { headerEnd += 1 }
    headerEnd += 1
    var payloadStart = headerEnd
    while !bytes[payloadStart...].starts(with: payloadKey.dropFirst()) { payloadStart += 1 }
    let payload = Array(bytes[(payloadStart + payloadKey.count - 1)..<(bytes.count - 1)])
    func replaceHex(after key: String, with hex: String) {
        let marker = Array("\"\(key)\":\"".utf8)
        var at = 84
        while !bytes[at...].starts(with: marker) { at += 1 }
        at += marker.count
        bytes.replaceSubrange(at..<(at + 64), with: Array(hex.utf8))
    }
    var digest = SHA256.hash(payload)
    if bytes[headerEnd...].starts(with: partsKey.dropFirst()) {
        // Format version 2: the salts are on the line, so a rewriter recomputes every part's digest.
        let parts = try! JSONParser.parse(Array(bytes[(headerEnd + partsKey.count - 1)..<payloadStart]))
        let members = try! JSONParser.parse(payload).objectValue!
        var digests: [JSONKey: SHA256Digest] = [:]
        for part in PayloadParts.parts(of: members) {
            digests[JSONKey(part.pointer)] = PayloadParts.digest(salt: parts["salts"]![part.pointer]!.stringValue!, pointer: part.pointer, value: part.value)
        }
        digest = PayloadParts.payloadDigest(partDigests: digests)
    }
    replaceHex(after: "payloadDigest", with: digest.hex)
    if let prev { replaceHex(after: "prev", with: prev) }
    let hash = SHA256.hash(Array(bytes[84..<headerEnd])).hex
    bytes.replaceSubrange(9..<73, with: Array(hash.utf8))
    return bytes + [0x0A]
}

/// Rewrites the ledger's history from the line holding `old`: that line changed, every later line's
/// link and hash recomputed, so the hash chain still verifies — the attack a checkpoint must catch.
func rewriteHistory(of ledger: String, replacing old: String, with new: String) throws {
    let segments = try FileManager.default.contentsOfDirectory(atPath: ledger).filter { $0.hasPrefix("segment-") }.sorted()
    var prev: String? = nil
    for segment in segments {
        let path = ledger + "/" + segment
        var lines = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))).split(separator: 0x0A).map { Array($0) + [0x0A] }
        for i in lines.indices {
            let holds = String(decoding: lines[i], as: UTF8.self).contains(old)
            guard prev != nil || holds else { continue }
            lines[i] = rehashedLine(lines[i], replacing: holds ? old : "", with: new, prev: prev)
            prev = String(decoding: lines[i][9..<73], as: UTF8.self)
        }
        try Data(lines.joined()).write(to: URL(fileURLWithPath: path))
    }
    try? FileManager.default.removeItem(atPath: ledger + "/index")
}

/// One way to change the evidence (or the keys given), and what both checkers must say.
struct EvidenceCase: CustomStringConvertible, Sendable {
    let name: String
    let expected: String?
    let options: (@Sendable (EvidenceFixture) throws -> [String])?
    let change: @Sendable (EvidenceFixture, String) throws -> Void
    var description: String { name }

    init(_ name: String, _ expected: String?, options: (@Sendable (EvidenceFixture) throws -> [String])? = nil,
         change: @escaping @Sendable (EvidenceFixture, String) throws -> Void = EvidenceCase.unchanged) {
        self.name = name
        self.expected = expected
        self.options = options
        self.change = change
    }

    static func unchanged(_ f: EvidenceFixture, _ dir: String) throws {}

    static func payloadChanged(_ f: EvidenceFixture, _ dir: String) throws {
        var lines = try EvidenceFixture.lines(dir)
        lines[0] = Array(String(decoding: lines[0], as: UTF8.self).replacingOccurrences(of: "Joe Bloggs", with: "Jim Bloggs").utf8)
        try EvidenceFixture.write(lines, to: dir)
    }

    static func lineRehashed(_ f: EvidenceFixture, _ dir: String) throws {
        var lines = try EvidenceFixture.lines(dir)
        lines[0] = rehashedLine(lines[0], replacing: "Joe Bloggs", with: "Jim Bloggs")
        try EvidenceFixture.write(lines, to: dir)
    }

    static func proofOfAnotherEvent(_ f: EvidenceFixture, _ dir: String) throws {
        try FileManager.default.removeItem(atPath: dir + "/proofs/seq-4.tlog-proof")
        try FileManager.default.copyItem(atPath: dir + "/proofs/seq-5.tlog-proof", toPath: dir + "/proofs/seq-4.tlog-proof")
    }

    static func proofForOtherSizes(_ f: EvidenceFixture, _ dir: String) throws {
        let tree = InMemoryMerkleTree(eventHashes: try allEvents(of: try Ledger.open(at: f.ledger)).map(\.hash))
        let path = dir + "/proofs/seq-5.tlog-proof"
        let proof = try TlogProof(parsing: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        let small = try tree.inclusionProof(leafIndex: 4, size: 7)
        let swapped = try TlogProof(index: 4, hashes: small.hashes.map(\.bytes), checkpoint: proof.checkpoint)
        try Data(swapped.bytes).write(to: URL(fileURLWithPath: path))
    }

    static func proofMissing(_ f: EvidenceFixture, _ dir: String) throws {
        try FileManager.default.removeItem(atPath: dir + "/proofs/seq-6.tlog-proof")
    }

    static func proofExtra(_ f: EvidenceFixture, _ dir: String) throws {
        try FileManager.default.copyItem(atPath: dir + "/proofs/seq-6.tlog-proof", toPath: dir + "/proofs/seq-9.tlog-proof")
    }

    static func logSignatureRemoved(_ f: EvidenceFixture, _ dir: String) throws {
        try EvidenceFixture.changeCheckpoint(in: dir) { note in
            note.text + "\n" + note.signatures.filter { $0.name != EvidenceFixture.origin }.map { $0.line + "\n" }.joined()
        }
    }

    static func signedByUnknownKey(_ f: EvidenceFixture, _ dir: String) throws {
        let stranger = try EvidenceFixture.stranger(EvidenceFixture.origin)
        try EvidenceFixture.changeCheckpoint(in: dir) { note in try SignedNote.sign(text: note.text, by: [stranger]).serialized }
    }

    static func unknownSignatureAdded(_ f: EvidenceFixture, _ dir: String) throws {
        let stranger = try EvidenceFixture.stranger("someone.example/else")
        try EvidenceFixture.changeCheckpoint(in: dir) { note in try note.adding(signatureBy: stranger).serialized }
    }

    static func logSignatureBad(_ f: EvidenceFixture, _ dir: String) throws {
        try EvidenceFixture.changeCheckpoint(in: dir) { note in EvidenceFixture.flipped(note, line: 0, byte: 10) }
    }

    static func cosignatureBad(_ f: EvidenceFixture, _ dir: String) throws {
        try EvidenceFixture.changeCheckpoint(in: dir) { note in EvidenceFixture.flipped(note, line: -1, byte: 20) }
    }

    static func checkpointsDiffer(_ f: EvidenceFixture, _ dir: String) throws {
        let path = dir + "/proofs/seq-8.tlog-proof"
        let proof = try TlogProof(parsing: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        let note = try proof.checkpoint.adding(signatureBy: try EvidenceFixture.stranger("someone.example/else"))
        let other = try TlogProof(index: proof.index, hashes: proof.hashes, checkpoint: note)
        try Data(other.bytes).write(to: URL(fileURLWithPath: path))
    }

    static func payloadErased(_ f: EvidenceFixture, _ dir: String) throws {
        var lines = try EvidenceFixture.lines(dir)
        let text = String(decoding: lines[1], as: UTF8.self)
        lines[1] = Array((String(text[..<text.range(of: ",\"payload\":")!.upperBound]) + "null}\n").utf8)
        try EvidenceFixture.write(lines, to: dir)
    }

    static func anotherCaseMixedIn(_ f: EvidenceFixture, _ dir: String) throws {
        var lines = try EvidenceFixture.lines(dir)
        lines.append(try Ledger.open(at: f.ledger).storedLines(inStream: "N-1").last!.bytes + [0x0A])
        try EvidenceFixture.write(lines, to: dir)
    }

    static func twoWitnesses(_ f: EvidenceFixture) -> [String] { f.keys(witnesses: [f.witness, f.otherWitness]) }
    static func oneOfTwoWitnesses(_ f: EvidenceFixture) -> [String] { twoWitnesses(f) + ["--min-witnesses", "1"] }
    static func noWitness(_ f: EvidenceFixture) -> [String] { f.keys(witnesses: []) }
    static func anotherLogKey(_ f: EvidenceFixture) throws -> [String] {
        ["--log-key", try EvidenceFixture.stranger(EvidenceFixture.origin).verifier.verifierKey]
    }

    static let all: [EvidenceCase] = [
        EvidenceCase("unchanged", nil),
        EvidenceCase("a line's payload changed, its hash not", "evidence-line-invalid", change: payloadChanged),
        EvidenceCase("a leaf not bound to its event: the line changed and rehashed, its proof unchanged", "evidence-inclusion-failed", change: lineRehashed),
        EvidenceCase("a proof given for another event", "evidence-proof-index", change: proofOfAnotherEvent),
        EvidenceCase("a proof that verifies for sizes it was not made for (index 4 in the tree of 7)", "evidence-inclusion-failed", change: proofForOtherSizes),
        EvidenceCase("a missing proof", "evidence-file-missing", change: proofMissing),
        EvidenceCase("an extra proof", "evidence-proof-unexpected", change: proofExtra),
        EvidenceCase("inclusion against an unsigned root: the log's signature removed", "evidence-checkpoint-unsigned", change: logSignatureRemoved),
        EvidenceCase("inclusion against a root signed by an unknown key under the log's name", "evidence-checkpoint-unsigned", change: signedByUnknownKey),
        EvidenceCase("an unknown extra signature on the note is ignored", nil, change: unknownSignatureAdded),
        EvidenceCase("a bad signature from the known log key rejects the note", "evidence-signature-invalid", change: logSignatureBad),
        EvidenceCase("a bad cosignature from a known witness rejects the note", "evidence-signature-invalid", change: cosignatureBad),
        EvidenceCase("proofs carrying different checkpoints", "evidence-checkpoints-differ", change: checkpointsDiffer),
        EvidenceCase("a witness that did not cosign is required", "evidence-witness-missing", options: twoWitnesses),
        EvidenceCase("one of two witnesses is enough when asked", nil, options: oneOfTwoWitnesses),
        EvidenceCase("a witness key not given is not counted as verified", nil, options: noWitness),
        EvidenceCase("another log's key", "evidence-checkpoint-unsigned", options: anotherLogKey),
        EvidenceCase("a payload erased (null), its header untouched", "evidence-line-invalid", change: payloadErased),
        EvidenceCase("a line of another stream mixed in", "evidence-events-malformed", change: anotherCaseMixedIn),
    ]
}

@Suite("trail --evidence and check-evidence, in Swift and in Python")
struct EvidenceCommandTests {
    @Test("evidence for a case is written into a new folder and both checkers verify it, printing the same")
    func evidenceVerifiesInBothImplementations() throws {
        let f = try EvidenceFixture()
        let made = try f.makeEvidence()
        #expect(made.exitCode == 0, "\(made.stderr)")
        #expect(made.stdout.hasPrefix("Evidence for C-1001 written to \(f.evidence): 6 events, proven against the checkpoint of size 15"))
        let names = try FileManager.default.contentsOfDirectory(atPath: f.evidence).sorted()
        #expect(names == ["README.txt", "events.jsonl", "keys.txt", "proofs", "trail.txt"])
        let proofs = try FileManager.default.contentsOfDirectory(atPath: f.evidence + "/proofs").sorted()
        #expect(proofs == (3...8).map { "seq-\($0).tlog-proof" }.sorted())
        let stored = try Ledger.open(at: f.ledger).storedLines(inStream: "C-1001").map { $0.bytes + [0x0A] }
        #expect(try EvidenceFixture.lines(f.evidence) == stored)
        let (swift, python) = try f.check()
        #expect(swift.exitCode == 0, "\(swift)")
        #expect(python.exitCode == 0, "\(python)")
        #expect(swift.stdout == python.stdout)
        #expect(swift.stdout.hasPrefix("Evidence verified: 6 events of C-1001 (seq 3, 4, 5, 6, 7, 8) are in the log council.example/caseledger.\n"))
        #expect(swift.stdout.contains("Checkpoint: size 15, root "))
        #expect(swift.stdout.contains("Cosigned by the witness ombudsman.example/witness at 2026-05-28T20:26:40Z."))
        let readme = try String(contentsOfFile: f.evidence + "/README.txt", encoding: .utf8)
        #expect(readme.contains("Never trust keys that came in this folder"))
        #expect(readme.contains(f.log.verifier.verifierKey))
        let trail = try String(contentsOfFile: f.evidence + "/trail.txt", encoding: .utf8)
        let statement = trail.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(statement.contains("Latest signed checkpoint: the ledger's first 15 events (seqs 1 to 15)"))
        #expect(statement.contains("carrying cosignatures by ombudsman.example/witness"))
        #expect(statement.contains("the ledger extends it."))
    }

    @Test("evidence for a 100-event case, each event proven in a tree of 109, is verified by both checkers for both copies")
    func aHundredEventCaseVerifiesInBothImplementations() throws {
        let f = try EvidenceFixture(adviceGiven: 94)
        for copy in ["staff", "customer"] {
            let dir = f.directory.child("evidence-\(copy)")
            let made = try f.makeEvidence(dir, copy: copy)
            #expect(made.exitCode == 0, "\(made.stderr)")
            #expect(made.stdout.hasPrefix("Evidence for C-1001 written to \(dir): 100 events, proven against the checkpoint of size 109"))
            let proofs = try FileManager.default.contentsOfDirectory(atPath: dir + "/proofs").sorted()
            #expect(proofs == (3...102).map { "seq-\($0).tlog-proof" }.sorted())
            let (swift, python) = try f.check(dir)
            #expect(swift.exitCode == 0, "\(swift)")
            #expect(python.exitCode == 0, "\(python)")
            #expect(swift.stdout == python.stdout)
            #expect(swift.stdout.hasPrefix("Evidence verified: 100 events of C-1001 (seq 3, 4, 5, "))
            #expect(swift.stdout.contains("Checkpoint: size 109, root "))
        }
    }

    @Test("both checkers agree on every case: the same refusal code, or the same report", arguments: EvidenceCase.all)
    func bothCheckersAgree(_ c: EvidenceCase) throws {
        let f = try EvidenceFixture()
        #expect(try f.makeEvidence().exitCode == 0)
        let dir = try f.copy("changed")
        try c.change(f, dir)
        let (swift, python) = try f.check(dir, try c.options?(f))
        #expect(swift.code == c.expected, "Swift: \(swift)")
        #expect(python.code == c.expected, "Python: \(python)")
        #expect(swift.exitCode == (c.expected == nil ? 0 : 3), "Swift: \(swift)")
        #expect(python.exitCode == (c.expected == nil ? 0 : 1), "Python: \(python)")
        #expect(swift.stdout == python.stdout)
        if c.options == nil && c.expected == nil {
            #expect(swift.stdout.contains("Cosigned by the witness ombudsman.example/witness"))
        }
    }

    @Test("a witness key not given is not counted as verified: the report says only the council's signature was checked")
    func aWitnessNotGivenIsNotCounted() throws {
        let f = try EvidenceFixture()
        #expect(try f.makeEvidence().exitCode == 0)
        let (swift, python) = try f.check(nil, f.keys(witnesses: []))
        for verdict in [swift, python] {
            #expect(verdict.exitCode == 0, "\(verdict)")
            #expect(!verdict.stdout.contains("Cosigned"))
            #expect(verdict.stdout.contains("No witness key was given: only the council's own signature was checked"))
        }
    }

    @Test("the rewrite attack after a cosigned checkpoint, re-signed by the log but not cosigned, is caught by both checkers")
    func rewriteWithNewUncosignedCheckpointIsCaught() throws {
        let f = try EvidenceFixture()
        try rewriteHistory(of: f.ledger, replacing: "Joe Bloggs", with: "Jim Bloggs")
        #expect(try Executable.audit.run(["verify", "--ledger", f.ledger]).exitCode == 0, "the rewrite keeps the hash chain sound")
        // The council throws its checkpoints away and signs the rewritten history afresh.
        try FileManager.default.removeItem(atPath: f.ledger + "/checkpoints")
        try f.sign(cosign: false)
        let made = try f.makeEvidence()
        #expect(made.exitCode == 0, "\(made.stderr)")
        let (swift, python) = try f.check()
        #expect(swift.code == "evidence-witness-missing", "\(swift)")
        #expect(python.code == "evidence-witness-missing", "\(python)")
    }

    @Test("the rewrite attack kept under the old cosigned checkpoint: trail --evidence refuses, and evidence made by hand fails both checkers")
    func rewriteUnderOldCheckpointIsCaught() throws {
        let f = try EvidenceFixture()
        try rewriteHistory(of: f.ledger, replacing: "Joe Bloggs", with: "Jim Bloggs")
        let before = snapshot(of: f.ledger)
        let refused = try f.makeEvidence()
        #expect(refused.exitCode == 3)
        #expect(refused.stderr.contains("[evidence-ledger-diverges]"), "\(refused.stderr)")
        #expect(refused.stderr.contains("does not extend its own signed checkpoint"))
        #expect(!FileManager.default.fileExists(atPath: f.evidence))
        #expect(snapshot(of: f.ledger) == before)
        // Evidence made by hand from the rewritten log, carrying the old cosigned checkpoint.
        let ledger = try Ledger.open(at: f.ledger)
        let tree = InMemoryMerkleTree(eventHashes: try allEvents(of: ledger).map(\.hash))
        let note = try CheckpointLog(ledger: f.ledger).withCosignatures()
        try FileManager.default.createDirectory(atPath: f.evidence + "/proofs", withIntermediateDirectories: true)
        let lines = try ledger.storedLines(inStream: "C-1001")
        try Data(lines.map { $0.bytes + [0x0A] }.joined()).write(to: URL(fileURLWithPath: f.evidence + "/events.jsonl"))
        for line in lines {
            let proof = try tree.inclusionProof(leafIndex: line.event.seq - 1, size: 15)
            let tlog = try TlogProof(index: line.event.seq - 1, hashes: proof.hashes.map(\.bytes), checkpoint: note)
            try Data(tlog.bytes).write(to: URL(fileURLWithPath: f.evidence + "/proofs/seq-\(line.event.seq).tlog-proof"))
        }
        let (swift, python) = try f.check()
        #expect(swift.code == "evidence-inclusion-failed", "\(swift)")
        #expect(python.code == "evidence-inclusion-failed", "\(python)")
    }

    @Test("every report's integrity statement names the latest signed checkpoint, and says so when the ledger no longer extends it")
    func integrityStatementNamesTheCheckpoint() throws {
        let f = try EvidenceFixture()
        let json = try Executable.audit.run(["explain", "C-1001", "eligibility", "--ledger", f.ledger, "--format", "json"])
        #expect(json.exitCode == 0, "\(json.stderr)")
        #expect(json.stdout.contains("\"extendsLedger\": true"), "\(json.stdout)")
        #expect(json.stdout.contains("\"cosigners\": [\n"), "\(json.stdout)")
        #expect(json.stdout.contains("\"ombudsman.example/witness\""))
        try rewriteHistory(of: f.ledger, replacing: "Joe Bloggs", with: "Jim Bloggs")
        let text = try Executable.audit.run(["verify", "--ledger", f.ledger])
        #expect(text.exitCode == 0, "the hash chain alone still passes: \(text.stderr)")
        let words = text.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("The ledger does NOT extend its own latest signed checkpoint"), "\(text.stdout)")
    }

    @Test("trail --evidence refuses a folder that is not empty, one inside the ledger, no checkpoint and one not covering the case; nothing is written")
    func refusals() throws {
        let f = try EvidenceFixture()
        let before = snapshot(of: f.ledger)
        try FileManager.default.createDirectory(atPath: f.evidence, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: f.evidence + "/notes.txt"))
        let notEmpty = try f.makeEvidence()
        #expect(notEmpty.exitCode == 3)
        #expect(notEmpty.stderr.contains("[evidence-folder-not-empty]"), "\(notEmpty.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.evidence) == ["notes.txt"])
        let inside = try f.makeEvidence(f.ledger + "/evidence")
        #expect(inside.exitCode == 64, "\(inside.stderr)")
        #expect(inside.stderr.contains("inside the ledger directory"))
        #expect(snapshot(of: f.ledger) == before)
        // No checkpoint at all.
        let unsigned = try EvidenceFixture(sign: false)
        let none = try unsigned.makeEvidence()
        #expect(none.exitCode == 3)
        #expect(none.stderr.contains("[evidence-no-checkpoint]"), "\(none.stderr)")
        #expect(!FileManager.default.fileExists(atPath: unsigned.evidence))
        // A checkpoint signed at size 5, before the case's last events (seqs 6–8): not covered.
        let early = try EvidenceFixture(sign: false)
        let hashes = try allEvents(of: try Ledger.open(at: early.ledger)).prefix(5).map(\.hash)
        let root = try InMemoryMerkleTree(eventHashes: hashes).root(size: 5)
        let note = try Checkpoint(origin: EvidenceFixture.origin, size: 5, rootHash: root.bytes).signed(by: early.log)
        let files = CheckpointFiles(ledger: early.ledger)
        _ = try files.write(Array((early.log.verifier.verifierKey + "\n").utf8), as: .logKey(fromSize: 5))
        _ = try files.write(note.bytes, as: .checkpoint(size: 5))
        let notCovered = try early.makeEvidence()
        #expect(notCovered.exitCode == 3)
        #expect(notCovered.stderr.contains("[evidence-not-covered]"), "\(notCovered.stderr)")
        #expect(notCovered.stderr.contains("covers seqs 1 to 5, but case C-1001 has events up to seq 8"))
    }
}
