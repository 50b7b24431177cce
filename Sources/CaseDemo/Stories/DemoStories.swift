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

    // issue 15: notices
    /// The written notice (`sendNotice`) of the last decision of `type` recorded on the case, sent
    /// on `date` under `role`: what was decided (`decided`, from the case as recorded so far) and
    /// why, in the person's words, with every right a letter states, citing the requirement's
    /// source (`NoticeRequirement`).
    static func notice(
        _ id: String, _ subject: NoticeSubject, of type: String, on date: String, role: StaffRole = .socialWorker,
        format: NoticeFormat = .standardPrint, language: String? = nil, to recipient: NoticeRecipient = .person, sentTo: String,
        decided: @escaping (CaseState) -> String, why: String
    ) -> (CaseState) -> CaseCommand {
        { state in
            let decision = state.history.last { $0.event.typeName == type }!
            var kind = decision.kind
            if case .eventCorrected(let c) = decision.event { kind = c.corrected.kind }
            return .sendNotice(NoticeSent(
                metadata: meta(role, date, references: NoticeRequirement.of(kind).map { [$0.source] } ?? []),
                noticeId: id, subject: subject, decisionEventId: decision.id, format: format, language: language,
                recipient: recipient, sentTo: sentTo, decisionStated: decided(state), reasonsStated: why,
                rightsStated: NoticeRight.allCases))
        }
    }

    /// The written notice of the last decision of `type`, with what was decided in fixed words.
    static func notice(
        _ id: String, _ subject: NoticeSubject, of type: String, on date: String, role: StaffRole = .socialWorker,
        format: NoticeFormat = .standardPrint, language: String? = nil, to recipient: NoticeRecipient = .person, sentTo: String,
        decided: String, why: String
    ) -> (CaseState) -> CaseCommand {
        notice(id, subject, of: type, on: date, role: role, format: format, language: language, to: recipient, sentTo: sentTo,
            decided: { _ in decided }, why: why)
    }

    /// The personal budget in force on `date` in words: "£860.00 a week: you pay £25.90 and the
    /// council £834.10".
    static func budgetWords(_ state: CaseState, on date: String) -> String {
        guard let b = state.personalBudget.value(on: day(date)) else { return "no personal budget" }
        return "\(b.weeklyTotal) a week: you pay \(b.weeklyCustomerContribution) and the council pays \(b.weeklyCouncilContribution)"
    }
}
