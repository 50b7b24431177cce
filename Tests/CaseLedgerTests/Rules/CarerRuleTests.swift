import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: carers
/// The carer link, the offer of a carer's assessment and weekly reablement progress, rule by
/// rule: given a case, when a command is decided, then what is recorded or refused.
@Suite("Carers and reablement progress: the rules")
struct CarerRuleTests {
    /// A carer's case C-2002 (Mrs E) and her daughter's adult case C-1001.
    static func cases() -> (carer: TestCase, caredFor: TestCase) {
        var carer = TestCase()
        carer.stream = "C-2002"
        carer.record(Make.referral(.carer, name: "Mrs E", caredFor: "her daughter"))
        let caredFor = TestCase.adult(upTo: .assessed)
        return (carer, caredFor)
    }

    @Test("given a carer's case and her daughter's case, when linked, then each records the other's id, the relationship and the consent, and nothing else")
    func linkRecorded() {
        var (carer, caredFor) = Self.cases()
        let link = Make.link(to: "C-1001", otherKind: .adult, carerShares: ["that she goes into hospital on 1 June"])
        carer.link(caredFor: &caredFor, link)
        #expect(carer.state.carerLinks["C-1001"] == link)
        let mirror = caredFor.state.carerLinks["C-2002"]
        #expect(mirror?.linkedCaseKind == .carer)
        #expect(mirror?.sharedWithThisPerson == ["that she goes into hospital on 1 June"])
        #expect(mirror?.sharedByThisPerson == [])
        #expect(carer.state.carerLinks["C-1001"]?.sharedWithThisPerson == [])
    }

    @Test("given no case C-9 was read, when a link names it, then it is refused naming the case and the Act")
    func linkUnknownCase() {
        let (carer, _) = Self.cases()
        carer.when(.linkCarer(Make.link(to: "C-9", otherKind: .adult)))
            .thenRejected(.carerLinkCaseUnknown, containing: "there is no case C-9 on this ledger; open it with a referral first — Care Act 2014 s10, s20")
    }

    @Test("given a case, when it is linked to itself, then it is refused")
    func linkToItself() {
        var (carer, _) = Self.cases()
        carer.linkedCases = ["C-2002": LinkedCaseFacts(caseId: "C-2002", state: carer.state)]
        carer.when(.linkCarer(Make.link(to: "C-2002", otherKind: .carer))).thenRejected(.carerLinkCaseUnknown, containing: "cannot be linked to itself")
    }

    @Test("given two carers' cases, when linked, then it is refused: a link joins a carer to the adult they care for")
    func linkTwoCarers() {
        var (carer, _) = Self.cases()
        carer.linkedCases = ["C-3003": LinkedCaseFacts(caseId: "C-3003", kind: .carer, isClosed: false)]
        carer.when(.linkCarer(Make.link(to: "C-3003", otherKind: .carer))).thenRejected(.carerLinkKindMismatch, containing: "both carers' cases")
    }

    @Test("given the other case is an adult's, when the link says it is a carer's, then it is refused naming the kind to give")
    func linkWrongKind() {
        var (carer, caredFor) = Self.cases()
        caredFor.linkedCases = ["C-2002": LinkedCaseFacts(caseId: "C-2002", state: carer.state)]
        carer.linkedCases = ["C-1001": LinkedCaseFacts(caseId: "C-1001", state: caredFor.state)]
        caredFor.when(.linkCarer(Make.link(to: "C-2002", otherKind: .adult))).thenRejected(.carerLinkKindMismatch, containing: "give linkedCaseKind carer")
    }

    @Test("given the other case is closed, when linked, then it is refused")
    func linkClosedCase() {
        var (carer, _) = Self.cases()
        carer.linkedCases = ["C-1001": LinkedCaseFacts(caseId: "C-1001", kind: .adult, isClosed: true)]
        carer.when(.linkCarer(Make.link(to: "C-1001", otherKind: .adult))).thenRejected(.carerLinkCaseUnknown, containing: "is closed")
    }

    @Test("given a recorded link, when someone corrects it, then it is refused: the link is recorded again instead")
    func linkNotCorrected() {
        var (carer, caredFor) = Self.cases()
        let link = Make.link(to: "C-1001", otherKind: .adult)
        carer.link(caredFor: &caredFor, link)
        let id = carer.lastId(of: "carerLinked")
        carer.when(.correctEvent(EventCorrected(
            metadata: meta(.socialWorker, "2026-04-11", reasons: ["consent changed"]), supersedes: id, corrected: .carerLinked(link))))
            .thenRejected(.correctionTargetNotCorrectable, containing: "record the link again")
    }

    @Test("given an adult's case, when a carer's assessment is offered and accepted, then the carer's answer and words are marked restricted")
    func offerAccepted() {
        let c = TestCase.adult(upTo: .assessed)
        let events = c.when(Make.offer(to: "Mrs G", response: .accepted)).events
        guard case .carersAssessmentOffered(let o) = events.first else {
            Issue.record("expected an offer, got \(events)")
            return
        }
        #expect(o.metadata.restricted == ["response"])
        let refused = c.when(Make.offer(to: "Mrs G", response: .refused, words: "not now")).events
        guard case .carersAssessmentOffered(let r) = refused.first else { return }
        #expect(r.metadata.restricted == ["response", "carersWords"])
        #expect(o.response == .accepted)
    }

    @Test("given an adult's case, when a carer refuses without their words, then it is refused citing s10(7)")
    func refusalNeedsWords() {
        let c = TestCase.adult(upTo: .assessed)
        c.when(Make.offer(to: "Mrs G", response: .refused)).thenRejected(.carersAssessmentRefusalWords,
            containing: "Mrs G's refusal of a carer's assessment (offer OF-1) is recorded with Mrs G's own words")
        c.when(Make.offer(to: "Mrs G", response: .refused, words: "  ")).thenRejected(.carersAssessmentRefusalWords, containing: "Care Act 2014 s10(7)")
        c.when(Make.offer(to: "Mrs G", response: .refused, words: "I don't need one")).thenAccepted()
    }

    @Test("given a carer's own case, when an offer is recorded on it, then it is refused: the offer belongs on the cared-for person's case")
    func offerOnCarersCase() {
        let (carer, _) = Self.cases()
        carer.when(Make.offer(to: "Mrs E")).thenRejected(.carersAssessmentOfferInvalid, containing: "C-2002 is a carer's own case")
    }

    @Test("given an offer not yet answered, when the answer is recorded under its id, then it stands; given an answered offer, then a second answer is refused")
    func offerAnsweredOnce() {
        var c = TestCase.adult(upTo: .assessed)
        c.record(Make.offer(to: "Mrs G", response: .notYetAnswered))
        c.when(Make.offer(to: "Mrs G", response: .notYetAnswered, date: "2026-04-10")).thenRejected(.carersAssessmentOfferInvalid, containing: "record Mrs G's answer under it")
        c.when(Make.offer(to: "Mr H", response: .accepted, date: "2026-04-10")).thenRejected(.carersAssessmentOfferInvalid, containing: "was made to Mrs G")
        c.record(Make.offer(to: "Mrs G", response: .refused, words: "not now", date: "2026-04-10"))
        #expect(c.state.carersAssessmentOffers["OF-1"]?.response == .refused)
        c.when(Make.offer(to: "Mrs G", response: .accepted, date: "2026-04-11"))
            .thenRejected(.carersAssessmentOfferInvalid, containing: "offer OF-1 to Mrs G was refused on 10 April 2026; record a new offer under a new id")
    }

    @Test("given a carer named in a needs assessment, then an offer is due the configured period later, until one is recorded")
    func offerDue() {
        var c = TestCase.adult(upTo: .opened)
        var assessment = Make.needsAssessment(notAchieved: [.managingNutrition: [.cannotWithoutAssistance], .maintainingPersonalHygiene: [.cannotWithoutAssistance]])
        assessment.participants.append(Participant(name: "Mrs G", role: .carer))
        c.record(.assessNeeds(assessment))
        let due = CarerRules.offersDue(in: c.state.history, period: Configuration.defaultCarersAssessmentOfferPeriod)
        #expect(due.map(\.carer.carerName) == ["Mrs G"])
        #expect(due.first?.due == day("2026-05-06"))
        #expect(CarerRules.offersDue(in: c.state.history, period: .days(14)).first?.due == day("2026-04-22"))
        c.record(Make.offer(to: " mrs g ", response: .refused, words: "I'm his wife, not his carer"))
        #expect(CarerRules.offersDue(in: c.state.history, period: .days(28)).isEmpty)
        #expect(CarerRules.carers(in: c.state.history).first?.latestResponse == .refused)
    }

    @Test("given reablement started on 2 April, when progress is recorded on 10 April, then it is week 2")
    func progressWeek() {
        var c = TestCase.adult(upTo: .opened)
        c.record(Make.reablement(date: "2026-04-02"))
        let events = c.when(Make.progress(date: "2026-04-10")).events
        guard case .reablementProgressRecorded(let p) = events.first else {
            Issue.record("expected progress, got \(events)")
            return
        }
        #expect(p.week == 2)
        #expect(p.personsWords == "I managed my top half on my own")
        c.when(Make.progress(week: 2, date: "2026-04-15")).thenAccepted()
        c.when(Make.progress(week: 3, date: "2026-04-15")).thenRejected(.reablementProgressOutsidePeriod,
            containing: "15 April 2026 is in week 2 of reablement R-1 (9 April 2026 to 15 April 2026), not week 3")
    }

    @Test("given reablement, when progress falls outside the period or names no period, then it is refused citing the Wiltshire policy")
    func progressOutsidePeriod() {
        var c = TestCase.adult(upTo: .opened)
        c.record(Make.reablement(date: "2026-04-02"))
        c.when(Make.progress(date: "2026-04-01")).thenRejected(.reablementProgressOutsidePeriod,
            containing: "cannot be recorded for 1 April 2026: the period started on 2 April 2026 — Wiltshire SDS policy 2014")
        c.when(Make.progress("R-9", date: "2026-04-03")).thenRejected(.reablementProgressOutsidePeriod, containing: "has no period of reablement R-9")
        c.record(Make.endReablement(date: "2026-04-20"))
        c.when(Make.progress(date: "2026-04-21")).thenRejected(.reablementProgressOutsidePeriod,
            containing: "the period ran from 2 April 2026 to 20 April 2026")
        c.when(Make.progress(date: "2026-04-20")).thenAccepted()
        c.when(Make.progress(date: "2026-04-20", words: " ")).thenRejected(.reablementProgressIncomplete, containing: "the person's own words")
    }

    @Test("given weeks of reablement, then the weeks without progress and the progress next due follow the configured interval")
    func weeksWithoutProgress() {
        var c = TestCase.adult(upTo: .opened)
        c.record(Make.reablement(date: "2026-04-02"))
        c.record(Make.progress(date: "2026-04-14"))  // week 2
        let period = c.state.reablements["R-1"]!
        let weekly = Period.weeks(1)
        #expect(ReablementRules.weeksWithoutProgress(period, interval: weekly, asOf: day("2026-04-23")).map(\.number) == [1, 3])
        #expect(ReablementRules.nextProgressDue(period, interval: weekly, on: day("2026-04-23"))?.number == 1)
        // Every 2 weeks: the progress of 14 April counts for the first fortnight, by its date.
        #expect(ReablementRules.weeksWithoutProgress(period, interval: .weeks(2), asOf: day("2026-04-23")).isEmpty)
        #expect(ReablementRules.weeksWithoutProgress(period, interval: .weeks(2), asOf: day("2026-04-30")).map(\.number) == [2])
        c.record(Make.progress(date: "2026-04-08"))
        c.record(Make.progress(date: "2026-04-22"))
        let now = c.state.reablements["R-1"]!
        #expect(ReablementRules.weeksWithoutProgress(now, interval: weekly, asOf: day("2026-04-23")).isEmpty)
        #expect(ReablementRules.nextProgressDue(now, interval: weekly, on: day("2026-04-23")).map { ($0.number, $0.until) } ?? (0, day("2000-01-01")) == (4, day("2026-04-29")))
        c.record(Make.endReablement(date: "2026-04-24"))
        #expect(ReablementRules.nextProgressDue(c.state.reablements["R-1"]!, interval: weekly, on: day("2026-04-30")) == nil)
        #expect(ReablementRules.weeksWithoutProgress(c.state.reablements["R-1"]!, interval: weekly, asOf: day("2026-06-01")).isEmpty)
    }
}
