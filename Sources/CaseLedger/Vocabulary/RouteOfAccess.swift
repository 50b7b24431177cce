/// How the request reached the council: the Client Level Data `Request_Route_of_Access` list.
public enum RouteOfAccess: String, PayloadEnum {
    case plannedEntryTransition
    case dischargeFromHospital
    case diversionFromHospitalServices
    case communityOrOtherRoute
    case prison
    case selfFunder
    case dischargeFromReablement
    case transferFromOtherCouncil
}
