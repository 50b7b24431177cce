/// The 7 essential components of a support plan. A plan is not signed off unless all are
/// present.
public enum PlanComponent: String, PayloadEnum, Comparable {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<PlanComponent>()

    /// 1. What is important to the person (to and for them).
    case importantToThePerson
    /// 2. What they want to change or achieve.
    case changesToAchieve
    /// 3. How they will be supported: what, when, by whom, how risks are managed.
    case howSupported
    /// 4. How the budget will be used and what the support costs for the year.
    case budgetAndCost
    /// 5. How the support will be managed day to day.
    case dayToDayManagement
    /// 6. How the person stays in control: who decides, how often reviews, what triggers one.
    case stayingInControl
    /// 7. The actions that make the plan happen: what, by whom, by when.
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

    /// Orders components by number.
    public static func < (a: PlanComponent, b: PlanComponent) -> Bool { a.number < b.number }
}
