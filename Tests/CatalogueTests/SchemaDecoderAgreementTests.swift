import CaseLedger
import Testing

/// The schemas say exactly what the domain's reader accepts: for many small changes to each
/// example (a member removed, a value of another type or null, an unknown member added, an
/// impossible date, an unknown word), the schema accepts the changed payload exactly when
/// `CaseEvent.decode` (or `StaffEvent.decode`) reads it. The schemas are stricter than the reader
/// only where `decide` enforces a rule on every event it writes (money never negative, a
/// sign-off limit above zero, no correction of a correction or dispute marker); those are
/// tested in `BrokenPayloadTests`, and no change made here touches them.
@Suite("Schema and reader agree")
struct SchemaDecoderAgreementTests {
    /// One changed payload and what was changed.
    struct Mutation {
        let change: String
        let payload: JSONValue
    }

    /// Values put in place of each member or element in turn.
    static let replacements: [JSONValue] = [
        .null, .string("x"), .string("2026-02-30"), .string("0000-01-01"), .string("2026-04-01"),
        .integer(7), .bool(true), .array([]), .array([.string("x")]), .object([:]),
    ]

    /// Every mutation of `value` (at `path`), each rebuilt into the whole payload by `rebuild`.
    static func mutations(
        of value: JSONValue, at path: String, rebuild: (JSONValue) -> JSONValue
    ) -> [Mutation] {
        var out: [Mutation] = []
        if !path.isEmpty {
            for r in replacements where r != value {
                out.append(Mutation(change: "\(path) = \(r.prettyPrinted(indent: 0))", payload: rebuild(r)))
            }
        }
        switch value {
        case .object(let members):
            var extra = members
            extra["unexpectedMember"] = .string("x")
            out.append(Mutation(change: "\(path)/unexpectedMember added", payload: rebuild(.object(extra))))
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                var without = members
                without[key] = nil
                out.append(Mutation(change: "\(path)/\(key) removed", payload: rebuild(.object(without))))
                out += mutations(of: member, at: "\(path)/\(key)") { replaced in
                    var changed = members
                    changed[key] = replaced
                    return rebuild(.object(changed))
                }
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                out += mutations(of: element, at: "\(path)/\(index)") { replaced in
                    var changed = elements
                    changed[index] = replaced
                    return rebuild(.array(changed))
                }
            }
        default:
            break
        }
        return out
    }

    @Test("on every small change to every example", arguments: Catalogue.allTypeNames)
    func agree(type: String) throws {
        let schema = try Catalogue.schema(type)
        let all = Self.mutations(of: try Catalogue.example(type), at: "") { $0 }
        #expect(all.count > 50)
        var disagreements: [String] = []
        // A rate table's lower capital limit is never above its upper one: a rule across two
        // fields, which the reader checks and a JSON Schema cannot say.
        for m in all where !(type == "configurationPublished" && m.change.hasSuffix("upperCapitalLimit = 7")) {
            let schemaAccepts = schema.isValid(m.payload)
            let readerAccepts = Catalogue.decodes(type, m.payload)
            if schemaAccepts != readerAccepts {
                disagreements.append("\(m.change): schema \(schemaAccepts ? "accepts" : "refuses"), reader \(readerAccepts ? "accepts" : "refuses")")
            }
        }
        #expect(disagreements.isEmpty, "\(type):\n\(disagreements.prefix(20).joined(separator: "\n"))")
    }
}
