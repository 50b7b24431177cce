/// What a costed line of a support plan buys. Decides, with the configuration, whether a
/// direct payment may pay for it.
public enum ServiceKind: String, PayloadEnum {
    case personalAssistant
    case homeCare
    case dayOpportunity
    case shortBreak
    case permanentResidentialCare
    case permanentNursingCare
    case nhsService
    case councilProvidedService
    case equipment
    case communityActivity
    case tutoringOrLearning
    case transport
    case assistiveTechnology
    case otherSupport
}
