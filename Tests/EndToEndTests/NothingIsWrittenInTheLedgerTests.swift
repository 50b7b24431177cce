import Foundation
import Testing

/// The audit tool never writes in the ledger: a report, checkpoint or verification record aimed
/// inside the ledger directory is a usage error, and nothing is written.
@Suite struct NothingIsWrittenInTheLedgerTests {
    let audit = Executable.audit
    let tmp = TemporaryDirectory()
    var ledger: String { tmp.child("ledger") }

    init() throws {
        try AuditLedgerFixture.create(at: tmp.child("ledger"))
    }

    @Test(arguments: [
        (["verify", "--verification-record", "RECORD"], "--verification-record"),
        (["trail", "C-1001", "-o", "RECORD"], "--output"),
        (["caseload", "--checkpoint", "RECORD"], "--checkpoint"),
        (["compliance", "--checkpoint", "RECORD"], "--checkpoint"),
        (["export", "cld", "--from", "2026-01-01", "--to", "2026-12-31", "-o", "RECORD"], "--output"),
    ])
    func aFileInsideTheLedgerIsRefused(args: [String], option: String) throws {
        let link = tmp.child("link-to-ledger")
        try? FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: ledger)
        for inside in [ledger + "/written", ledger + "/./written", link + "/written"] {
            let before = snapshot(of: ledger)
            let run = try audit.run(args.map { $0 == "RECORD" ? inside : $0 } + ["--ledger", ledger])
            #expect(run.exitCode == 64, "\(args): \(run.stderr)")
            #expect(run.stderr.contains("\(option) \(inside) is inside the ledger directory"), "\(run.stderr)")
            #expect(run.stderr.contains("caseledger-audit never writes in the ledger; give a path outside it"), "\(run.stderr)")
            #expect(snapshot(of: ledger) == before)
        }
    }

    @Test func aRecordBesideTheLedgerIsWritten() throws {
        let run = try audit.run(["verify", "--ledger", ledger, "--verification-record", tmp.child("ledger.rec")])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: tmp.child("ledger.rec")))
    }
}
