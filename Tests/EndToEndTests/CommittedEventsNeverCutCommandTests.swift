import Foundation
import LedgerStore
import Testing

/// INVARIANTS.md rule 21 through the command line: every writing command leaves the index cache's
/// head naming the last committed event, so NUL bytes over that event's line (or the line cut
/// off) make the next `caseledger append` refuse, naming the seq and what to do, and change
/// nothing — where the old code set the committed event aside as a torn tail and gave its seq to
/// the new event.
@Suite struct CommittedEventsNeverCutCommandTests {
    @Test(arguments: [false, true])
    func nulBytesOverTheLastCommittedLineAreRefusedNotCut(cutInstead: Bool) throws {
        let tmp = TemporaryDirectory()
        let dir = tmp.child("ledger")
        #expect(try Executable.caseledger.run(["init", dir]).exitCode == 0)
        #expect(try Executable.caseledger.run(["append", "--ledger", dir], stdin: stdin([inputLine(n: 1), inputLine(n: 2)])).exitCode == 0)
        #expect(try Executable.caseledger.run(["append", "--ledger", dir], stdin: stdin([inputLine(n: 3)])).exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: dir + "/index/head.bin"))

        let segment = dir + "/" + SegmentFile.name(firstSeq: 1)
        var data = try Data(contentsOf: URL(fileURLWithPath: segment))
        let lastLine = data.dropLast().lastIndex(of: 0x0A)! + 1
        if cutInstead {
            data = data.prefix(lastLine + 40)
        } else {
            data.replaceSubrange(lastLine..<(data.count - 1), with: Data(repeating: 0, count: data.count - 1 - lastLine))
        }
        try data.write(to: URL(fileURLWithPath: segment))
        let before = snapshot(of: dir)

        let run = try Executable.caseledger.run(["append", "--ledger", dir], stdin: stdin([inputLine(n: 4)]))
        #expect(run.exitCode == 3)
        #expect(run.stderr.hasPrefix("caseledger: the ledger is damaged at \(SegmentFile.name(firstSeq: 1)) line 3 (seq 3): seq 3 was committed (the index cache recorded it, with hash "))
        #expect(run.stderr.contains("Restore the segment from a copy"))
        #expect(run.stderr.hasSuffix("[ledger-damaged]\n"))
        #expect(snapshot(of: dir) == before)
        #expect(!FileManager.default.fileExists(atPath: dir + "/torn"))

        // verify, which reads the log alone, calls it sound up to seq 2 and names what it left out.
        let verify = try Executable.caseledger.run(["verify", "--ledger", dir])
        #expect(verify.exitCode == 0)
        #expect(verify.stdout.contains("sound up to seq 2, unfinished batch ignored"))
    }
}
