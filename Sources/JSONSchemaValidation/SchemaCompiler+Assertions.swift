import LedgerJSON

extension SchemaCompiler {
    /// The rule for an assertion keyword (one that checks the value itself and holds no
    /// subschema), or nil when `site.name` is an applicator.
    func assertion(_ value: JSONValue, at site: KeywordSite) throws(SchemaError) -> SchemaRule? {
        switch site.name {
        case "type": return .type(try types(value, at: site))
        case "const": return .const(value)
        case "enum":
            guard let options = value.arrayValue, !options.isEmpty else {
                throw site.invalid("\"enum\" must be a non-empty list of the allowed values, not \(SchemaText.show(value))")
            }
            return .enumeration(options)
        case "required": return .required(try distinctStrings(value, at: site))
        case "dependentRequired": return .dependentRequired(try dependencies(value, at: site))
        case "minProperties": return .minProperties(try count(value, at: site))
        case "maxProperties": return .maxProperties(try count(value, at: site))
        case "minItems": return .minItems(try count(value, at: site))
        case "maxItems": return .maxItems(try count(value, at: site))
        case "uniqueItems":
            guard let unique = value.boolValue else {
                throw site.invalid("\"uniqueItems\" must be true or false, not \(SchemaText.kind(of: value))")
            }
            return .uniqueItems(unique)
        case "minLength": return .minLength(try count(value, at: site))
        case "maxLength": return .maxLength(try count(value, at: site))
        case "pattern":
            guard let source = value.stringValue else {
                throw site.invalid("\"pattern\" must be a string, not \(SchemaText.kind(of: value))")
            }
            return .pattern(try pattern(source, at: site.pointer))
        case "format": return .format(try format(value, at: site))
        case "minimum": return .minimum(try integer(value, at: site))
        case "maximum": return .maximum(try integer(value, at: site))
        case "exclusiveMinimum": return .exclusiveMinimum(try integer(value, at: site))
        case "exclusiveMaximum": return .exclusiveMaximum(try integer(value, at: site))
        case "multipleOf":
            let divisor = try integer(value, at: site)
            guard divisor > 0 else {
                throw site.invalid("\"multipleOf\" must be greater than 0, not \(divisor)")
            }
            return .multipleOf(divisor)
        default: return nil
        }
    }

    /// `type`: one type name, or a non-empty list of distinct type names.
    private func types(_ value: JSONValue, at site: KeywordSite) throws(SchemaError) -> [SchemaType] {
        let names: [String]
        if let name = value.stringValue {
            names = [name]
        } else {
            names = try distinctStrings(value, at: site)
            guard !names.isEmpty else { throw site.invalid("\"type\" must name at least one type") }
        }
        var types: [SchemaType] = []
        for name in names {
            guard let type = SchemaType(rawValue: name) else {
                let known = SchemaType.allCases.map(\.rawValue).joined(separator: ", ")
                throw site.invalid("\"type\" names \(SchemaText.show(.string(name))), which is not one of: \(known)")
            }
            types.append(type)
        }
        return types
    }

    /// `dependentRequired`: an object whose members are lists of distinct strings.
    private func dependencies(
        _ value: JSONValue, at site: KeywordSite
    ) throws(SchemaError) -> [(property: String, requires: [String])] {
        guard let members = value.objectValue else {
            throw site.invalid("\"dependentRequired\" must be an object whose members are lists of field names, not \(SchemaText.kind(of: value))")
        }
        var rules: [(property: String, requires: [String])] = []
        for key in members.keys.sorted() {
            let name = key.string
            let member = KeywordSite(name: name, schema: site.pointer)
            rules.append((name, try distinctStrings(members[name]!, at: member)))
        }
        return rules
    }

    /// `format`: one of the names `SchemaFormat` checks.
    private func format(_ value: JSONValue, at site: KeywordSite) throws(SchemaError) -> SchemaFormat {
        guard let name = value.stringValue else {
            throw site.invalid("\"format\" must be a string, not \(SchemaText.kind(of: value))")
        }
        guard let format = SchemaFormat(rawValue: name) else {
            let known = SchemaFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw SchemaError(
                .unsupportedKeyword, at: site.pointer,
                "the format \(SchemaText.show(value)) is not supported (formats are checked here, not ignored); supported formats: \(known)")
        }
        return format
    }
}
