import Foundation
import LedgerStore
import Testing

/// Version 1 of the format has no erasure (issue 17 will add an authenticated one). A payload
/// replaced with `null`, header untouched, is damage at its seq for `verify`, every reader and
/// tools/verify-ledger.py; the audit trail refuses with the damage, and never tells the reader a
/// payload "was erased after its retention period", which nothing did. (Before, such a ledger
/// passed `verify` with its head unchanged, and the trail told that story.)
@Suite struct NoErasureInVersionOneTests {
    @Test func aPayloadReplacedWithNullIsDamageNotAnErasure() throws {
        let tmp = TemporaryDirectory()
        let dir = tmp.child("ledger")
        try FileManager.default.copyItem(atPath: repositoryRoot + "/events/demo", toPath: dir)
        let segment = SegmentFile.name(firstSeq: 1)
        let path = dir + "/" + segment
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The second event of Joe's case: its payload becomes null; nothing else in the file changes.
        let joe = lines.indices.filter { lines[$0].contains(#""stream":"C-1001""#) }
        let index = try #require(joe.dropFirst().first)
        let payload = try #require(lines[index].range(of: #","payload":"#))
        lines[index] = String(lines[index][..<payload.upperBound]) + "null}"
        try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
        let seq = try #require(lines[index].firstMatch(of: /"seq":([0-9]+)/).flatMap { Int64($0.1) })
        let place = LogPosition(segment: segment, line: index + 1, seq: seq)

        let report = try Verifier.verify(ledgerAt: dir)
        #expect(report.fault?.position == place)
        #expect(report.fault?.reason.hasSuffix("(events/FORMAT.md rule 2)") == true, "\(String(describing: report.fault))")
        #expect(report.events == seq - 1)
        let python = try pythonVerify(dir)
        #expect(python.position == place.description, "python said: \(python.stderr)")
        #expect(python.stderr.hasSuffix("(events/FORMAT.md rule 2)\n"))
        #expect(VerifyIsTheSpecTests.damage(openingLedgerAt: dir)?.0 == place)

        let trail = try Executable.audit.run(["trail", "C-1001", "--ledger", dir])
        #expect(trail.exitCode == 3)
        #expect(trail.stderr.contains("damaged") && trail.stderr.contains("\(place)"), "\(trail.stderr)")
        #expect(!(trail.stdout + trail.stderr).contains("erased"))
        #expect(!(trail.stdout + trail.stderr).contains("retention"))
    }

    @Test func nothingInTheSourcesSpeaksOfAnErasedPayload() throws {
        // The words a reader once printed for a null payload: no reader may print them again.
        for directory in ["Sources", "tools"] {
            let root = repositoryRoot + "/" + directory
            let files = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
            for file in files {
                let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
                #expect(!text.contains("erased after its retention period"), "\(directory)/\(file)")
            }
        }
    }
}
