import CaseDemo
import Foundation
import LedgerStore
import Testing

/// The demo ledger: `caseledger demo DIR` writes exactly the committed copy in events/demo
/// (fixed clock, fixed ids), which verifies with the store's verifier and the independent one,
/// and the audit tool reads it.
@Suite struct DemoLedgerTests {
    static let committed = repositoryRoot + "/events/demo"

    /// The files that make a ledger (the manifest and segments), by name.
    static func ledgerFiles(_ dir: String) -> [String: Data] {
        snapshot(of: dir).filter { $0.key == "ledger.json" || SegmentFile.firstSeq(ofName: $0.key) != nil }
    }

    @Test func caseledgerDemoWritesTheCommittedLedgerByteForByte() throws {
        let dir = TemporaryDirectory()
        let run = try Executable.caseledger.run(["demo", dir.child("demo")])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("C-1006"))
        let written = Self.ledgerFiles(dir.child("demo"))
        let committed = Self.ledgerFiles(Self.committed)
        #expect(Set(written.keys) == Set(committed.keys))
        #expect(written.keys.contains("segment-0000000000000001.jsonl"))
        for (name, bytes) in committed {
            #expect(written[name] == bytes, "\(name) differs from events/demo: regenerate it with 'swift run caseledger demo' into an empty directory and review the diff")
        }
    }

    @Test func theCommittedDemoVerifiesWithBothVerifiers() throws {
        let report = try Verifier.verify(ledgerAt: Self.committed)
        #expect(report.isIntact)
        #expect(report.events > 100)
        let python = try pythonVerify(Self.committed)
        #expect(python.exitCode == 0, "\(python.stderr)")
        #expect(python.stdout == "intact: \(report.events) events, head \(report.headHash.hex), Merkle tree root \(report.root.hex)\n")
    }

    @Test func theEmbeddedConfigurationIsTheCommittedDocument() throws {
        let file = try String(contentsOfFile: repositoryRoot + "/events/config/england-2026.json", encoding: .utf8)
        #expect(EnglandConfiguration.json == file)
    }

    @Test func demoHasSixCasesAndRefusesANonEmptyDirectory() throws {
        #expect(DemoLedger.cases.map(\.caseId) == ["C-1001", "C-1002", "C-1003", "C-1004", "C-1005", "C-1006"])
        let run = try Executable.caseledger.run(["demo", Self.committed])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("caseledger"))
    }

    @Test func theReadmesFirstCommandShowsJoesTrail() throws {
        let run = try Executable.audit.run(["trail", "C-1001", "--ledger", Self.committed])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Decision trail: case C-1001 (Joe)"))
        #expect(run.stdout.contains("withheld"))
    }

    @Test func anUnknownCaseListsOnlyCases() throws {
        let run = try Executable.audit.run(["trail", "C-9999", "--ledger", Self.committed])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("C-1001"))
        #expect(!run.stderr.contains("staff"))
        #expect(!run.stderr.contains("configuration"))
    }
}
