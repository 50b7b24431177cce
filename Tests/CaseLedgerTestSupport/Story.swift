import CaseLedger
import Testing

/// How far the standard adult case has gone: each step includes the ones before it.
public enum Step: Int, Comparable, CaseIterable, Sendable {
    case opened, assessed, eligible, financiallyAssessed, indicativeBudget, planDrafted,
        budgetSet, signedOff, delivered

    /// Orders steps as the case goes through them.
    public static func < (a: Step, b: Step) -> Bool { a.rawValue < b.rawValue }
}

extension TestCase {
    /// The standard adult case taken through `step`, every command through `decide`:
    /// referral 1 April 2026; needs assessment A-1 (3 outcomes not achieved) 8 April; eligible
    /// 9 April; financial assessment F-1 (£23.10 a week) 13 April; indicative budget £300.00
    /// 14 April; plan P-1 (£240.00 a week) 20 April; personal budget £240.00 (customer £23.10,
    /// council £216.90) and sign-off by S-2 27 April; direct payment for L1 and managed account
    /// for L2 from 4 May.
    public static func adult(upTo step: Step) -> TestCase {
        var c = TestCase()
        c.record(Make.referral())
        c.record(Make.allocate())
        if step >= .assessed {
            c.record(.assessNeeds(Make.needsAssessment(notAchieved: [
                .managingNutrition: [.cannotWithoutAssistance],
                .maintainingPersonalHygiene: [.significantPainDistressOrAnxiety],
                .usingCommunityFacilitiesAndServices: [.cannotWithoutAssistance],
            ])))
        }
        if step >= .eligible {
            c.record(Make.determine())
            c.record(Make.notice())
        }
        if step >= .financiallyAssessed { c.record(Make.financial(), by: TestStaff.financeOfficer) }
        if step >= .indicativeBudget { c.record(Make.indicative()) }
        if step >= .planDrafted { c.record(Make.draft()) }
        if step >= .budgetSet { c.record(Make.budget()) }
        if step >= .signedOff { c.record(Make.signOff(), by: TestStaff.teamManager) }
        if step >= .delivered { c.record(Make.deliver()) }
        return c
    }

    // issue 15: charging (deadlines)
    /// The standard adult case signed off on 27 April 2026 with its services arranged from
    /// `date` (by default 11 May): the first review's window counts from then.
    public static func delivered(from date: String = "2026-05-11") -> TestCase {
        var c = adult(upTo: .signedOff)
        c.record(Make.deliver(date: date))
        return c
    }
}
