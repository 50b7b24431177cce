/// Why information was withheld from a subject access disclosure.
public enum WithholdingGround: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<WithholdingGround>()

    /// It identifies another person who has not consented, and disclosure without consent is not
    /// reasonable (Data Protection Act 2018 Sch 2 Pt 3 paras 16-17).
    case thirdPartyInformation
    /// Disclosing social work data would be likely to cause serious harm to the physical or mental
    /// health of the person or another individual (Data Protection Act 2018 Sch 3 Pt 3 para 11).
    case seriousHarm

    /// The ground as cited: "Data Protection Act 2018 Sch 3 Pt 3 para 11".
    public var source: String {
        switch self {
        case .thirdPartyInformation: "Data Protection Act 2018 Sch 2 Pt 3 paras 16-17"
        case .seriousHarm: "Data Protection Act 2018 Sch 3 Pt 3 para 11"
        }
    }
}
