/// A reason no contribution may be charged. While one applies the customer's contribution
/// is zero (Care Act s14; Charging Regulations 2014; Mental Health Act 1983 s117).
public enum ContributionExemption: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ContributionExemption>()

    /// Services to a carer (free under the seed councils' charging policies).
    case carerServices
    /// Mental health aftercare under s117 of the Mental Health Act 1983.
    case section117Aftercare
    /// Reablement or intermediate care within the free period.
    case reablement
    /// Care for a person with Creutzfeldt-Jakob disease.
    case creutzfeldtJakobDisease
    // issue 15: charging
    /// Community equipment: an aid for nursing at home or daily living (a plan line's).
    case communityEquipment
    /// A minor adaptation to the home costing no more than the configured limit (£1,000) (a
    /// plan line's).
    case minorAdaptation

    /// The exemption in words, for rejection messages and notices.
    public var words: String {
        switch self {
        case .carerServices: "carers' services are free"
        case .section117Aftercare: "s117 mental health aftercare is free"
        case .reablement: "reablement is free for its first weeks"
        case .creutzfeldtJakobDisease: "care for a person with Creutzfeldt-Jakob disease is free"
        case .communityEquipment: "community equipment (aids) is free"
        case .minorAdaptation: "a minor adaptation is free"
        }
    }
}
