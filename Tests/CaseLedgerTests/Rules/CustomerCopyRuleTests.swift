// issue 17: copy17 — the provable customer copy
import CaseLedger
import CaseLedgerTestSupport
import LedgerJSON
import LedgerStore
import Testing

/// What the customer's copy withholds, part by part (`CustomerCopyRules`): given a decision's
/// payload, when the copy is made, then exactly these parts are withheld, for this reason.
@Suite("Customer copy rules: what the person's copy withholds")
struct CustomerCopyRuleTests {
    /// A needs assessment with a restricted note (the second), a plain one, and `restricted`.
    func assessment(restricted: [String] = []) -> CaseEvent {
        .needsAssessed(Make.needsAssessment(
            notAchieved: [.managingNutrition: [.cannotWithoutAssistance]],
            notes: [.opinion("not motivated", whose: "S-1"), .opinion("his sister says he drinks", whose: "a neighbour", restricted: true)],
            restricted: restricted))
    }

    /// A referral from the person's sister, `restricted` as given.
    func referral(restricted: [String] = []) -> CaseEvent {
        .referralReceived(ReferralReceived(
            metadata: DecisionMetadata(actingRole: .socialWorker, effectiveDate: CalendarDate("2026-04-01")!, restricted: restricted),
            customerName: "Mr G", caseKind: .adult, routeOfAccess: .communityOrOtherRoute, source: .family, referrerName: "his sister",
            presentingNeed: "needs help at home", caredForPerson: nil))
    }

    func withheld(_ event: CaseEvent) -> [JSONKey: CustomerCopyRules.Reason] {
        CustomerCopyRules.withheld(type: event.typeName, payload: event.payload.objectValue!)
    }

    @Test("given a restricted note, then only that note is withheld, as a third party's")
    func restrictedNote() {
        #expect(withheld(assessment()) == ["/notes/1": .thirdParty])
    }

    @Test("given a restricted field, then the field is withheld whole; given a restricted list, then each of its elements")
    func restrictedFieldsAndLists() {
        let w = withheld(assessment(restricted: ["impairmentOrIllness", "participants"]))
        #expect(w == ["/notes/1": .thirdParty, "/impairmentOrIllness": .thirdParty, "/participants/0": .thirdParty])
    }

    @Test("given nothing restricted, then nothing is withheld")
    func nothingRestricted() {
        #expect(withheld(referral()).isEmpty)
        #expect(withheld(referral(restricted: ["referrerName"])) == ["/referrerName": .thirdParty])
    }

    @Test("given a correction whose corrected decision holds a restricted note, then the corrected decision is withheld whole")
    func correctionHoldingRestricted() {
        let inner = assessment()
        let correction = CaseEvent.eventCorrected(EventCorrected(
            metadata: DecisionMetadata(actingRole: .teamManager, effectiveDate: CalendarDate("2026-05-01")!, reasons: ["wrong date"]),
            supersedes: "e-1", corrected: inner))
        #expect(withheld(correction) == ["/corrected": .thirdPartyWithin])
        let plain = CaseEvent.eventCorrected(EventCorrected(
            metadata: DecisionMetadata(actingRole: .teamManager, effectiveDate: CalendarDate("2026-05-01")!, reasons: ["wrong date"]),
            supersedes: "e-1", corrected: referral()))
        #expect(withheld(plain).isEmpty)
    }

    @Test("given an erased restricted list, then everything left but the acting role and effective date is withheld")
    func restrictionsErased() {
        let present: [JSONKey: JSONValue] = [
            "/actingRole": .string("socialWorker"), "/effectiveDate": .string("2026-04-08"), "/notes/1": .object(["text": .string("x")]),
            "/assessmentId": .string("A-1"),
        ]
        let w = CustomerCopyRules.withheld(type: "needsAssessed", present: present, erased: ["/restricted", "/notes/0"])
        #expect(w == ["/notes/1": .restrictionsErased, "/assessmentId": .restrictionsErased])
    }

    @Test("given an earlier note erased, then a restricted later note keeps its own pointer")
    func pointersSurviveErasure() {
        let present: [JSONKey: JSONValue] = [
            "/restricted": .array([]), "/notes/1": .object(["text": .string("x"), "restricted": .bool(true)]), "/notes/2": .object(["text": .string("y"), "restricted": .bool(false)]),
        ]
        #expect(CustomerCopyRules.withheld(type: "needsAssessed", present: present, erased: ["/notes/0"]) == ["/notes/1": .thirdParty])
    }

    @Test("given a restricted field named with one spelling of é, then only that member is withheld, not its twin in another Unicode form")
    func restrictedNamesAreMatchedByTheirCodeUnits() {
        let present: [JSONKey: JSONValue] = [
            "/restricted": .array([.string("e\u{301}")]), "/e\u{301}": .string("the sister's view"), "/\u{E9}": .string("the person's view"),
            "/e\u{301}x/0": .string("another member"),
        ]
        let w = CustomerCopyRules.withheld(type: "needsAssessed", present: present, erased: [String]())
        #expect(w == ["/e\u{301}": .thirdParty])
        // The whole payload, read as parts: the same.
        let payload: JSONObject = ["restricted": .array([.string("\u{E9}")]), "e\u{301}": 1, "\u{E9}": 2]
        #expect(CustomerCopyRules.withheld(type: "needsAssessed", payload: payload) == ["/\u{E9}": .thirdParty])
    }

    @Test("every reason cites UK GDPR Article 15(4)")
    func reasonsCiteTheirSource() {
        for reason in CustomerCopyRules.Reason.allCases { #expect(reason.text.contains("UK GDPR Article 15(4)")) }
    }
}
