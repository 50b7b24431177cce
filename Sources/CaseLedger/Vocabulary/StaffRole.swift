/// A role a member of staff may act under. Councils name their own roles, so this is an open
/// set of words; the well-known ones are provided.
public struct StaffRole: RawRepresentable, Hashable, Comparable, Sendable, PayloadValue,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The role's word, e.g. "socialWorker".
    public let rawValue: String

    /// The role named `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The role named by a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The word.
    public var description: String { rawValue }
    /// A JSON string.
    public var json: JSONValue { .string(rawValue) }
    /// Reads a JSON string.
    public init(json: JSONValue, at path: String) throws(PayloadDecodingError) {
        self.init(rawValue: try String(json: json, at: path))
    }

    public static func < (a: StaffRole, b: StaffRole) -> Bool { a.rawValue < b.rawValue }

    public static let socialWorker: StaffRole = "socialWorker"
    public static let socialCareAssessor: StaffRole = "socialCareAssessor"
    public static let occupationalTherapist: StaffRole = "occupationalTherapist"
    public static let communityPsychiatricNurse: StaffRole = "communityPsychiatricNurse"
    public static let teamManager: StaffRole = "teamManager"
    public static let financialAssessmentOfficer: StaffRole = "financialAssessmentOfficer"
    public static let panelChair: StaffRole = "panelChair"
    public static let complaintsManager: StaffRole = "complaintsManager"
    public static let contactAdvisor: StaffRole = "contactAdvisor"
    public static let registerAdministrator: StaffRole = "registerAdministrator"
}
