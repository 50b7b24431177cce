/// The 7 essential components of a support plan. A plan is not signed off unless all are
/// present.
public enum PlanComponent: String, PayloadEnum, Comparable {
    case importantToThePerson
    case changesToAchieve
    case howSupported
    case budgetAndCost
    case dayToDayManagement
    case stayingInControl
    case actionsToMakeItHappen

    /// Its number, 1–7.
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    /// What it must say.
    public var words: String {
        switch self {
        case .importantToThePerson: "what is important to the person"
        case .changesToAchieve: "what they want to change or achieve"
        case .howSupported: "how they will be supported"
        case .budgetAndCost: "cost for the year"
        case .dayToDayManagement: "how the support is managed day to day"
        case .stayingInControl: "how the person stays in control"
        case .actionsToMakeItHappen: "the actions that make the plan happen"
        }
    }

    public static func < (a: PlanComponent, b: PlanComponent) -> Bool { a.number < b.number }
}
