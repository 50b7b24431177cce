import CaseLedger
import Testing

/// Histories that between them record every event type, each produced by `decide`.
public enum GrandTour {
    /// An adult case through every stage: reablement, a refused then signed-off plan, a
    /// revision, a challenge to the Risk Enablement Panel, a complaint, a capacity assessment and the
    /// best-interests decision relying on it, a direct payment refused, decided necessary for a
    /// relative, agreed and terminated, a correction, a dispute, a safeguarding concern to its
    /// outcome, advocacy considered, a subject access request clarified, extended and answered,
    /// review, withdrawal, closure and reopening.
    public static let adult: TestCase = {
        var c = TestCase.adult(upTo: .opened)
        c.record(.giveInformationAndAdvice(InformationAndAdviceGiven(
            metadata: meta(), topics: ["direct payments"], signpostedTo: ["Age UK"], furtherActionNeeded: true)))
        c.record(Make.reablement(date: "2026-04-01"))
        c.record(Make.progress(date: "2026-04-06"))
        c.record(Make.endReablement(date: "2026-04-07"))
        c.record(.assessNeeds(Make.needsAssessment(
            notAchieved: [.managingNutrition: [.cannotWithoutAssistance], .usingTheHomeSafely: [.endangersHealthOrSafety]],
            notes: [.opinion("does not always accept help", whose: "neighbour", restricted: true)],
            restricted: ["participants"])))
        c.record(Make.capacity(date: "2026-04-08"))
        c.record(Make.bestInterests(date: "2026-04-08", capacityAssessmentId: "CAP-1"))
        c.record(Make.offer(response: .refused, words: "I can manage, thank you"))
        c.record(Make.determine())
        c.record(Make.notice())
        c.record(Make.financial(date: "2026-05-14"), by: TestStaff.financeOfficer)
        c.record(Make.sendNotice("N-1", .financialAssessment, of: c.lastId(of: "financialAssessmentCompleted"),
            format: .largePrint, role: .financialAssessmentOfficer, date: "2026-05-14"), by: TestStaff.financeOfficer)
        c.record(Make.indicative())
        c.record(Make.refuseDirectPayment(date: "2026-05-14"))
        c.record(Make.draft())
        c.record(Make.budget(customer: pounds(23, 10), date: "2026-05-14"))
        c.record(.refuseSignOff(PlanSignOffRefused(
            metadata: meta(.teamManager, "2026-05-14", reasons: ["risks not yet agreed with the family"]),
            planId: "P-1", version: 1)), by: TestStaff.teamManager)
        c.record(Make.revise(Make.plan(), date: "2026-05-15"))
        c.record(Make.budget(customer: pounds(23, 10), date: "2026-05-15"))
        c.record(Make.signOff(version: 2, date: "2026-05-15"), by: TestStaff.teamManager)
        c.record(Make.necessity(date: "2026-05-16"))
        c.record(Make.deliver(date: "2026-05-18"))
        c.record(Make.agreement(date: "2026-05-18"))
        c.record(Make.challenge(on: [c.lastId(of: "personalBudgetSet")], date: "2026-05-20"))
        c.record(Make.escalate(to: .lineManager, date: "2026-05-21"))
        c.record(Make.escalate(to: .riskEnablementPanel, date: "2026-05-27"))
        c.record(Make.panel(), by: TestStaff.panelChair)
        c.record(Make.resolve())
        c.record(Make.complaint(), by: TestStaff.complaintsManager)
        c.record(Make.acknowledge(agreed: "2026-08-01"), by: TestStaff.complaintsManager)
        c.record(Make.respond(), by: TestStaff.complaintsManager)
        let fa = c.lastId(of: "financialAssessmentCompleted")
        c.record(Make.correct(fa, with: c.lastEvent(of: "financialAssessmentCompleted"), date: "2026-07-02"), by: TestStaff.financeOfficer)
        c.record(Make.dispute(c.lastId(of: "needsAssessed"), date: "2026-07-02"))
        // issue 15: safeguard
        c.record(Make.concern(date: "2026-07-03"))
        c.record(Make.dutyDecision(date: "2026-07-06"))
        c.record(Make.enquiry(date: "2026-07-07"))
        c.record(Make.safeguardingOutcome(date: "2026-07-31"))
        c.record(Make.advocacy(date: "2026-08-03"))
        c.record(Make.accessRequest(date: "2026-08-03"))
        c.record(Make.seekClarification(date: "2026-08-04"))
        c.record(Make.receiveClarification(date: "2026-08-06"))
        c.record(Make.extendAccess(date: "2026-08-07"))
        c.record(Make.answerAccess(withheld: [WithheldInformation(what: "who raised the concern", ground: .thirdPartyInformation)], date: "2026-08-28"))
        c.record(Make.terminateDirectPayment(date: "2026-08-15"))
        c.record(Make.requestReview())
        c.record(Make.completeReview(outcome: .withdrawalRecommended, stillEligible: false))
        c.record(Make.withdraw())
        c.record(Make.withdrawalNotice(date: "2026-09-30"))
        c.record(Make.close())
        c.record(Make.reopen())
        return c
    }()

    /// A carer's case: carer's assessment, eligibility, a free carer's budget by direct payment.
    public static let carer: TestCase = {
        var c = TestCase()
        c.stream = "C-2002"
        c.record(Make.referral(.carer, name: "Mrs E", caredFor: "her daughter"))
        var caredFor = TestCase.adult(upTo: .opened)
        c.link(caredFor: &caredFor, Make.link(to: caredFor.stream, otherKind: .adult, date: "2026-04-01"))
        c.record(.assessCarer(Make.carersAssessment(notAchieved: [.engagingInRecreation], healthAtRisk: true)))
        c.record(Make.determine("CA-1"))
        c.record(Make.notice("CA-1"))
        return c
    }()

    /// One recorded event of every type, first occurrence.
    public static let oneOfEach: [String: RecordedCaseEvent] = {
        var found: [String: RecordedCaseEvent] = [:]
        for e in adult.recorded + carer.recorded + retention.recorded where found[e.event.typeName] == nil {
            found[e.event.typeName] = e
        }
        return found
    }()
}
