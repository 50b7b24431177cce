/// The outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, reg 3(2)(b),
/// against which a carer's assessment records whether each is achieved.
public enum CarerOutcome: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<CarerOutcome>()

    /// Reg 3(3)(a).
    case caringForAChild
    /// Reg 3(3)(b).
    case caringForOthers
    /// Reg 3(3)(c).
    case maintainingAHabitableHome
    /// Reg 3(3)(d).
    case managingNutrition
    /// Reg 3(3)(e).
    case developingRelationships
    /// Reg 3(3)(f).
    case accessingWorkTrainingEducationOrVolunteering
    /// Reg 3(3)(g).
    case usingCommunityFacilities
    /// Reg 3(3)(h).
    case engagingInRecreation

    /// The outcome in the regulation's words.
    public var words: String {
        switch self {
        case .caringForAChild: "carrying out any caring responsibilities the carer has for a child"
        case .caringForOthers: "providing care to other persons for whom the carer provides care"
        case .maintainingAHabitableHome: "maintaining a habitable home environment"
        case .managingNutrition: "managing and maintaining nutrition"
        case .developingRelationships: "developing and maintaining family or other personal relationships"
        case .accessingWorkTrainingEducationOrVolunteering: "engaging in work, training, education or volunteering"
        case .usingCommunityFacilities: "making use of necessary facilities or services in the local community"
        case .engagingInRecreation: "engaging in recreational activities"
        }
    }
}
