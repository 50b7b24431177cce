import Foundation
import LedgerStore

/// The repository's root directory (this file is Tests/EndToEndTests/Support.swift).
let repositoryRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// What the independent Python verifier (tools/verify-ledger.py) says about a ledger.
struct PythonVerdict {
    let exitCode: Int32
    let stdout: String
    let stderr: String

    /// The fault's position as "segment line N (seq S)", when it names one.
    var position: String? {
        guard stderr.hasPrefix("fault: "), let colon = stderr.dropFirst(7).range(of: "): ") else { return nil }
        return String(stderr.dropFirst(7)[..<colon.lowerBound]) + ")"
    }
}

/// Runs `python3 tools/verify-ledger.py dir`.
func pythonVerify(_ dir: String) throws -> PythonVerdict {
    let run = try Executable(path: "/usr/bin/env").run(["python3", repositoryRoot + "/tools/verify-ledger.py", dir])
    return PythonVerdict(exitCode: run.exitCode, stdout: run.stdout, stderr: run.stderr)
}

/// Every committed event a handle sees.
func allEvents(of ledger: Ledger) throws -> [StoredEvent] {
    var out: [StoredEvent] = []
    try ledger.forEachEvent { out.append($0) }
    return out
}

/// An event line for `caseledger append` input.
func inputLine(stream: String = "C-1001", type: String = "noteAdded", n: Int) -> String {
    #"{"stream": "\#(stream)", "type": "\#(type)", "actor": "S-17", "data": {"n": \#(n)}}"#
}

/// Lines joined into standard input, each ending with a newline.
func stdin(_ lines: [String]) -> Data { Data(lines.map { $0 + "\n" }.joined().utf8) }

/// A started child process whose standard output is collected, and its standard error kept in a
/// file of a temporary directory (a file, not a pipe, so a child that writes much there never
/// blocks), for the message of a child that fails.
final class RunningProcess {
    let process = Process()
    private let output = Pipe()
    private let errorDirectory = TemporaryDirectory()
    private var errorPath: String { errorDirectory.child("stderr") }

    init(_ executable: Executable, _ arguments: [String]) throws {
        process.executableURL = executable.url
        process.arguments = arguments
        process.standardOutput = output
        _ = FileManager.default.createFile(atPath: errorDirectory.child("stderr"), contents: nil)
        process.standardError = FileHandle(forWritingAtPath: errorDirectory.child("stderr")) ?? FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Blocks until the child writes something (or closes its output); returns what it wrote.
    func firstOutput() -> Data { output.fileHandleForReading.availableData }

    /// Waits for the child to end; returns its exit status and everything else it wrote.
    func finish() -> (status: Int32, output: Data) {
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, rest)
    }

    /// What the child wrote to standard error so far (after `finish`, all of it).
    var errors: String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }

    func kill() { Glibc.kill(process.processIdentifier, SIGKILL) }
}

/// The seqs a `caseledger-stress append` child acknowledged: one per complete output line.
func acknowledgedSeqs(_ output: Data) -> [Int64] {
    var text = String(decoding: output, as: UTF8.self)
    if let end = text.lastIndex(of: "\n") { text = String(text[...end]) } else { text = "" }
    return text.split(separator: "\n").compactMap { Int64($0) }
}

extension String {
    /// The text with every run of spaces and line breaks made one space: for finding a phrase in
    /// text output wrapped to the terminal's width (`case show`, `staff show`, reports).
    var flowed: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
