import Foundation

/// Runs a built executable of this package (found next to the test bundle) and captures what it
/// does: exit code, standard output and standard error.
struct Executable {
    /// The program file.
    let url: URL

    /// This package's built product `name`.
    init(name: String) { url = Executable.productsDirectory.appendingPathComponent(name) }

    /// A program elsewhere, such as /usr/bin/env.
    init(path: String) { url = URL(fileURLWithPath: path) }

    /// The result of one run.
    struct Run {
        let exitCode: Int32
        let stdout: String
        let stderr: String
    }

    /// The directory holding this package's built products (.build/<config>).
    static let productsDirectory: URL = {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    }()

    /// Runs with `arguments`, feeding `stdin`, with `environment` added to (or, with a nil value,
    /// removed from) this process's environment, in `directory` (default: this process's).
    @discardableResult
    func run(_ arguments: [String], stdin: Data = Data(), environment: [String: String?] = [:], directory: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = url
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes concurrently so that neither fills and blocks the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var out = Data(), err = Data()
        group.enter()
        DispatchQueue.global().async { out = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { err = error.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        try? input.fileHandleForWriting.write(contentsOf: stdin)
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Run(exitCode: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    static let caseledger = Executable(name: "caseledger")
    static let stress = Executable(name: "caseledger-stress")
    static let audit = Executable(name: "caseledger-audit")
}

/// A fresh temporary directory, removed when the value is deinitialised.
final class TemporaryDirectory {
    let path: String

    init() {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("caseledger-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A path inside the directory.
    func child(_ name: String) -> String { path + "/" + name }
}

/// Every file under `dir` (relative path → bytes), for "byte-for-byte unchanged" checks.
func snapshot(of dir: String) -> [String: Data] {
    var out: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: dir) else { return out }
    for case let relative as String in walker {
        var isDirectory: ObjCBool = false
        let full = dir + "/" + relative
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
            out[relative] = FileManager.default.contents(atPath: full)
        }
    }
    return out
}
