/// What a costed line of a support plan buys. Decides, with the configuration, whether a
/// direct payment may pay for it.
public enum ServiceKind: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ServiceKind>()

    /// A personal assistant employed or engaged by the person.
    case personalAssistant
    /// Home care from an agency.
    case homeCare
    /// Day services or opportunities.
    case dayOpportunity
    /// A short break or short care-home stay.
    case shortBreak
    /// Permanent residential care (no direct payment).
    case permanentResidentialCare
    /// Permanent nursing care (no direct payment).
    case permanentNursingCare
    /// An NHS or other health service (no direct payment).
    case nhsService
    /// A service the council itself provides (no direct payment).
    case councilProvidedService
    /// Equipment or minor adaptations.
    case equipment
    /// Community activities, leisure, membership.
    case communityActivity
    /// Tutoring, learning or education support.
    case tutoringOrLearning
    /// Transport.
    case transport
    /// Assistive technology.
    case assistiveTechnology
    /// Any other support.
    case otherSupport
}
