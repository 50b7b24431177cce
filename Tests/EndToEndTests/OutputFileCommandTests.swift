import Foundation
import Glibc
import Synchronization
import Testing

/// `caseledger-audit … -o FILE` writes what the path is (issue 18 item 1; before, every path was
/// replaced by a regular file with a rename). Links, pipes and directories are made in a temporary
/// directory only.
@Suite struct OutputFileCommandTests {
    let audit = Executable.audit
    let tmp = TemporaryDirectory()
    var ledger: String { tmp.child("ledger") }

    init() throws {
        try AuditLedgerFixture.create(at: tmp.child("ledger"))
    }

    private var expected: String {
        get throws { try audit.run(["trail", "C-1001", "--ledger", ledger]).stdout }
    }

    @Test func aDashIsStandardOutputNotAFileCalledDash() throws {
        let work = tmp.child("work")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: false)
        let run = try audit.run(["trail", "C-1001", "--ledger", ledger, "-o", "-"], directory: work)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout == (try expected))
        #expect(try FileManager.default.contentsOfDirectory(atPath: work).isEmpty)
    }

    @Test func aSymbolicLinkIsKeptAndItsTargetHoldsTheReport() throws {
        let target = tmp.child("target.txt"), link = tmp.child("link.txt")
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.txt")
        let run = try audit.run(["trail", "C-1001", "--ledger", ledger, "-o", link])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.txt")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == (try expected))
    }

    /// The test holds the pipe open for reading and writing (so nothing blocks and, on the old code,
    /// which renamed a file over the pipe, the test ends with nothing read rather than hanging).
    @Test func aNamedPipeGetsTheReportAndStaysAPipe() throws {
        let fifo = tmp.child("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let fd = open(fifo, O_RDWR | O_NONBLOCK)
        try #require(fd >= 0)
        defer { close(fd) }
        let done = Atomic(false)
        let result = Mutex<Executable.Run?>(nil)
        let (audit, ledger) = (self.audit, self.ledger)
        Thread {  // a thread of its own: the run waits for the child, which waits for this test to read
            let run = try? audit.run(["trail", "C-1001", "--ledger", ledger, "--format", "html", "-o", fifo])
            result.withLock { $0 = run }
            done.store(true, ordering: .sequentiallyConsistent)
        }.start()
        var got: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let finished = done.load(ordering: .sequentiallyConsistent)
            let n = read(fd, &buffer, buffer.count)
            if n > 0 {
                got += buffer[0..<n]
            } else if finished {
                break
            } else {
                usleep(5_000)
            }
        }
        let run = try #require(result.withLock { $0 })
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(String(decoding: got, as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
        #expect(String(decoding: got, as: UTF8.self).hasSuffix("</html>\n"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aDirectoryIsRefusedBeforeAnyWork() throws {
        let reports = tmp.child("reports")
        try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: false)
        let run = try audit.run(["trail", "C-1001", "--ledger", ledger, "-o", reports])
        #expect(run.exitCode == 64, "\(run.stderr)")
        #expect(run.stderr.contains("--output \(reports) is a directory; give a file name"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports).isEmpty)
    }

    @Test func aLinkIntoTheLedgerIsRefusedAndTheLedgerIsUnchanged() throws {
        let before = snapshot(of: ledger)
        let segment = try #require(FileManager.default.contentsOfDirectory(atPath: ledger).sorted().first { $0.hasPrefix("segment-") })
        let link = tmp.child("innocent.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: ledger + "/" + segment)
        let run = try audit.run(["trail", "C-1001", "--ledger", ledger, "-o", link])
        #expect(run.exitCode == 64, "\(run.stderr)")
        #expect(run.stderr.contains("is inside the ledger directory"))
        #expect(snapshot(of: ledger) == before)
    }

    @Test func aReplacedReportKeepsItsMode() throws {
        let file = tmp.child("report.csv")
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        #expect(chmod(file, 0o600) == 0)
        let run = try audit.run(["export", "cld", "--from", "2026-04-01", "--to", "2026-06-30", "--ledger", ledger, "-o", file])
        #expect(run.exitCode == 0, "\(run.stderr)")
        var info = stat()
        #expect(stat(file, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(try String(contentsOfFile: file, encoding: .utf8) != "old")
    }
}
