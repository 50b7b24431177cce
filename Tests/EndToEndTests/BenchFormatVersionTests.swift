import Foundation
import Testing

/// `caseledger-bench --format-version N` measures a ledger of that format: the import it times is
/// made in format N (its `ledger.json` says so), 2 when not given; any other N is a usage error.
@Suite struct BenchFormatVersionTests {
    static let bench = Executable(name: "caseledger-bench")

    /// A run with `arguments` keeping its data under `dir`: its output and the data's directory.
    static func keptRun(_ arguments: [String], in dir: TemporaryDirectory) throws -> (run: Executable.Run, root: String) {
        let run = try bench.run(arguments + ["--keep", "--dir", dir.path])
        #expect(run.exitCode == 0, "\(run.stdout)\n\(run.stderr)")
        let work = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix("caseledger-bench-") })
        return (run, dir.path + "/" + work)
    }

    /// The manifest of the ledger a tiny `--only import` run kept under `dir`.
    static func importedManifest(_ arguments: [String], in dir: TemporaryDirectory) throws -> String {
        let root = try keptRun(["--events", "200", "--batch", "50", "--rounds", "1", "--only", "import"] + arguments, in: dir).root
        return try String(contentsOfFile: root + "/import/ledger/ledger.json", encoding: .utf8)
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
        let root = try Self.keptRun(["--events", "200", "--appends", "60", "--rounds", "2", "--only", "appends"], in: dir).root
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

    /// The import's floor is measured in rounds, turn by turn with the import: in every round the
    /// raw loop writes exactly the bytes of a ledger made first from the same events in the same
    /// batches (its lines the sizes of the timed ledger's), each round prints its own ratio, and
    /// the table's ratio is the median of those, saying so.
    @Test func theImportFloorIsMeasuredInRoundsOverTheLedgersOwnBytes() throws {
        let dir = TemporaryDirectory()
        let (run, root) = try Self.keptRun(["--events", "300", "--batch", "50", "--rounds", "3", "--only", "import"], in: dir)
        func segments(_ ledger: String) throws -> Data {
            try FileManager.default.contentsOfDirectory(atPath: ledger).filter { $0.hasPrefix("segment-") }.sorted()
                .reduce(into: Data()) { $0 += try Data(contentsOf: URL(fileURLWithPath: ledger + "/" + $1)) }
        }
        let lines = try segments(root + "/import-lines"), imported = try segments(root + "/import/ledger")
        #expect(lines.filter { $0 == 0x0A }.count == 300 && imported.filter { $0 == 0x0A }.count == 300)
        #expect(imported.count == lines.count, "the timed ledger's lines are the sizes of the untimed one's")
        var written = Data()
        for round in 1...3 {
            let raw = try Data(contentsOf: URL(fileURLWithPath: root + "/import/raw-\(round).log"))
            #expect(raw.filter { $0 == 0x0A }.count == 100, "round \(round): two batches of 50")
            written += raw
        }
        #expect(written == lines, "the raw loop wrote the untimed ledger's bytes, in order, round by round")
        let out = run.stdout.split(separator: "\n").map(String.init)
        func ratio(_ text: Substring) -> Double? { Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "×", with: "")) }
        let perRound = try (1...3).map { round in
            let line = try #require(out.first { $0.hasPrefix("import, round \(round) (100 events): ") }, "\(run.stdout)")
            return try #require(ratio(line.split(separator: "(").last!.split(separator: ")").first!), "\(line)")
        }
        let row = try #require(out.first { $0.contains("≥ 0.8× (issue 16)") }, "\(run.stdout)")
        #expect(row.contains("taking turns with the import 10 batches at a time") && row.contains("(median of 3 rounds); the ratio is the median of each round's own ratio"), "\(row)")
        let cells = row.split(separator: "|", omittingEmptySubsequences: false)
        #expect(ratio(cells[4]) == perRound.sorted()[1], "the figure is the median of the rounds' own ratios: \(perRound) against \(row)")
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
