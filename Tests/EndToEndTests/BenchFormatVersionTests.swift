import Foundation
import Testing

/// `caseledger-bench --format-version N` measures a ledger of that format: the import it times is
/// made in format N (its `ledger.json` says so), 2 when not given; any other N is a usage error.
@Suite struct BenchFormatVersionTests {
    static let bench = Executable(name: "caseledger-bench")

    /// The manifest of the ledger a tiny `--only import` run kept under `dir`.
    static func importedManifest(_ arguments: [String], in dir: TemporaryDirectory) throws -> String {
        let run = try bench.run(["--events", "200", "--batch", "50", "--rounds", "1", "--only", "import", "--keep", "--dir", dir.path] + arguments)
        #expect(run.exitCode == 0, "\(run.stdout)\n\(run.stderr)")
        let work = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix("caseledger-bench-") })
        return try String(contentsOfFile: dir.path + "/" + work + "/import/ledger/ledger.json", encoding: .utf8)
    }

    @Test func formatVersionOneMeasuresAVersionOneLedgerAndTheDefaultIsVersionTwo() throws {
        let one = TemporaryDirectory(), two = TemporaryDirectory()
        #expect(try Self.importedManifest(["--format-version", "1"], in: one) == "{\"format\":\"caseledger-ledger\",\"version\":1}\n")
        #expect(try Self.importedManifest([], in: two) == "{\"format\":\"caseledger-ledger\",\"version\":2}\n")
    }

    @Test func anyOtherFormatVersionIsAUsageError() throws {
        let dir = TemporaryDirectory()
        let run = try Self.bench.run(["--format-version", "3", "--only", "import", "--dir", dir.path])
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains("--format-version is 1 or 2; got 3"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "nothing is made")
    }

    /// The single appends' baseline writes exactly the ledger's bytes for the same events, and
    /// both sides of every round are whole (they take turns, so neither can be cut short).
    @Test func theSingleAppendsBaselineWritesTheLedgersOwnLinesEveryRound() throws {
        let dir = TemporaryDirectory()
        let run = try Self.bench.run(["--events", "200", "--appends", "60", "--rounds", "2", "--only", "appends", "--keep", "--dir", dir.path])
        #expect(run.exitCode == 0, "\(run.stdout)\n\(run.stderr)")
        let work = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix("caseledger-bench-") })
        let root = dir.path + "/" + work
        let lines = try Data(contentsOf: URL(fileURLWithPath: root + "/single-lines/segment-0000000000000001.jsonl"))
        #expect(lines.filter { $0 == 0x0A }.count == 60)
        for round in 1...2 {
            let raw = try Data(contentsOf: URL(fileURLWithPath: root + "/single-\(round)/raw.log"))
            #expect(raw == lines, "round \(round): the raw loop wrote the ledger's lines, in order")
            let segment = try Data(contentsOf: URL(fileURLWithPath: root + "/single-\(round)/ledger/segment-0000000000000001.jsonl"))
            #expect(segment.filter { $0 == 0x0A }.count == 60, "round \(round): the ledger took all 60 appends")
            #expect(segment.count == lines.count, "round \(round): lines of the same sizes")
        }
    }

    /// The verify figure says the CPU time of both sides too: verify runs on every core and
    /// `openssl` on one, so the wall-clock ratio alone hides what each costs.
    @Test func theVerifyFigureGivesBothSidesCPUTime() throws {
        let dir = TemporaryDirectory()
        let run = try Self.bench.run(["--events", "300", "--batch", "50", "--rounds", "1", "--only", "verify", "--dir", dir.path])
        #expect(run.exitCode == 0, "\(run.stdout)\n\(run.stderr)")
        let line = try #require(run.stdout.split(separator: "\n").first { $0.contains("verify's CPU time") }, "\(run.stdout)")
        #expect(line.contains(" ms, `openssl dgst -sha256` "), "\(line)")
        #expect(line.contains("× openssl's CPU"), "\(line)")
    }
}
