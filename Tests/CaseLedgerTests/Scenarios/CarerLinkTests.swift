import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: carers
/// Warwickshire's carer (personalisation update 2012, practitioner story): a carer asked the
/// Learning Disability team for urgent respite as she was going into hospital for a week. Her
/// daughter's needs assessment names her as carer; she is offered and accepts a carer's
/// assessment of her own; her case and her daughter's are linked, each recording only that the
/// other exists, the relationship and what each agreed to share.
@Suite("Scenario: Warwickshire's carer and her daughter, two linked cases")
struct CarerLinkTests {
    @Test("the daughter's case records the offer; the two cases are linked; neither holds the other's assessment")
    func carerAndDaughter() {
        // Given the daughter's case, her mother named as her carer in the needs assessment.
        var daughter = TestCase()
        daughter.stream = "C-3001"
        daughter.record(Make.referral(.adult, name: "Miss E", date: "2026-05-01"))
        daughter.record(Make.allocate())
        var assessment = Make.needsAssessment(notAchieved: [
            .managingNutrition: [.cannotWithoutAssistance], .usingTheHomeSafely: [.endangersHealthOrSafety],
        ], date: "2026-05-04")
        assessment.participants.append(Participant(name: "Mrs E", role: .carer))
        daughter.record(.assessNeeds(assessment))
        #expect(CarerRules.offersDue(in: daughter.state.history, period: daughter.configuration.carersAssessmentOfferPeriod).map(\.due) == [day("2026-06-01")])

        // When Mrs E is offered a carer's assessment on her daughter's case and accepts.
        daughter.when(Make.offer(to: "Mrs E", response: .refused, date: "2026-05-05")).thenRejected(.carersAssessmentRefusalWords)
        daughter.record(Make.offer(to: "Mrs E", response: .accepted, date: "2026-05-05"))
        #expect(CarerRules.offersDue(in: daughter.state.history, period: .days(28)).isEmpty)

        // And her own carer's case is opened and assessed.
        var mother = TestCase()
        mother.stream = "C-3002"
        mother.record(Make.referral(.carer, name: "Mrs E", date: "2026-05-05", caredFor: "her daughter"))
        mother.when(Make.offer(to: "Mrs E", date: "2026-05-05")).thenRejected(.carersAssessmentOfferInvalid, containing: "C-3002 is a carer's own case")
        mother.record(.assessCarer(Make.carersAssessment(notAchieved: [.engagingInRecreation], healthAtRisk: true, date: "2026-05-06")))

        // Then linking to a case not on the ledger, or to a case of the same kind, is refused.
        mother.linkedCases = ["C-9999": LinkedCaseFacts(caseId: "C-9999", kind: nil, isClosed: false)]
        mother.when(.linkCarer(Make.link(to: "C-9999", otherKind: .adult, date: "2026-05-06"))).thenRejected(.carerLinkCaseUnknown)
        // And the link, recorded on both, carries what each agreed to share and nothing else.
        mother.link(caredFor: &daughter, Make.link(
            to: "C-3001", otherKind: .adult, date: "2026-05-06", carerShares: ["that she is in hospital from 1 to 7 June"]))
        #expect(daughter.state.carerLinks.keys.sorted() == ["C-3002"])
        #expect(daughter.state.carerLinks["C-3002"]?.sharedWithThisPerson == ["that she is in hospital from 1 to 7 June"])
        #expect(daughter.state.carersAssessments.isEmpty)
        #expect(daughter.state.determinations.values.allSatisfy { $0.caseKind == .adult })
        #expect(mother.state.carerLinks["C-3001"]?.linkedCaseKind == .adult)
        #expect(mother.state.needsAssessments.isEmpty)
        // Nothing of the mother's assessment is in any event of the daughter's case.
        let daughterText = daughter.recorded.map { "\($0.event.payload)" }.joined()
        #expect(!daughterText.contains("exhausted") && !daughterText.contains("CA-1"))
        // The offer's answer is the mother's: withheld from the daughter's copy.
        #expect(daughter.state.carersAssessmentOffers["OF-1"]?.metadata.restricted == ["response"])
    }
}

/// Warwickshire's reablement outcomes (personalisation update 2012, 3.5-3.7: customers not
/// needing ongoing care after reablement; agreed outcomes fully met): Mr F leaves hospital with six
/// weeks of free reablement, his progress recorded each week in his words. His wife, named as his
/// carer, refuses a carer's assessment in her own words; weeks later she asks for one.
@Suite("Scenario: Mr F's reablement week by week, and his wife's carer's assessment refused then asked for")
struct ReablementProgressTests {
    @Test("weekly progress in his words, a missed week found, progress outside the period refused; the refusal ends the duty until she asks")
    func mrF() {
        // Given Mr F's case, reablement from 4 May 2026, his wife named as his carer.
        var c = TestCase()
        c.stream = "C-4001"
        c.record(Make.referral(.adult, name: "Mr F", date: "2026-05-01", route: .dischargeFromHospital))
        c.record(Make.allocate())
        c.record(Make.reablement(date: "2026-05-04"))
        #expect(c.state.reablements["R-1"]?.started.freeUntil == day("2026-06-14"))
        var assessment = Make.needsAssessment(notAchieved: [
            .maintainingPersonalHygiene: [.cannotWithoutAssistance], .managingNutrition: [.cannotWithoutAssistance],
        ], date: "2026-05-05")
        assessment.participants.append(Participant(name: "Mrs F", role: .carer))
        c.record(.assessNeeds(assessment))

        // When his wife refuses a carer's assessment, in her words.
        c.record(Make.offer(to: "Mrs F", response: .refused, words: "I'm his wife; I don't want to be assessed", date: "2026-05-06"))
        // Then no offer is due: the refusal ends the duty (s10(7)).
        #expect(CarerRules.offersDue(in: c.state.history, period: .days(28)).isEmpty)

        // When progress is recorded in weeks 1, 2 and 3, and week 4 is missed.
        c.record(Make.progress(date: "2026-05-08", progress: "washed at the sink with a perching stool", words: "I did it myself, slowly"))
        c.record(Make.progress(date: "2026-05-15", progress: "made breakfast with a kettle tipper", words: "tea on my own, first time since the fall"))
        c.when(Make.progress(week: 2, date: "2026-05-19")).thenRejected(.reablementProgressOutsidePeriod, containing: "is in week 3")
        c.record(Make.progress(week: 3, date: "2026-05-21", progress: "walked to the corner shop with a frame", words: "I got my own paper"))
        let interval = c.configuration.reablementProgressInterval
        let running = c.state.reablements["R-1"]!
        #expect(ReablementRules.weeksWithoutProgress(running, interval: interval, asOf: day("2026-06-02")).map(\.number) == [4])
        #expect(ReablementRules.nextProgressDue(running, interval: interval, on: day("2026-06-02")).map(\.until) == day("2026-05-31"))

        // And reablement ends with his outcome met; progress after it is refused.
        c.record(Make.endReablement(outcome: .independent, date: "2026-06-05"))
        c.when(Make.progress(date: "2026-06-08")).thenRejected(.reablementProgressOutsidePeriod,
            containing: "the period ran from 4 May 2026 to 5 June 2026")
        #expect(c.state.reablements["R-1"]?.progress.map(\.week) == [1, 2, 3])
        #expect(c.state.reablements["R-1"]?.progress.map(\.personsWords).first == "I did it myself, slowly")

        // When, weeks later, his wife asks for an assessment after all: a new offer under a new id.
        c.when(Make.offer(to: "Mrs F", response: .accepted, asked: true, date: "2026-06-20"))
            .thenRejected(.carersAssessmentOfferInvalid, containing: "offer OF-1 to Mrs F was refused on 6 May 2026")
        c.record(Make.offer("OF-2", to: "Mrs F", response: .accepted, asked: true, date: "2026-06-20"))
        let carer = CarerRules.carers(in: c.state.history).first
        #expect(carer?.offers.map(\.offer.offerId) == ["OF-1", "OF-2"])
        #expect(carer?.latestResponse == .accepted)
    }
}
