/// A right a written notice states: every letter should say how to challenge the decision and
/// how to complain, and that the Local Government and Social Care Ombudsman can look at a
/// complaint once the council's procedure is finished (LGSCO guidance; DOMAIN.md, "Written
/// records and copies"). Which a notice must state: `NoticeRequirement.rightsMissing`.
public enum NoticeRight: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<NoticeRight>()

    /// How to challenge the decision.
    case challenge
    /// How to complain under the council's complaints procedure.
    case complain
    /// That the Local Government and Social Care Ombudsman can look at a complaint once the
    /// council's complaints procedure is finished.
    case ombudsman

    /// The right in words.
    public var words: String {
        switch self {
        case .challenge: "how to challenge the decision"
        case .complain: "how to complain"
        case .ombudsman: "that the Local Government and Social Care Ombudsman can look at a complaint once the council's procedure is finished"
        }
    }
}
