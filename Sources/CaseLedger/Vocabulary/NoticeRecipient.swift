/// Whom a written notice was sent to.
public enum NoticeRecipient: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<NoticeRecipient>()

    /// The person the case is about.
    case person
    /// The person's carer.
    case carer
    /// The person's independent advocate (Care Act 2014 s67).
    case advocate
    /// A person authorised to receive direct payments for someone lacking capacity (Care Act
    /// 2014 s32).
    case authorisedPerson
    /// A person nominated by the person to receive direct payments (Care Act 2014 s31).
    case nominatedPerson
    /// An attorney or deputy under the Mental Capacity Act 2005.
    case attorneyOrDeputy
    /// Someone else the person asked the council to write to.
    case otherRepresentative

    /// The recipient in words: "the person", "their advocate".
    public var words: String {
        switch self {
        case .person: "the person"
        case .carer: "their carer"
        case .advocate: "their advocate"
        case .authorisedPerson: "the authorised person"
        case .nominatedPerson: "the nominated person"
        case .attorneyOrDeputy: "their attorney or deputy"
        case .otherRepresentative: "their representative"
        }
    }
}
