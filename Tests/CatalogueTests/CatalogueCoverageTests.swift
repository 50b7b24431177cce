import CaseLedger
import CaseService
import JSONSchemaValidation
import LedgerJSON
import Testing

@Suite("The event catalogue lists every event type")
struct CatalogueCoverageTests {
    @Test("every case, staff register and configuration event type has a v1 schema and a v1 example")
    func everyTypeHasSchemaAndExample() throws {
        #expect(CaseEvent.allTypeNames.count == 55)  // issue 17: retention adds legalHoldPlaced, legalHoldLifted, erasureAuthorised
        #expect(StaffEvent.allTypeNames.count == 6)
        let directories = Set(try Catalogue.directoryNames())
        for type in Catalogue.allTypeNames {
            #expect(directories.contains(type), "events/catalogue has no directory for \(type)")
            guard directories.contains(type) else { continue }
            let files = try Catalogue.fileNames(of: type)
            #expect(files.contains("v1.schema.json"), "\(type) has no v1.schema.json")
            #expect(files.contains("v1.example.json"), "\(type) has no v1.example.json")
        }
    }

    @Test("no catalogue directory lacks an event type, and each holds only versioned schemas and examples")
    func noDirectoryWithoutType() throws {
        let known = Set(Catalogue.allTypeNames)
        for name in try Catalogue.directoryNames() {
            #expect(known.contains(name), "events/catalogue/\(name) is not an event type this build knows")
            for file in try Catalogue.fileNames(of: name) {
                let versioned = file.wholeMatch(of: /v[1-9][0-9]*\.(schema|example)\.json/) != nil
                #expect(versioned, "events/catalogue/\(name)/\(file) is not vN.schema.json or vN.example.json")
            }
        }
    }

    @Test("each version has both a schema and an example, and versions run from 1 without gaps")
    func versionsArePaired() throws {
        for type in try Catalogue.directoryNames() {
            let files = try Catalogue.fileNames(of: type)
            let versions = Set(files.compactMap { file -> Int? in
                guard let m = file.wholeMatch(of: /v([1-9][0-9]*)\.(schema|example)\.json/) else { return nil }
                return Int(m.1)
            })
            #expect(versions == Set(1...max(1, versions.max() ?? 1)), "\(type): versions \(versions.sorted())")
            for v in versions {
                #expect(files.contains("v\(v).schema.json") && files.contains("v\(v).example.json"),
                    "\(type) v\(v) needs both a schema and an example")
            }
        }
    }

    @Test("every example is of the schema version this build writes")
    func examplesAreCurrentVersion() throws {
        for type in Catalogue.allTypeNames {
            let example = try Catalogue.example(type)
            if type == ConfigurationPublished.typeName {
                #expect(ConfigurationPublished.schemaVersion == 1)
                _ = try ConfigurationPublished(json: example, at: "")
            } else if StaffEvent.allTypeNames.contains(type) {
                #expect(try StaffEvent.decode(type: type, schema: 1, payload: example).schemaVersion == 1, "\(type)")
            } else {
                #expect(try CaseEvent.decode(type: type, schema: 1, payload: example).schemaVersion == 1, "\(type)")
            }
        }
    }

    @Test("every schema compiles", arguments: Catalogue.allTypeNames)
    func schemaCompiles(type: String) throws {
        do {
            _ = try JSONSchema(try Catalogue.schemaDocument(type))
        } catch {
            Issue.record("\(type): \(error)")
        }
    }

    @Test("every schema names draft 2020-12, its $id, a title and a plain-English description",
        arguments: Catalogue.allTypeNames)
    func schemaHeader(type: String) throws {
        let document = try Catalogue.schemaDocument(type)
        #expect(document["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(document["$id"] == .string("https://caseledger.example/events/\(type)/v1"))
        #expect(document["title"] == .string("\(type), schema version 1"))
        #expect((document["description"]?.stringValue?.count ?? 0) >= 10, "\(type) needs a description")
        #expect(document["type"] == .string("object"))
    }

    @Test("schema and example files are pretty-printed: sorted keys, 2-space indent, final newline",
        arguments: Catalogue.allTypeNames)
    func filesArePrettyPrinted(type: String) throws {
        for kind in ["schema", "example"] {
            let bytes = try Catalogue.bytes(type, kind)
            let text = Catalogue.text(try JSONParser.parse(bytes))
            #expect(Array(text.utf8) == bytes, "\(type)/v1.\(kind).json is not in pretty-printed form")
        }
    }
}

@Suite("events/README.md lists the catalogue")
struct CatalogueReadmeTests {
    static func readme() throws -> String {
        try String(contentsOf: Catalogue.directory.deletingLastPathComponent().appendingPathComponent("README.md"),
            encoding: .utf8)
    }

    @Test("every type has a row linking its schema and example")
    func everyTypeHasARow() throws {
        let text = try Self.readme()
        for type in Catalogue.allTypeNames {
            #expect(text.contains("| `\(type)` |"), "events/README.md has no row for \(type)")
            #expect(text.contains("[schema](catalogue/\(type)/v1.schema.json)"), "\(type): no schema link")
            #expect(text.contains("[example](catalogue/\(type)/v1.example.json)"), "\(type): no example link")
        }
    }

    @Test("every rule code it names is a rule of the domain")
    func ruleCodesExist() throws {
        let codes = Set(Rule.allCases.map(\.code))
        let named = try Self.readme().matches(of: /`([a-z]+(?:-[a-z0-9]+)+)`/).map { String($0.1) }
        #expect(named.count > 50)
        for code in Set(named) {
            #expect(codes.contains(code), "events/README.md names `\(code)`, which is not a rule code")
        }
    }
}
