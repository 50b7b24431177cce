/// Where evaluation is: the part of the value being checked and the path taken through the
/// schema to get there.
struct EvaluationPlace {
    /// JSON Pointer to the part of the value being checked.
    var instancePath: String
    /// JSON Pointer to the schema being applied, along the path evaluation took.
    var schemaPath: String
    /// The member name being checked when a `propertyNames` schema is applied to it.
    var propertyName: String?

    /// The start: the whole value, the root schema.
    static let root = EvaluationPlace(instancePath: "", schemaPath: "", propertyName: nil)

    /// One step further into the schema: a keyword, an array index or a property name.
    func schema(_ token: String) -> EvaluationPlace {
        var place = self
        place.schemaPath = JSONPointer.appending(token, to: schemaPath)
        return place
    }

    /// The keyword `name` in the same schema as the keyword `schemaPath` ends with.
    func sibling(_ name: String) -> EvaluationPlace {
        var place = self
        let scalars = schemaPath.unicodeScalars
        let parent = scalars.lastIndex(of: "/").map { String(scalars[..<$0]) } ?? ""
        place.schemaPath = JSONPointer.appending(name, to: parent)
        return place
    }

    /// The object member `key` of the value being checked.
    func member(_ key: String) -> EvaluationPlace {
        EvaluationPlace(
            instancePath: JSONPointer.appending(key, to: instancePath), schemaPath: schemaPath,
            propertyName: nil)
    }

    /// The array element `index` of the value being checked.
    func element(_ index: Int) -> EvaluationPlace {
        member(String(index))
    }

    /// Who a message is about: the pointer, "the value" for the whole value, or the member
    /// name being checked by `propertyNames`.
    var subject: String {
        if let propertyName {
            let name = "field name " + SchemaText.show(.string(propertyName))
            return instancePath.isEmpty ? name : "\(name) in \(instancePath)"
        }
        return instancePath.isEmpty ? "the value" : instancePath
    }

    /// `text` prefixed with the location ("/plan: …"), or unchanged for the whole value.
    func located(_ text: String) -> String {
        if propertyName == nil && instancePath.isEmpty { return text }
        return "\(subject): \(text)"
    }

    /// A violation found here, by the keyword at the current schema path.
    func violation(_ message: String) -> SchemaViolation {
        SchemaViolation(instancePath: instancePath, schemaPath: schemaPath, message: message)
    }
}
