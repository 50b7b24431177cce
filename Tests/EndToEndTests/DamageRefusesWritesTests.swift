import Foundation
import LedgerStore
import Testing

/// Damage is never repaired: opening a damaged ledger for writing, and `caseledger append`, refuse
/// with the damage's position and change nothing. What looks like a crash's torn tail is the
/// exception FORMAT.md documents: the next append that writes sets it aside, byte for byte, under torn/.
@Suite struct DamageRefusesWritesTests {
    static let damage = Tamper.allCases.filter { !$0.looksLikeATornTail }
    static let tornLooking = Tamper.allCases.filter(\.looksLikeATornTail)

    @Test(arguments: damage)
    func openingADamagedLedgerForWritingRefusesAndChangesNothing(tamper: Tamper) throws {
        let f = try TamperFixture()
        try tamper.apply(to: f)
        let before = snapshot(of: f.dir)
        let error = #expect(throws: LedgerError.self) { try Ledger.open(at: f.dir, mode: .readWrite) }
        guard case .damaged(let position, _)? = error else {
            Issue.record("expected .damaged, got \(String(describing: error))")
            return
        }
        #expect(position == tamper.fault)
        #expect(snapshot(of: f.dir) == before)
    }

    @Test(arguments: damage)
    func appendingToADamagedLedgerRefusesAndChangesNothing(tamper: Tamper) throws {
        let f = try TamperFixture()
        try tamper.apply(to: f)
        let before = snapshot(of: f.dir)
        let run = try Executable.caseledger.run(["append", "--ledger", f.dir], stdin: stdin([inputLine(n: 9)]))
        #expect(run.exitCode == 3)
        #expect(run.stderr.hasPrefix("caseledger: the ledger is damaged at \(tamper.fault): "))
        #expect(run.stderr.hasSuffix("[ledger-damaged]\n"))
        #expect(run.stdout.isEmpty)
        #expect(snapshot(of: f.dir) == before)
    }

    @Test(arguments: tornLooking)
    func aTornLookingTailIsSetAsideByteForByteNotRefused(tamper: Tamper) throws {
        let f = try TamperFixture()
        try tamper.apply(to: f)
        let tampered = try Data(contentsOf: URL(fileURLWithPath: f.path(TamperFixture.second)))
        let ledger = try Ledger.open(at: f.dir, mode: .readWrite)
        #expect(ledger.headSeq == 6)
        #expect(try Data(contentsOf: URL(fileURLWithPath: f.path(TamperFixture.second))) == tampered)
        try ledger.append([NewEvent(stream: "C-9", type: "noteAdded", actor: "S-1", payload: ["n": 1])])
        let kept = try Data(contentsOf: URL(fileURLWithPath: f.path(TamperFixture.second)))
        let torn = try FileManager.default.contentsOfDirectory(atPath: f.dir + "/torn")
        #expect(torn.count == 1)
        let setAside = try Data(contentsOf: URL(fileURLWithPath: f.dir + "/torn/" + torn[0]))
        let committed = tampered.count - setAside.count
        #expect(torn == ["\(TamperFixture.second).at-\(committed).seq-7.torn"])
        #expect(kept.prefix(committed) + setAside == tampered)
        #expect(try Verifier.verify(ledgerAt: f.dir).isIntact)
    }
}
