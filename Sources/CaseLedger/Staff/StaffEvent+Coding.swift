extension StaffEvent {
    /// The payload as its protocol, for access common to every kind of staff register event.
    public var payloadValue: any StaffEventPayload {
        switch self {
        case .staffAdded(let p): p
        case .staffRoleGranted(let p): p
        case .staffRoleRevoked(let p): p
        case .signOffLimitGranted(let p): p
        case .signOffLimitRevoked(let p): p
        case .staffLeft(let p): p
        }
    }

    /// The stored event type name, e.g. "staffAdded".
    public var typeName: String { type(of: payloadValue).typeName }

    /// The payload schema version.
    public var schemaVersion: Int { type(of: payloadValue).schemaVersion }

    /// The decision metadata: acting role, effective date, reasons, references, notes.
    public var metadata: DecisionMetadata { payloadValue.metadata }

    /// The same fact with different decision metadata (used to build corrections).
    public func replacingMetadata(_ metadata: DecisionMetadata) -> StaffEvent {
        switch self {
        case .staffAdded(var p):
            p.metadata = metadata
            return .staffAdded(p)
        case .staffRoleGranted(var p):
            p.metadata = metadata
            return .staffRoleGranted(p)
        case .staffRoleRevoked(var p):
            p.metadata = metadata
            return .staffRoleRevoked(p)
        case .signOffLimitGranted(var p):
            p.metadata = metadata
            return .signOffLimitGranted(p)
        case .signOffLimitRevoked(var p):
            p.metadata = metadata
            return .signOffLimitRevoked(p)
        case .staffLeft(var p):
            p.metadata = metadata
            return .staffLeft(p)
        }
    }

    /// The payload as stored: a JSON object with integers only (money in pence).
    public var payload: JSONValue { payloadValue.json }

    /// Every stored type name of a staff register event, in lifecycle order.
    public static let allTypeNames: [String] = [
        "staffAdded",
        "staffRoleGranted",
        "staffRoleRevoked",
        "signOffLimitGranted",
        "signOffLimitRevoked",
        "staffLeft",
    ]

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
