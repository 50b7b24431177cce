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
    /// Reads a JSON string on a tape.
    public init(tape: borrowing JSONTape.Value, at path: borrowing String) throws(PayloadDecodingError) {
        self.init(rawValue: try String(tape: tape, at: path))
    }

    /// Orders roles by name.
    public static func < (a: StaffRole, b: StaffRole) -> Bool { a.rawValue < b.rawValue }

    /// A registered social worker.
    public static let socialWorker: StaffRole = "socialWorker"
    /// A social care assessor.
    public static let socialCareAssessor: StaffRole = "socialCareAssessor"
    /// An occupational therapist.
    public static let occupationalTherapist: StaffRole = "occupationalTherapist"
    /// A community psychiatric (practice) nurse.
    public static let communityPsychiatricNurse: StaffRole = "communityPsychiatricNurse"
    /// A team manager (line manager of allocated workers).
    public static let teamManager: StaffRole = "teamManager"
    /// An officer who completes financial assessments.
    public static let financialAssessmentOfficer: StaffRole = "financialAssessmentOfficer"
    /// The chair of the Risk Enablement Panel.
    public static let panelChair: StaffRole = "panelChair"
    /// The manager who handles complaints.
    public static let complaintsManager: StaffRole = "complaintsManager"
    /// A contact centre advisor.
    public static let contactAdvisor: StaffRole = "contactAdvisor"
    /// An administrator of the staff register.
    public static let registerAdministrator: StaffRole = "registerAdministrator"
}
