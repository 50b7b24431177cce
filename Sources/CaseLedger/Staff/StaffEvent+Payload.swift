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
}
