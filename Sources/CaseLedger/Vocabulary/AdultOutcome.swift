/// The 10 outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, reg 2(2),
/// against which an adult's needs assessment records whether each is achieved.
public enum AdultOutcome: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<AdultOutcome>()

    /// Reg 2(2)(a).
    case managingNutrition
    /// Reg 2(2)(b).
    case maintainingPersonalHygiene
    /// Reg 2(2)(c).
    case managingToiletNeeds
    /// Reg 2(2)(d).
    case beingAppropriatelyClothed
    /// Reg 2(2)(e).
    case usingTheHomeSafely
    /// Reg 2(2)(f).
    case maintainingAHabitableHome
    /// Reg 2(2)(g).
    case developingFamilyAndOtherRelationships
    /// Reg 2(2)(h).
    case accessingWorkTrainingEducationOrVolunteering
    /// Reg 2(2)(i).
    case usingCommunityFacilitiesAndServices
    /// Reg 2(2)(j).
    case caringForAChild

    /// The outcome in the regulation's words.
    public var words: String {
        switch self {
        case .managingNutrition: "managing and maintaining nutrition"
        case .maintainingPersonalHygiene: "maintaining personal hygiene"
        case .managingToiletNeeds: "managing toilet needs"
        case .beingAppropriatelyClothed: "being appropriately clothed"
        case .usingTheHomeSafely: "being able to make use of the home safely"
        case .maintainingAHabitableHome: "maintaining a habitable home environment"
        case .developingFamilyAndOtherRelationships: "developing and maintaining family or other personal relationships"
        case .accessingWorkTrainingEducationOrVolunteering: "accessing and engaging in work, training, education or volunteering"
        case .usingCommunityFacilitiesAndServices: "making use of necessary facilities or services in the local community including public transport and recreational facilities or services"
        case .caringForAChild: "carrying out any caring responsibilities the adult has for a child"
        }
    }
}
