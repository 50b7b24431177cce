import CaseLedger

/// The demo's cases, one file each, after the seed stories (Halton: Joe; Warwickshire: Paul,
/// Mrs A, Mrs C and a carer) and the domain's scenario tests.
enum DemoStories {
    /// The seven components of a support plan, with the words that matter to the story.
    static func components(
        important: String, changes: String, how: String, budget: String, dayToDay: String,
        control: String = "the person decides, with the people who know them best; reviewed after 6 weeks",
        actions: String
    ) -> PlanComponents {
        PlanComponents([
            .importantToThePerson: important, .changesToAchieve: changes, .howSupported: how, .budgetAndCost: budget,
            .dayToDayManagement: dayToDay, .stayingInControl: control, .actionsToMakeItHappen: actions,
        ])
    }

    /// A finding for every adult outcome: those named are not achieved, on the grounds given.
    static func outcomes(_ notAchieved: [AdultOutcome: [InabilityGround]], notes: [AdultOutcome: String] = [:]) -> [AdultOutcomeFinding] {
        AdultOutcome.allCases.map { o in
            AdultOutcomeFinding(outcome: o, achieved: notAchieved[o] == nil, grounds: notAchieved[o] ?? [], notes: notes[o])
        }
    }

    /// A delivery arrangement, with the payment worked out from the weekly amount.
    static func arrangement(
        _ mechanism: DeliveryMechanism, lines: [String], weekly: Money, frequency: PaymentFrequency, heldBy: String
    ) -> DeliveryArrangement {
        let payment: Money = switch frequency {
        case .weekly, .oneOff: weekly
        case .fourWeekly: weekly.times(4)
        case .monthly: Money(pence: weekly.pence * 52 / 12)
        }
        return DeliveryArrangement(
            mechanism: mechanism, lineIds: lines, weeklyAmount: weekly, paymentAmount: payment, frequency: frequency, heldBy: heldBy)
    }

    /// A financial assessment as corrected: the same assessment with `change` applied and the
    /// contribution worked out again as the domain does (income and tariff income, less the
    /// Minimum Income Guarantee, disability-related expenditure and housing costs; never below
    /// nothing).
    static func corrected(_ fa: FinancialAssessmentCompleted, _ change: (inout FinancialAssessmentCompleted) -> Void) -> FinancialAssessmentCompleted {
        var f = fa
        change(&f)
        let left = f.weeklyIncome + f.weeklyTariffIncome - f.weeklyMinimumIncomeGuarantee - f.weeklyDisabilityRelatedExpenditure - f.weeklyHousingCosts
        f.weeklyContribution = f.paysFullCost ? .zero : max(left, .zero)
        return f
    }
}
