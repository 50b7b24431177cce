import CLIKit
import Foundation
import Testing

/// Whole-file reads and atomic writes: what is written is read back, a replaced file is whole,
/// and a failure names the file and the system's reason and leaves nothing behind.
@Suite final class FileAccessTests {
    let dir: String

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("clikit-files-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    /// Every test's directory is removed, whatever the test did (before, tests that returned
    /// early or made the directory unwritable left theirs in the temporary directory).
    deinit { try? FileManager.default.removeItem(atPath: dir) }

    @Test(arguments: [0, 1, 65_535, 65_536, 200_001])
    func whatIsWrittenIsReadBackWhole(size: Int) throws {
        let path = dir + "/report.txt"
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try FileAccess.writeAtomically(bytes, to: path)
        #expect(try FileAccess.read(path) == bytes)
        #expect(FileAccess.exists(path))
        try? FileManager.default.removeItem(atPath: dir)
    }

    // issue 18: fast18
    @Test func partsAreWrittenOneAfterAnotherAsOneFile() throws {
        let path = dir + "/parts.bin"
        let parts: [[UInt8]] = [Array("CLOV".utf8), [], (0..<70_000).map { UInt8(truncatingIfNeeded: $0) }, [0xFF]]
        try FileAccess.writeAtomically(parts: parts, to: path)
        #expect(try FileAccess.read(path) == Array(parts.joined()))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["parts.bin"])
    }

    @Test func writingAgainReplacesTheFileAndLeavesNoTemporaryFile() throws {
        let path = dir + "/report.txt"
        try FileAccess.writeAtomically(Array("first, longer version\n".utf8), to: path)
        try FileAccess.writeAtomically(Array("second\n".utf8), to: path)
        #expect(try FileAccess.read(path) == Array("second\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["report.txt"])
        try? FileManager.default.removeItem(atPath: dir)
    }

    @Test func aMissingFileIsNamedWithTheSystemsReason() throws {
        let path = dir + "/absent.txt"
        #expect(!FileAccess.exists(path))
        #expect(throws: FileAccess.Failure(path: path, reason: "No such file or directory", errorNumber: ENOENT)) {
            try FileAccess.read(path)
        }
        try? FileManager.default.removeItem(atPath: dir)
    }

    @Test func aWriteIntoAMissingDirectoryFailsAndWritesNothing() throws {
        let path = dir + "/no-such-dir/report.txt"
        #expect(throws: FileAccess.Failure(path: path, reason: "No such file or directory", errorNumber: ENOENT)) {
            try FileAccess.writeAtomically([1, 2, 3], to: path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        try? FileManager.default.removeItem(atPath: dir)
    }

    @Test func theEnvironmentIsReadFromTheProcess() {
        let mine = ProcessInfo.processInfo.environment
        #expect(ProcessEnvironment.current == mine)
    }

    @Test func namedVariablesAreThoseSetAmongTheNames() {
        let mine = ProcessInfo.processInfo.environment
        let names = ["PATH", "HOME", "CASELEDGER_NO_SUCH_VARIABLE", "PATH"]
        #expect(ProcessEnvironment.variables(named: names) == mine.filter { names.contains($0.key) })
    }

    @Test func aSpecNamesTheVariablesOfItsOptionsAndSubcommands() {
        let leaf = CommandSpec(name: "leaf", abstract: "A leaf.", options: [OptionSpec("ledger", valueName: "DIR", help: "L.", environment: "LEDGER")])
        let root = CommandSpec(
            name: "root", abstract: "A root.", options: [OptionSpec("x", valueName: "X", help: "X.", environment: "X_VAR"), OptionSpec("y", valueName: "Y", help: "Y.")],
            subcommands: [leaf])
        #expect(root.environmentVariables == ["X_VAR", "LEDGER"])
    }
}
