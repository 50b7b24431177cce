extension StaffEvent {
    /// Reads a stored staff register event: its type name, schema version and payload. Fails with an error
    /// naming the field when the payload does not match the type; unknown types and schema
    /// versions are errors too, never a crash.
    public static func decode(
        type: String, schema: Int, payload: JSONValue, at path: String = ""
    ) throws(PayloadDecodingError) -> StaffEvent {
        let r = try PayloadReader(payload, at: path)
        func check(_ supported: Int) throws(PayloadDecodingError) {
            guard schema == supported else {
                throw PayloadDecodingError(
                    field: path,
                    problem: "schema \(schema) of event type \"\(type)\" is not supported (this build reads schema \(supported))")
            }
        }
        switch type {
        case StaffAdded.typeName:
            try check(StaffAdded.schemaVersion)
            return .staffAdded(try StaffAdded(from: r))
        case StaffRoleGranted.typeName:
            try check(StaffRoleGranted.schemaVersion)
            return .staffRoleGranted(try StaffRoleGranted(from: r))
        case StaffRoleRevoked.typeName:
            try check(StaffRoleRevoked.schemaVersion)
            return .staffRoleRevoked(try StaffRoleRevoked(from: r))
        case SignOffLimitGranted.typeName:
            try check(SignOffLimitGranted.schemaVersion)
            return .signOffLimitGranted(try SignOffLimitGranted(from: r))
        case SignOffLimitRevoked.typeName:
            try check(SignOffLimitRevoked.schemaVersion)
            return .signOffLimitRevoked(try SignOffLimitRevoked(from: r))
        case StaffLeft.typeName:
            try check(StaffLeft.schemaVersion)
            return .staffLeft(try StaffLeft(from: r))
        default:
            throw PayloadDecodingError(field: path, problem: "\"\(type)\" is not a known staff register event type")
        }
    }
}
