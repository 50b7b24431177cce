import CaseLedger
import CaseService
import Foundation
import JSONSchemaValidation
import LedgerJSON
import Testing

/// The event catalogue in `events/catalogue/`: one directory per event type, holding
/// `v<N>.schema.json` (JSON Schema draft 2020-12) and `v<N>.example.json` for each schema
/// version. Found from this file's place in the repository, so the tests read the committed files.
///
/// The story builders under `Support/` are copied from `Tests/CaseLedgerTests/Support` (test
/// targets cannot import each other): they drive `decide` to produce the events the code writes.
enum Catalogue {
    /// The repository's `events/catalogue` directory.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // CatalogueTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the repository
        .appendingPathComponent("events/catalogue", isDirectory: true)

    /// Every case event type, then every staff register event type, then the configuration's.
    static let allTypeNames: [String] = CaseEvent.allTypeNames + StaffEvent.allTypeNames + [ConfigurationPublished.typeName]

    /// The type directories present in the catalogue.
    static func directoryNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { name in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(
                    atPath: directory.appendingPathComponent(name).path, isDirectory: &isDirectory)
                    && isDirectory.boolValue
            }
            .sorted()
    }

    /// The file names in one type's directory.
    static func fileNames(of type: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(type).path).sorted()
    }

    /// The bytes of `<type>/v<version>.<kind>.json`.
    static func bytes(_ type: String, version: Int = 1, _ kind: String) throws -> [UInt8] {
        let url = directory.appendingPathComponent(type).appendingPathComponent("v\(version).\(kind).json")
        return Array(try Data(contentsOf: url))
    }

    /// The parsed schema document of `type`.
    static func schemaDocument(_ type: String, version: Int = 1) throws -> JSONValue {
        try JSONParser.parse(try bytes(type, version: version, "schema"))
    }

    /// The parsed example of `type`.
    static func example(_ type: String, version: Int = 1) throws -> JSONValue {
        try JSONParser.parse(try bytes(type, version: version, "example"))
    }

    /// The compiled v1 schema of `type`, compiled once per test process.
    static func schema(_ type: String) throws -> JSONSchema {
        guard let result = compiled[type] else {
            throw CatalogueError(message: "no catalogue entry for \(type)")
        }
        return try result.get()
    }

    /// Every v1 schema, compiled.
    private static let compiled: [String: Result<JSONSchema, any Error>] = {
        var all: [String: Result<JSONSchema, any Error>] = [:]
        for type in allTypeNames {
            all[type] = Result { try JSONSchema(try schemaDocument(type)) }
        }
        return all
    }()

    /// Reads a payload of `type` the way the ledger's readers do, then writes it back: the
    /// payload as this build stores it. Throws the reader's error when it cannot be read.
    static func decodeAndEncode(_ type: String, schema: Int = 1, _ payload: JSONValue) throws -> JSONValue {
        if StaffEvent.allTypeNames.contains(type) {
            return try StaffEvent.decode(type: type, schema: schema, payload: payload).payload
        }
        if type == ConfigurationPublished.typeName {
            guard schema == ConfigurationPublished.schemaVersion else {
                throw PayloadDecodingError(field: "", problem: "schema \(schema) of \(type) is not supported")
            }
            return try ConfigurationPublished(json: payload, at: "").json
        }
        return try CaseEvent.decode(type: type, schema: schema, payload: payload).payload
    }

    /// True when the domain's reader accepts `payload` as a `type` event.
    static func decodes(_ type: String, _ payload: JSONValue) -> Bool {
        (try? decodeAndEncode(type, payload)) != nil
    }

    /// The text form of the catalogue: pretty-printed with sorted keys and 2-space indents, and a
    /// final newline.
    static func text(_ value: JSONValue) -> String { value.prettyPrinted(indent: 2) + "\n" }
}

/// A problem finding something in the catalogue.
struct CatalogueError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
