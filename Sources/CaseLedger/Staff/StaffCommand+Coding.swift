extension StaffCommand {
    /// The command's input, a JSON-readable object.
    public var input: any PayloadObject {
        switch self {
        case .addStaff(let p): p
        case .grantRole(let p): p
        case .revokeRole(let p): p
        case .grantSignOffLimit(let p): p
        case .revokeSignOffLimit(let p): p
        case .recordLeaving(let p): p
        }
    }

    /// The input as a JSON object (integers only; money in pence; dates `YYYY-MM-DD`).
    public var payload: JSONValue { input.json }

    /// Every command name, e.g. "addStaff".
    public static let allNames: [String] = [
        "addStaff",
        "grantRole",
        "revokeRole",
        "grantSignOffLimit",
        "revokeSignOffLimit",
        "recordLeaving",
    ]

    /// Reads a staff command from its name and JSON input; an error names the field at fault.
    public static func decode(name: String, payload: JSONValue) throws(PayloadDecodingError) -> StaffCommand {
        let r = try PayloadReader(payload)
        switch name {
        case "addStaff": return .addStaff(try StaffAdded(from: r))
        case "grantRole": return .grantRole(try StaffRoleGranted(from: r))
        case "revokeRole": return .revokeRole(try StaffRoleRevoked(from: r))
        case "grantSignOffLimit": return .grantSignOffLimit(try SignOffLimitGranted(from: r))
        case "revokeSignOffLimit": return .revokeSignOffLimit(try SignOffLimitRevoked(from: r))
        case "recordLeaving": return .recordLeaving(try StaffLeft(from: r))
        default:
            throw PayloadDecodingError(field: "", problem: "\"\(name)\" is not a known staff command")
        }
    }
}
