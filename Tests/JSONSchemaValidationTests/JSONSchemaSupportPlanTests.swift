import LedgerJSON
import Testing

@testable import JSONSchemaValidation

/// A realistic event payload: a support plan agreed for a person, with seven components, each
/// costed in pence line by line. (That each line's cost is units × unit cost, and the plan's
/// total is the sum, is arithmetic JSON Schema cannot express; the domain checks it.)
@Suite struct JSONSchemaSupportPlanTests {
    static let schema = ##"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://caseledger.example/events/supportPlanAgreed/1",
          "title": "supportPlanAgreed, schema version 1",
          "type": "object",
          "required": ["planId", "effectiveDate", "reviewDate", "frequency", "agreedBy", "components", "totalPence"],
          "additionalProperties": false,
          "properties": {
            "planId": {"type": "string", "format": "uuid"},
            "effectiveDate": {"$ref": "#/$defs/date"},
            "reviewDate": {"$ref": "#/$defs/date"},
            "frequency": {"enum": ["weekly", "four-weekly"]},
            "agreedBy": {
              "type": "object", "required": ["workerId", "agreedAt"], "additionalProperties": false,
              "properties": {
                "workerId": {"type": "string", "pattern": "^S-[0-9]+$"},
                "agreedAt": {"type": "string", "format": "date-time"},
                "email": {"type": "string", "format": "email"}
              }
            },
            "components": {"type": "array", "minItems": 1, "maxItems": 20, "items": {"$ref": "#/$defs/component"}},
            "totalPence": {"$ref": "#/$defs/pence"},
            "notes": {"type": "string", "maxLength": 2000}
          },
          "$defs": {
            "pence": {"type": "integer", "minimum": 0, "description": "money in pence"},
            "date": {"type": "string", "format": "date"},
            "line": {
              "type": "object", "required": ["description", "units", "unitCostPence", "costPence"], "additionalProperties": false,
              "properties": {
                "description": {"type": "string", "minLength": 1, "maxLength": 200},
                "units": {"type": "integer", "minimum": 1},
                "unitCostPence": {"$ref": "#/$defs/pence"},
                "costPence": {"$ref": "#/$defs/pence"}
              }
            },
            "component": {
              "type": "object", "required": ["componentId", "kind", "startDate", "lines", "costPence"], "additionalProperties": false,
              "properties": {
                "componentId": {"type": "string", "pattern": "^SP-[0-9]{3}$"},
                "kind": {"enum": ["homeCare", "dayOpportunities", "respite", "directPayment", "equipment", "transport", "carerSupport"]},
                "provider": {"type": "string", "minLength": 1},
                "paymentAccountRef": {"type": "string"},
                "startDate": {"$ref": "#/$defs/date"},
                "endDate": {"$ref": "#/$defs/date"},
                "endReason": {"type": "string"},
                "lines": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/line"}},
                "costPence": {"$ref": "#/$defs/pence"}
              },
              "dependentRequired": {"endDate": ["endReason"]},
              "if": {"properties": {"kind": {"const": "directPayment"}}},
              "then": {"required": ["paymentAccountRef"]},
              "else": {"required": ["provider"]}
            }
          }
        }
        """##

    static let example = ##"""
        {
          "planId": "5f0c2a1e-8d3b-4c6e-9a27-1b4d6e8f0a13",
          "effectiveDate": "2025-04-07",
          "reviewDate": "2025-10-06",
          "frequency": "weekly",
          "agreedBy": {"workerId": "S-17", "agreedAt": "2025-04-01T14:05:00+01:00", "email": "s.okafor@council.example.gov.uk"},
          "components": [
            {"componentId": "SP-001", "kind": "homeCare", "provider": "Brightside Care Ltd", "startDate": "2025-04-07",
             "lines": [{"description": "morning call, 45 minutes", "units": 7, "unitCostPence": 1875, "costPence": 13125},
                       {"description": "evening call, 30 minutes", "units": 7, "unitCostPence": 1250, "costPence": 8750}],
             "costPence": 21875},
            {"componentId": "SP-002", "kind": "dayOpportunities", "provider": "Riverside Day Centre", "startDate": "2025-04-07",
             "lines": [{"description": "day session", "units": 2, "unitCostPence": 4500, "costPence": 9000}], "costPence": 9000},
            {"componentId": "SP-003", "kind": "respite", "provider": "Oakfield House", "startDate": "2025-04-07",
             "lines": [{"description": "overnight respite, pro rata", "units": 1, "unitCostPence": 2400, "costPence": 2400}], "costPence": 2400},
            {"componentId": "SP-004", "kind": "directPayment", "paymentAccountRef": "DPA-0042", "startDate": "2025-04-07",
             "lines": [{"description": "personal assistant hours", "units": 6, "unitCostPence": 1300, "costPence": 7800}], "costPence": 7800},
            {"componentId": "SP-005", "kind": "equipment", "provider": "Community Equipment Service", "startDate": "2025-04-07",
             "endDate": "2025-04-07", "endReason": "one-off purchase",
             "lines": [{"description": "perching stool", "units": 1, "unitCostPence": 3999, "costPence": 3999}], "costPence": 3999},
            {"componentId": "SP-006", "kind": "transport", "provider": "Dial-a-Ride", "startDate": "2025-04-07",
             "lines": [{"description": "return journey to day centre", "units": 2, "unitCostPence": 650, "costPence": 1300}], "costPence": 1300},
            {"componentId": "SP-007", "kind": "carerSupport", "provider": "Carers' Centre", "startDate": "2025-04-14",
             "lines": [{"description": "carer break, 3 hours", "units": 1, "unitCostPence": 0, "costPence": 0}], "costPence": 0}
          ],
          "totalPence": 46374,
          "notes": "Agreed with Mrs Patel and her daughter at home."
        }
        """##

    @Test("the example payload is valid")
    func exampleIsValid() throws {
        let schema = try compiledSchema(Self.schema)
        let example = try parsedJSON(Self.example)
        #expect(schema.validate(example) == [])
        #expect(example["components"]?.arrayValue?.count == 7)
    }

    /// One change to the example and exactly the violations it must cause.
    struct Mistake: Sendable, CustomTestStringConvertible {
        let name: String
        let pointer: String
        let replacement: JSONValue?
        let expected: [SchemaViolation]
        var testDescription: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            name: "a cost written as a string", pointer: "/components/3/costPence", replacement: "7800",
            expected: [SchemaViolation(
                instancePath: "/components/3/costPence",
                schemaPath: "/properties/components/items/$ref/properties/costPence/$ref/type",
                message: "/components/3/costPence must be an integer, not a string")]),
        Mistake(
            name: "the effective date left out", pointer: "/effectiveDate", replacement: nil,
            expected: [SchemaViolation(instancePath: "", schemaPath: "/required", message: "missing required field \"effectiveDate\"")]),
        Mistake(
            name: "a frequency the council does not use", pointer: "/frequency", replacement: "monthly",
            expected: [SchemaViolation(
                instancePath: "/frequency", schemaPath: "/properties/frequency/enum",
                message: "/frequency: \"monthly\" is not one of: weekly, four-weekly")]),
        Mistake(
            name: "a review date that does not exist", pointer: "/reviewDate", replacement: "2025-09-31",
            expected: [SchemaViolation(
                instancePath: "/reviewDate", schemaPath: "/properties/reviewDate/$ref/format",
                message: "/reviewDate: \"2025-09-31\" is not a real date written YYYY-MM-DD (e.g. 2025-04-01)")]),
        Mistake(
            name: "pounds instead of pence, as an extra field", pointer: "/components/0/lines/1/costPounds", replacement: 87,
            expected: [SchemaViolation(
                instancePath: "/components/0/lines/1/costPounds",
                schemaPath: "/properties/components/items/$ref/properties/lines/items/$ref/additionalProperties",
                message: "/components/0/lines/1: unexpected field \"costPounds\"")]),
        Mistake(
            name: "a negative unit cost", pointer: "/components/5/lines/0/unitCostPence", replacement: -650,
            expected: [SchemaViolation(
                instancePath: "/components/5/lines/0/unitCostPence",
                schemaPath: "/properties/components/items/$ref/properties/lines/items/$ref/properties/unitCostPence/$ref/minimum",
                message: "/components/5/lines/0/unitCostPence must be at least 0, not -650")]),
        Mistake(
            name: "a direct payment without its account", pointer: "/components/3/paymentAccountRef", replacement: nil,
            expected: [SchemaViolation(
                instancePath: "/components/3", schemaPath: "/properties/components/items/$ref/then/required",
                message: "/components/3: missing required field \"paymentAccountRef\"")]),
        Mistake(
            name: "a provided service without its provider", pointer: "/components/1/provider", replacement: nil,
            expected: [SchemaViolation(
                instancePath: "/components/1", schemaPath: "/properties/components/items/$ref/else/required",
                message: "/components/1: missing required field \"provider\"")]),
        Mistake(
            name: "an end date without a reason", pointer: "/components/4/endReason", replacement: nil,
            expected: [SchemaViolation(
                instancePath: "/components/4", schemaPath: "/properties/components/items/$ref/dependentRequired/endDate",
                message: "/components/4: field \"endReason\" is required when \"endDate\" is present")]),
        Mistake(
            name: "a component id in the wrong form", pointer: "/components/6/componentId", replacement: "SP-7",
            expected: [SchemaViolation(
                instancePath: "/components/6/componentId",
                schemaPath: "/properties/components/items/$ref/properties/componentId/pattern",
                message: "/components/6/componentId: \"SP-7\" does not match the pattern ^SP-[0-9]{3}$")]),
        Mistake(
            name: "no components at all", pointer: "/components", replacement: [],
            expected: [SchemaViolation(
                instancePath: "/components", schemaPath: "/properties/components/minItems",
                message: "/components must have at least 1 item, not 0")]),
        Mistake(
            name: "an agreement time without an offset", pointer: "/agreedBy/agreedAt", replacement: "2025-04-01T14:05:00",
            expected: [SchemaViolation(
                instancePath: "/agreedBy/agreedAt", schemaPath: "/properties/agreedBy/properties/agreedAt/format",
                message: "/agreedBy/agreedAt: \"2025-04-01T14:05:00\" is not a date and time in RFC 3339 form (e.g. 2025-04-01T09:30:00Z)")]),
    ]

    @Test("each mistake in the payload is reported exactly, with both paths", arguments: mistakes)
    func mistakeReported(_ mistake: Mistake) throws {
        let schema = try compiledSchema(Self.schema)
        let payload = try #require(Self.replacing(mistake.pointer, in: try parsedJSON(Self.example), with: mistake.replacement))
        #expect(schema.validate(payload) == mistake.expected)
    }

    @Test("several mistakes at once are all reported, in order")
    func severalMistakes() throws {
        var payload = try parsedJSON(Self.example)
        payload = try #require(Self.replacing("/frequency", in: payload, with: "fortnightly"))
        payload = try #require(Self.replacing("/components/2/lines/0/units", in: payload, with: 0))
        payload = try #require(Self.replacing("/totalPence", in: payload, with: nil))
        let found = try compiledSchema(Self.schema).validate(payload)
        #expect(found.map(\.instancePath) == ["", "/components/2/lines/0/units", "/frequency"])
    }

    /// `document` with the member or element at `pointer` set to `replacement`, or removed
    /// when it is nil; nil when the pointer's parent does not exist.
    static func replacing(_ pointer: String, in document: JSONValue, with replacement: JSONValue?) -> JSONValue? {
        guard let tokens = JSONPointer.tokens(pointer), let first = tokens.first else { return replacement }
        let rest = JSONPointer.pointer(Array(tokens.dropFirst()))
        switch document {
        case .object(var members):
            if rest.isEmpty {
                members[first] = replacement
            } else {
                guard let child = members[first], let updated = replacing(rest, in: child, with: replacement) else { return nil }
                members[first] = updated
            }
            return .object(members)
        case .array(var elements):
            guard let index = Int(first), elements.indices.contains(index) else { return nil }
            if rest.isEmpty {
                if let replacement { elements[index] = replacement } else { elements.remove(at: index) }
            } else {
                guard let updated = replacing(rest, in: elements[index], with: replacement) else { return nil }
                elements[index] = updated
            }
            return .array(elements)
        default:
            return nil
        }
    }
}
