/// How the request reached the council: the Client Level Data `Request_Route_of_Access` list.
public enum RouteOfAccess: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<RouteOfAccess>()

    /// Planned entry, e.g. transition from children's services.
    case plannedEntryTransition
    /// Discharge from hospital.
    case dischargeFromHospital
    /// Diversion from hospital services.
    case diversionFromHospitalServices
    /// From the community or another route.
    case communityOrOtherRoute
    /// From prison.
    case prison
    /// A self-funder.
    case selfFunder
    /// Discharge from reablement.
    case dischargeFromReablement
    /// Transfer from another council.
    case transferFromOtherCouncil
}
