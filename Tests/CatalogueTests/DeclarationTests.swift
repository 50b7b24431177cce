import Foundation
import LedgerJSON
import Testing

/// The payloads declared in `events/declarations/*.decl` and what `tools/gen-declarations.py` writes from
/// them or checks against them: the committed Swift (payloads, values, command inputs, command
/// field tables) is exactly what the declarations say, and each event's catalogue schema lists
/// the declared fields, so a field is added, removed or changed in its declaration and nowhere
/// else without a test failing.
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

    @Test("the committed Swift and eventCorrected's schema are what the declarations say, and every event's schema agrees")
    func generatedFilesAreFresh() throws {
        let run = try Self.generator(["--check"])
        #expect(run.status == 0, "run `python3 tools/gen-declarations.py`, mend what it names, and commit:\n\(run.errors)")
    }

    /// A fresh copy of the tool, the declarations and the event catalogue in a temporary
    /// directory, with every file generated; removed by `remove()`.
    struct Copy {
        let root: URL

        init() throws {
            root = URL(fileURLWithPath: NSTemporaryDirectory())
                .appendingPathComponent("caseledger-declarations-\(UUID().uuidString)", isDirectory: true)
            let files = FileManager.default
            try files.createDirectory(at: root.appendingPathComponent("tools"), withIntermediateDirectories: true)
            try files.createDirectory(at: root.appendingPathComponent("events"), withIntermediateDirectories: true)
            for path in ["tools/gen-declarations.py", "events/declarations", "events/catalogue"] {
                try files.copyItem(at: DeclarationTests.root.appendingPathComponent(path), to: root.appendingPathComponent(path))
            }
            #expect(try DeclarationTests.generator([], root: root).status == 0)
            #expect(try DeclarationTests.generator(["--check"], root: root).status == 0)
        }

        /// Replaces `old` by `new` in the file at `path` (from the copy's root).
        func edit(_ path: String, replacing old: String, with new: String) throws {
            let url = root.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old), "\(path) holds no \(old)")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: false, encoding: .utf8)
        }

        /// Declares one more field, after `team`, on `WorkerAllocated`.
        func declareOnWorkerAllocated(doc: String, _ field: String) throws {
            try edit("events/declarations/case-events.decl", replacing: "    /// Their team.\n    team: String?\n",
                with: "    /// Their team.\n    team: String?\n    /// \(doc)\n    \(field)\n")
        }

        /// Expects the check to fail naming `path` as out of date.
        func expectOutOfDate(_ path: String) throws {
            let run = try DeclarationTests.generator(["--check"], root: root)
            #expect(run.status == 1)
            #expect(run.errors.contains("\(path) is out of date"), "\(run.errors)")
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test("given a generated file edited by hand, when checked, then the check fails naming that file")
    func aStaleFileIsNamed() throws {
        let copy = try Copy()
        defer { copy.remove() }
        let edited = "Sources/CaseLedger/Events/Payloads/PlanSignedOff.swift"
        try copy.edit(edited, replacing: "public var version: Int", with: "public var version: Int // an edit by hand")
        try copy.expectOutOfDate(edited)
    }

    @Test("given an optional field declared, when generated, then its event's schema and eventCorrected's copy list it")
    func aDeclaredFieldIsWrittenIntoTheSchemas() throws {
        let copy = try Copy()
        defer { copy.remove() }
        try copy.declareOnWorkerAllocated(doc: "The date the worker first visits, when arranged.", "firstVisit: CalendarDate?")
        #expect(try Self.generator([], root: copy.root).status == 0)

        let schema = try JSONParser.parse(Array(try Data(contentsOf: copy.root.appendingPathComponent("events/catalogue/workerAllocated/v1.schema.json"))))
        let property: JSONValue = [
            "anyOf": [["$ref": "#/$defs/date"], ["type": "null"]],
            "description": "The date the worker first visits, when arranged. Absent when there is none (null reads as absent).",
        ]
        #expect(schema["properties"]?["firstVisit"] == property)
        #expect(schema["required"] == (try Catalogue.schemaDocument("workerAllocated"))["required"])
        let correction = try JSONParser.parse(Array(try Data(contentsOf: copy.root.appendingPathComponent("events/catalogue/eventCorrected/v1.schema.json"))))
        #expect(correction["$defs"]?["workerAllocated.v1"]?["properties"]?["firstVisit"] == property)
        #expect(try Self.generator(["--check"], root: copy.root).status == 0)
    }

    @Test("given a value's field of another shape in a schema, when checked, then the schema is named; when generated, it is mended")
    func aSchemaDisagreeingOnAValueIsMended() throws {
        let copy = try Copy()
        defer { copy.remove() }
        let path = "events/catalogue/reviewCompleted/v1.schema.json"
        try copy.edit(path, replacing: "\"$ref\": \"#/$defs/ParticipantRole\"", with: "\"type\": \"string\"")
        try copy.expectOutOfDate(path)
        #expect(try Self.generator([], root: copy.root).status == 0)
        #expect(try Data(contentsOf: copy.root.appendingPathComponent(path)) == Data(try Catalogue.bytes("reviewCompleted", "schema")))
    }

    @Test("given a field of a vocabulary no schema defines, when generated, then the error names the schema and the definition")
    func aNewVocabularyIsLeftToWriteByHand() throws {
        let copy = try Copy()
        defer { copy.remove() }
        try copy.declareOnWorkerAllocated(doc: "How they travel.", "travel: TravelMode")
        let run = try Self.generator([], root: copy.root)
        #expect(run.status == 2)
        #expect(run.errors.contains("events/catalogue/workerAllocated/v1.schema.json: no schema in events/catalogue has $defs/TravelMode"), "\(run.errors)")
    }

    @Test("given a limit written into a correctable type's schema, when generated, then eventCorrected's copy of it follows")
    func theCorrectionSchemaFollowsEachTypesSchema() throws {
        let copy = try Copy()
        defer { copy.remove() }
        try copy.edit("events/catalogue/planSignedOff/v1.schema.json", replacing: "\"The version signed off.\",",
            with: "\"The version signed off.\",\n      \"minimum\": 1,")
        try copy.expectOutOfDate("events/catalogue/eventCorrected/v1.schema.json")
        #expect(try Self.generator([], root: copy.root).status == 0)
        let correction = try JSONParser.parse(Array(try Data(contentsOf: copy.root.appendingPathComponent("events/catalogue/eventCorrected/v1.schema.json"))))
        #expect(correction["$defs"]?["planSignedOff.v1"]?["properties"]?["version"]?["minimum"] == 1)
    }
}
