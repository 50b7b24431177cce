import Foundation
import Testing

/// `caseledger mirror --ledger SRC --to DIR`, run as the built executable: an off-site copy, file
/// for file, that refuses to extend a history the ledger no longer has (issue 16 item 7).
@Suite struct MirrorCommandTests {
    let caseledger = Executable.caseledger

    /// A ledger made with `caseledger init` and `append` (batches of two notes), and a mirror path.
    final class Pair {
        let tmp = TemporaryDirectory()
        var ledger: String { tmp.child("ledger") }
        var mirror: String { tmp.child("mirror") }
        var n = 0

        init(batches: Int) throws {
            let made = try Executable.caseledger.run(["init", ledger])
            #expect(made.exitCode == 0, "\(made.stderr)")
            try append(batches: batches)
        }

        /// Appends `batches` batches of two notes.
        func append(batches: Int, stream: String = "N-1") throws {
            for _ in 0..<batches {
                n += 2
                let run = try Executable.caseledger.run(
                    ["append", "--ledger", ledger], stdin: stdin([inputLine(stream: stream, n: n - 1), inputLine(stream: stream, n: n)]))
                #expect(run.exitCode == 0, "\(run.stderr)")
            }
        }

        /// The segment files and manifest of `dir`.
        func logFiles(_ dir: String) -> [String: Data] { snapshot(of: dir).filter { $0.key.hasPrefix("segment-") || $0.key == "ledger.json" } }

        /// The only segment's path in `dir`.
        func segment(_ dir: String) -> String { dir + "/segment-0000000000000001.jsonl" }

        /// The hash line `seq` of the only segment states.
        func statedHash(_ dir: String, seq: Int) throws -> String {
            let text = try String(contentsOfFile: segment(dir), encoding: .utf8)
            let line = text.split(separator: "\n")[seq - 1]
            return String(line.dropFirst(9).prefix(64))
        }

        func run(_ extra: [String] = []) throws -> Executable.Run {
            try Executable.caseledger.run(["mirror", "--ledger", ledger, "--to", mirror] + extra)
        }

        /// Runs the mirror expecting a refusal with `code`; neither directory may change.
        func expectRefusal(_ code: String, to target: String? = nil) throws -> String {
            let before = (snapshot(of: ledger), snapshot(of: target ?? mirror))
            let run = try Executable.caseledger.run(["mirror", "--ledger", ledger, "--to", target ?? mirror])
            #expect(run.exitCode == 3, "\(run.stdout)")
            #expect(run.stderr.contains("[\(code)]"), "\(run.stderr)")
            #expect(snapshot(of: ledger) == before.0)
            #expect(snapshot(of: target ?? mirror) == before.1)
            return run.stderr
        }
    }

    @Test func theFirstRunCopiesTheLedgerFileForFileAndALaterRunOnlyWhatIsNew() throws {
        let pair = try Pair(batches: 3)
        let first = try pair.run()
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stdout.contains("made a mirror"))
        #expect(first.stdout.contains("copied 6 events in 3 batches"))
        #expect(pair.logFiles(pair.mirror) == pair.logFiles(pair.ledger))

        try pair.append(batches: 1)
        let second = try pair.run()
        #expect(second.exitCode == 0, "\(second.stderr)")
        #expect(second.stdout.contains("copied 2 events in 1 batch (") && second.stdout.contains("seq 7 to 8"), "\(second.stdout)")
        #expect(pair.logFiles(pair.mirror) == pair.logFiles(pair.ledger))

        let again = try pair.run()
        #expect(again.stdout.hasPrefix("nothing new"), "\(again.stdout)")
        // The mirror is a ledger: verify reads it and finds the ledger's head.
        let verifyLedger = try caseledger.run(["verify", "--ledger", pair.ledger])
        let verifyMirror = try caseledger.run(["verify", "--ledger", pair.mirror])
        #expect(verifyMirror.exitCode == 0)
        #expect(verifyMirror.stdout.split(separator: "\n").first == verifyLedger.stdout.split(separator: "\n").first)
    }

    @Test func anUnfinishedBatchInTheLedgerIsNotCopied() throws {
        let pair = try Pair(batches: 2)
        let committed = try Data(contentsOf: URL(fileURLWithPath: pair.segment(pair.ledger)))
        let handle = try #require(FileHandle(forWritingAtPath: pair.segment(pair.ledger)))
        handle.seekToEndOfFile()
        handle.write(Data("{\"hash\":\"00\",\"header\":{\"actor\":\"S-1\"".utf8))
        try handle.close()
        let run = try pair.run()
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: pair.segment(pair.mirror))) == committed)
    }

    @Test func aRewrittenHistoryIsRefusedAndNeitherDirectoryChanges() throws {
        let pair = try Pair(batches: 3)
        #expect(try pair.run().exitCode == 0)
        let mirrored = try pair.statedHash(pair.mirror, seq: 3)
        // The council's copy is rewritten from seq 3 on: the first batch kept, the rest recorded
        // again with other content, so every later hash is recomputed and the ledger still verifies.
        let text = try String(contentsOfFile: pair.segment(pair.ledger), encoding: .utf8)
        let firstBatch = text.split(separator: "\n").prefix(2).map { $0 + "\n" }.joined()
        try Data(firstBatch.utf8).write(to: URL(fileURLWithPath: pair.segment(pair.ledger)))
        try? FileManager.default.removeItem(atPath: pair.ledger + "/index")
        try pair.append(batches: 3, stream: "N-2")
        #expect(try caseledger.run(["verify", "--ledger", pair.ledger]).exitCode == 0)
        let rewritten = try pair.statedHash(pair.ledger, seq: 3)

        let stderr = try pair.expectRefusal("mirror-not-a-prefix")
        #expect(stderr.contains("holds seq 3 with hash \(mirrored) but the ledger at \(pair.ledger) holds \(rewritten)"), "\(stderr)")
        #expect(stderr.contains("they agree up to seq 2"))
    }

    @Test func aLedgerRolledBackIsRefused() throws {
        let pair = try Pair(batches: 3)
        #expect(try pair.run().exitCode == 0)
        let text = try String(contentsOfFile: pair.segment(pair.ledger), encoding: .utf8)
        try Data(text.split(separator: "\n").prefix(4).map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: pair.segment(pair.ledger)))
        try? FileManager.default.removeItem(atPath: pair.ledger + "/index")
        let stderr = try pair.expectRefusal("mirror-ahead-of-ledger")
        #expect(stderr.contains("holds events up to seq 6 but the ledger at \(pair.ledger) ends at seq 4"), "\(stderr)")
    }

    @Test func theLedgerItselfOrADirectoryInsideItIsRefused() throws {
        let pair = try Pair(batches: 1)
        try FileManager.default.createSymbolicLink(atPath: pair.tmp.child("link"), withDestinationPath: pair.ledger)
        _ = try pair.expectRefusal("mirror-is-the-ledger", to: pair.ledger)
        _ = try pair.expectRefusal("mirror-is-the-ledger", to: pair.tmp.child("link"))
        _ = try pair.expectRefusal("mirror-inside-ledger", to: pair.ledger + "/copy")
        _ = try pair.expectRefusal("mirror-inside-ledger", to: pair.tmp.child("link") + "/copy")
        #expect(!FileManager.default.fileExists(atPath: pair.ledger + "/copy"))
        _ = try pair.expectRefusal("ledger-inside-mirror", to: pair.tmp.path)
    }

    @Test func aTargetHoldingSomethingElseIsRefused() throws {
        let pair = try Pair(batches: 1)
        try FileManager.default.createDirectory(atPath: pair.mirror, withIntermediateDirectories: false)
        try Data("minutes".utf8).write(to: URL(fileURLWithPath: pair.mirror + "/minutes.txt"))
        _ = try pair.expectRefusal("mirror-target-unusable")
    }

    @Test func withoutTheMirrorDirectoryItIsAUsageError() throws {
        let pair = try Pair(batches: 1)
        let run = try caseledger.run(["mirror", "--ledger", pair.ledger])
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains("--to"))
        let help = try caseledger.run(["mirror", "--help"])
        #expect(help.exitCode == 0)
        #expect(help.stdout.contains("--full"))
    }
}
