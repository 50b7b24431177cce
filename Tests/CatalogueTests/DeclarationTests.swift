import Foundation
import Testing

/// The payloads declared in `declarations/*.decl` and the Swift that `tools/gen-declarations.py`
/// writes from them: the committed Swift is exactly what the declarations say, so a field is
/// added, removed or changed in its declaration and nowhere else.
@Suite("Declarations and the Swift written from them")
struct DeclarationTests {
    /// The repository's root directory.
    static let root: URL = Catalogue.directory.deletingLastPathComponent().deletingLastPathComponent()

    /// What one run of the generator wrote to its output and errors, and how it ended.
    struct Run {
        let status: Int32
        let errors: String
    }

    /// Runs `python3 tools/gen-declarations.py` with `arguments` on the copy of the tool under
    /// `root`.
    static func generator(_ arguments: [String], root: URL = Self.root) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("tools/gen-declarations.py").path] + arguments
        process.currentDirectoryURL = root
        let errors = Pipe()
        process.standardOutput = errors
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, errors: text)
    }

    @Test("the committed Swift is what the declarations say")
    func generatedSwiftIsFresh() throws {
        let run = try Self.generator(["--check"])
        #expect(run.status == 0, "run `python3 tools/gen-declarations.py` and commit what it writes:\n\(run.errors)")
    }

    @Test("given a generated file edited by hand, when checked, then the check fails naming that file")
    func aStaleFileIsNamed() throws {
        let copy = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("caseledger-declarations-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: copy) }
        let files = FileManager.default
        try files.createDirectory(at: copy.appendingPathComponent("tools"), withIntermediateDirectories: true)
        try files.copyItem(
            at: Self.root.appendingPathComponent("tools/gen-declarations.py"),
            to: copy.appendingPathComponent("tools/gen-declarations.py"))
        try files.copyItem(at: Self.root.appendingPathComponent("declarations"), to: copy.appendingPathComponent("declarations"))

        #expect(try Self.generator([], root: copy).status == 0)
        #expect(try Self.generator(["--check"], root: copy).status == 0)

        let edited = "Sources/CaseLedger/Events/Payloads/PlanSignedOff.swift"
        let url = copy.appendingPathComponent(edited)
        try (String(contentsOf: url, encoding: .utf8) + "// an edit by hand\n").write(to: url, atomically: true, encoding: .utf8)
        let run = try Self.generator(["--check"], root: copy)
        #expect(run.status == 1)
        #expect(run.errors.contains(edited), "\(run.errors)")
    }
}
