@testable import CLIKit
import Foundation
import Glibc
import Testing

/// `-o FILE` writes what the path is (issue 18 item 1): a regular file atomically in place (its
/// mode kept), a symbolic link's target (the link kept), a named pipe as a stream, `-` to standard
/// output; a directory, a socket and a link to nothing are refused. Every link, pipe and socket is
/// made in the test's own temporary directory; no test names a path under /dev or /proc.
@Suite final class OutputFileTests {
    let dir: String

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("clikit-output-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    private func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: dir).sorted() }

    @Test func aNewPathIsWrittenWholeAndLeavesNoTemporaryFile() throws {
        let path = dir + "/report.txt"
        try OutputFile.write(Array("report\n".utf8), to: path)
        #expect(try FileAccess.read(path) == Array("report\n".utf8))
        #expect(try names() == ["report.txt"])
    }

    @Test func aReplacedRegularFileKeepsItsMode() throws {
        let path = dir + "/report.txt"
        try FileAccess.writeAtomically(Array("old, longer report\n".utf8), to: path)
        #expect(chmod(path, 0o600) == 0)
        try OutputFile.write(Array("new\n".utf8), to: path)
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o600)
        #expect(try FileAccess.read(path) == Array("new\n".utf8))
        #expect(try names() == ["report.txt"])
    }

    @Test func aSymbolicLinkIsKeptAndItsTargetIsReplaced() throws {
        let target = dir + "/target.html", link = dir + "/link.html"
        try FileAccess.writeAtomically(Array("old".utf8), to: target)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.html")
        var info = stat()
        #expect(stat(target, &info) == 0)
        #expect(try OutputFile.destination(of: link) == .regularFile(path: dir + "/target.html", mode: UInt32(info.st_mode & 0o7777)))
        try OutputFile.write(Array("new".utf8), to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.html")
        #expect(try FileAccess.read(target) == Array("new".utf8))
        #expect(try names() == ["link.html", "target.html"])
    }

    @Test func aChainOfLinksIsFollowedToTheFile() throws {
        let target = dir + "/target.txt"
        try FileAccess.writeAtomically(Array("old".utf8), to: target)
        try FileManager.default.createSymbolicLink(atPath: dir + "/one", withDestinationPath: target)
        try FileManager.default.createSymbolicLink(atPath: dir + "/two", withDestinationPath: "one")
        try OutputFile.write(Array("new".utf8), to: dir + "/two")
        #expect(try FileAccess.read(target) == Array("new".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/two") == "one")
    }

    @Test func aLinkToNothingIsRefusedAndNothingIsCreated() throws {
        let link = dir + "/dangling"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: dir + "/missing")
        #expect(throws: OutputFile.Failure(
            path: link, reason: "is a symbolic link to \(dir)/missing, which does not exist; create it or give another path", errorNumber: ENOENT)) {
            try OutputFile.write(Array("x".utf8), to: link)
        }
        #expect(try names() == ["dangling"])
    }

    @Test func aLoopOfLinksIsRefused() throws {
        try FileManager.default.createSymbolicLink(atPath: dir + "/a", withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: dir + "/b", withDestinationPath: "a")
        #expect(throws: OutputFile.Failure(path: dir + "/a", reason: String(cString: strerror(ELOOP)), errorNumber: ELOOP)) {
            try OutputFile.write(Array("x".utf8), to: dir + "/a")
        }
        #expect(try names() == ["a", "b"])
    }

    @Test func aDirectoryIsRefused() throws {
        try FileManager.default.createDirectory(atPath: dir + "/reports", withIntermediateDirectories: false)
        #expect(throws: OutputFile.Failure(path: dir + "/reports", reason: "is a directory; give a file name", errorNumber: EISDIR)) {
            try OutputFile.write(Array("x".utf8), to: dir + "/reports")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/reports").isEmpty)
        #expect(try names() == ["reports"])
    }

    @Test func aSocketIsRefused() throws {
        let path = dir + "/s"
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0, "binding a socket in \(dir)")
        #expect(throws: OutputFile.Failure(path: path, reason: "is a socket, which a report cannot be written to; give a file name or - for standard output", errorNumber: ENXIO)) {
            try OutputFile.write(Array("x".utf8), to: path)
        }
        var info = stat()
        #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFSOCK)
    }

    @Test func aNamedPipeIsWrittenAsAStreamAndStaysAPipe() throws {
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let report = Array(repeating: Array("a line of the report\n".utf8), count: 10_000).flatMap { $0 }  // more than a pipe holds
        let reader = PipeReader(fifo)
        try OutputFile.write(report, to: fifo)
        #expect(reader.wait() == report)
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try names() == ["pipe"])
    }

    @Test func aLinkToANamedPipeWritesThroughThePipe() throws {
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: dir + "/out", withDestinationPath: "pipe")
        let reader = PipeReader(fifo)
        try OutputFile.write(Array("through the link\n".utf8), to: dir + "/out")
        #expect(reader.wait() == Array("through the link\n".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/out") == "pipe")
    }

    @Test func aDashIsStandardOutput() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let output = BufferedOutput(descriptor: ends[1], name: "standard output")
        #expect(try OutputFile.destination(of: "-") == .standardOutput)
        try OutputFile.write(Array("to standard output\n".utf8), to: "-", standardOutput: output)
        close(ends[1])
        var buffer = [UInt8](repeating: 0, count: 100)
        let n = read(ends[0], &buffer, 100)
        #expect(Array(buffer.prefix(max(n, 0))) == Array("to standard output\n".utf8))
    }

    /// What a shell's `>(command)` passes is `/dev/fd/N` for an inherited pipe: the descriptor is
    /// written to as it is (the path's text is read; nothing under /dev is touched here).
    @Test func aDescriptorIsWrittenAsItIs() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        try OutputFile.write(Array("to the descriptor\n".utf8), to: .descriptor(ends[1]), named: "descriptor", standardOutput: StandardStreams.output)
        close(ends[1])
        var buffer = [UInt8](repeating: 0, count: 100)
        let n = read(ends[0], &buffer, 100)
        #expect(Array(buffer.prefix(max(n, 0))) == Array("to the descriptor\n".utf8))
    }

    @Test func descriptorPathsAreRecognisedByTheirText() {
        #expect(OutputFile.descriptorNumber(in: "/dev/fd/63", processID: 7) == 63)
        #expect(OutputFile.descriptorNumber(in: "/proc/self/fd/1", processID: 7) == 1)
        #expect(OutputFile.descriptorNumber(in: "/proc/7/fd/4", processID: 7) == 4)
        #expect(OutputFile.descriptorNumber(in: "/proc/8/fd/4", processID: 7) == nil)
        #expect(OutputFile.descriptorNumber(in: "/dev/fd/", processID: 7) == nil)
        #expect(OutputFile.descriptorNumber(in: "/dev/fd/6x", processID: 7) == nil)
        #expect(OutputFile.descriptorNumber(in: dir + "/fd/3", processID: 7) == nil)
    }

    @Test func aFailedReplacementLeavesTheOldFile() throws {
        let sub = dir + "/locked"
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: false)
        try FileAccess.writeAtomically(Array("old".utf8), to: sub + "/report.txt")
        #expect(chmod(sub, 0o500) == 0)
        defer { _ = chmod(sub, 0o700) }
        guard geteuid() != 0 else { return }  // root writes anyway
        #expect(throws: OutputFile.Failure.self) { try OutputFile.write(Array("new".utf8), to: sub + "/report.txt") }
        #expect(try FileAccess.read(sub + "/report.txt") == Array("old".utf8))
    }
}

/// Reads a named pipe to its end on a thread of its own (not the test's task pool, where a reader
/// waiting for a writer could hold the only threads the writer needs).
private final class PipeReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var bytes: [UInt8]?

    init(_ path: String) {
        Thread {
            self.bytes = try? FileAccess.read(path)
            self.done.signal()
        }.start()
    }

    /// What was read, once the writer closed the pipe (nil after 30 s or on a failure).
    func wait() -> [UInt8]? {
        done.wait(timeout: .now() + 30) == .success ? bytes : nil
    }
}
