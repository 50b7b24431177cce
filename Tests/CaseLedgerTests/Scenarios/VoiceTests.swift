import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: voice
/// Refusals a worker reads, and a withdrawal's place in the case: Joe (Halton's story) costs more
/// a week than the team manager may sign off under the Wiltshire SDS policy; Mr D (the
/// challenge-and-withdrawal story) recovers, a review finds his needs no longer eligible and his
/// services are withdrawn; and decisions Joe could challenge state their reasons.
@Suite("Scenario: refusals that name people, dates and sources; a withdrawal's stage; reasons")
struct VoiceTests {
    @Test("given Joe's plan of 20 April 2026 costing £310 a week, when the team manager with a £250 limit signs it off, then the refusal names her, the plan by its date and Joe, and cites the Wiltshire SDS policy")
    func refusedSignOffNamesTheSignerThePlanAndItsSource() {
        var c = TestCase.adult(upTo: .financiallyAssessed)
        c.record(Make.indicative(pounds(400)))
        c.record(Make.draft(Make.plan(lines: [
            Make.line("L1", .personalAssistant, pounds(270)), Make.line("L2", .dayOpportunity, pounds(40)),
        ]), date: "2026-04-20"))
        c.record(Make.budget(total: pounds(310)))

        let outcome = c.when(Make.signOff(date: "2026-04-27"), by: TestStaff.teamManager)

        outcome.thenRejected(.signOffLimitExceeded)
        guard case .rejected(let r) = outcome else { return }
        #expect(r.message.hasPrefix("plan P-1 version 1 of 20 April 2026 on C-1001 (Joe Bloggs) cannot be signed off by Tess Morgan (S-2)"), "\(r.message)")
        #expect(!r.message.contains("2026-04-27"), "dates are written as a person reads them: \(r.message)")
        #expect(r.message.hasSuffix(" — Wiltshire SDS policy 2014, 3. Support planning (the council must sign off support plans which include council funding)"))
        // The head of service's limit covers it.
        c.when(Make.signOff(date: "2026-04-27"), by: TestStaff.headOfService).thenAccepted()
    }

    @Test("given a plan signed off once, when it is signed off again, then the refusal speaks of the signer by name and of the sign-off by its effective date")
    func secondSignOffNamesTheFirst() {
        var c = TestCase.adult(upTo: .budgetSet)
        c.record(Make.signOff(date: "2026-04-27"), by: TestStaff.teamManager)
        c.when(Make.signOff(date: "2026-04-28"), by: TestStaff.teamManager).thenRejected(.planAlreadySignedOff,
            containing: "plan P-1 version 1 of 20 April 2026 was already signed off by Tess Morgan (S-2): the sign-off of 27 April 2026")
    }

    @Test("given Mr D's services delivered, when a review finds his needs no longer eligible and services are withdrawn, then the stage is services withdrawn (not review) until the case closes")
    func withdrawalStage() {
        var c = TestCase.adult(upTo: .delivered)
        #expect(c.state.stage == .delivery)
        c.when(Make.withdraw(date: "2026-07-01")).thenRejected(.withdrawalWithoutReview,
            containing: "— Wiltshire SDS policy 2014, 5. Review and re-assessments")
        c.record(Make.requestReview(date: "2026-07-15"))
        #expect(c.state.stage == .review)
        c.record(Make.completeReview(outcome: .withdrawalRecommended, stillEligible: false, date: "2026-07-22"))
        #expect(c.state.stage == .delivery, "services are still delivered until they are withdrawn")

        c.record(Make.withdraw(date: "2026-08-05"))

        #expect(c.state.stage == .servicesWithdrawn)
        c.when(Make.close(date: "2026-08-06")).thenRejected(.closureBeforeWithdrawalNotice,
            containing: "services were withdrawn from 5 August 2026 but the written withdrawal notice is not recorded — Wiltshire SDS policy 2014, 5. Review and re-assessments (you will be notified in writing)")
        c.record(Make.withdrawalNotice(date: "2026-08-05"))
        #expect(c.state.stage == .servicesWithdrawn)
        c.record(Make.close(date: "2026-08-06"))
        #expect(c.state.stage == .closed)
        #expect(c.state == CaseState(rebuiltFrom: c.recorded))
    }

    @Test("given Joe's case, when a decision he could challenge is recorded without reasons, then it is refused; with reasons it is accepted")
    func reasonsOnChallengeableDecisions() {
        var c = TestCase.adult(upTo: .assessed)
        // Eligible, without reasons: refused (only an adverse determination needed them before).
        c.when(.determineEligibility(DetermineEligibility(metadata: meta(.socialWorker, "2026-04-09"), assessmentId: "A-1", eligible: true)))
            .thenRejected(.reasonsRequired, containing: "determineEligibility on C-1001 (Joe Bloggs) must state its reasons")
        c.record(Make.determine())
        c.record(Make.notice())
        c.record(Make.financial(), by: TestStaff.financeOfficer)
        // An indicative budget without reasons: refused.
        c.when(.calculateIndicativeBudget(IndicativeBudgetCalculated(
            metadata: meta(.socialWorker, "2026-04-14"), rasVersion: "RAS v4", inputs: [], weeklyAmount: pounds(300))))
            .thenRejected(.reasonsRequired)
        c.record(Make.indicative())
        c.record(Make.draft())
        // A personal budget and a sign-off without reasons: refused.
        c.when(.setPersonalBudget(SetPersonalBudget(metadata: meta(.socialWorker, "2026-04-27"), planId: "P-1",
            weeklyTotal: pounds(240), weeklyCustomerContribution: pounds(23, 10), weeklyCouncilContribution: pounds(216, 90))))
            .thenRejected(.reasonsRequired)
        c.record(Make.budget())
        c.when(.signOffPlan(SignOffPlan(metadata: meta(.teamManager, "2026-04-27"), planId: "P-1", version: 1)), by: TestStaff.teamManager)
            .thenRejected(.reasonsRequired)
        c.record(Make.signOff(), by: TestStaff.teamManager)
        // A plan drafted is the person's own, not a decision on them: no reasons needed.
        #expect(!ReasonsRules.required(for: .supportPlanDrafted))
        #expect(ReasonsRules.required(for: .reviewCompleted))
        #expect(ReasonsRules.required(for: .riskEnablementPanelDecided))
    }

    @Test("the decisions issue 15 added that a person could challenge, or is told the reasons for, state their reasons; the records around them need none")
    func newDecisionsStateTheirReasons() {
        for kind: CaseEvent.Kind in [
            .capacityAssessed, .directPaymentNecessityDecided, .directPaymentRefused, .directPaymentTerminated,
            .safeguardingDutyDecided, .safeguardingOutcomeRecorded, .advocacyConsidered, .subjectAccessRequestExtended,
        ] {
            #expect(ReasonsRules.required(for: kind), "\(kind)")
        }
        for kind: CaseEvent.Kind in [.noticeSent, .safeguardingConcernRaised, .subjectAccessRequestReceived, .reablementProgressRecorded] {
            #expect(!ReasonsRules.required(for: kind), "\(kind)")
        }
    }
}
