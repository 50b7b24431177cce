// issue 17: retention
/// Why a legal hold keeps a case's records beyond their retention period.
public enum LegalHoldReason: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<LegalHoldReason>()

    /// A public inquiry asked for the records to be kept (Inquiries Act 2005 s35 makes destroying
    /// evidence for an inquiry an offence), e.g. the UK COVID-19 Inquiry's hold on case records.
    case publicInquiry
    /// Litigation is under way or in prospect (Civil Procedure Rules Part 31: documents that may
    /// be disclosed must be preserved).
    case litigation
    /// A complaint or challenge outside this ledger is open (one recorded on the case blocks
    /// erasure without a hold).
    case complaintOrChallenge
    /// The Local Government and Social Care Ombudsman is investigating (Local Government Act 1974
    /// s29: the Ombudsman may require information and documents).
    case ombudsmanInvestigation

    /// The reason in words: "a public inquiry".
    public var words: String {
        switch self {
        case .publicInquiry: "a public inquiry"
        case .litigation: "litigation"
        case .complaintOrChallenge: "an open complaint or challenge"
        case .ombudsmanInvestigation: "an Ombudsman investigation"
        }
    }
}
