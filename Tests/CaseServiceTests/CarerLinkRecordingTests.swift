import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Testing

// issue 15: carers
/// A carer link through the service: decided on both cases, recorded on both in one batch, or
/// on neither.
@Suite struct CarerLinkRecordingTests {
    static let t0 = at("2026-05-11T09:00:00Z")

    /// Joe's case C-1001 (an adult) and Mrs E's carer's case C-2002.
    static func twoCases() throws -> ServiceFixture {
        let f = try ServiceFixture.ready()
        try f.recordJoe(through: "receiveReferral")
        try f.service.record(Make.referral(.carer, name: "Mrs E", date: "2026-05-11", caredFor: "Joe"), case: "C-2002", actor: "S-1", now: at("2026-05-11T09:05:00Z"))
        return f
    }

    @Test func givenACarersCaseAndAnAdultsCaseWhenLinkedThenBothCasesRecordTheLinkInOneBatch() throws {
        let f = try Self.twoCases()
        let link = Make.link(to: "C-1001", otherKind: .adult, date: "2026-05-11", carerShares: ["her hospital dates"])
        let appended = try f.service.record(.linkCarer(link), case: "C-2002", actor: "S-1", now: at("2026-05-11T10:00:00Z"))
        #expect(appended.map(\.stream) == ["C-2002", "C-1001"])
        #expect(appended.map(\.type) == ["carerLinked", "carerLinked"])
        #expect(appended[1].seq == appended[0].seq + 1)
        let joe = try f.service.caseState("C-1001").state
        #expect(joe.carerLinks["C-2002"]?.linkedCaseKind == .carer)
        #expect(joe.carerLinks["C-2002"]?.sharedWithThisPerson == ["her hospital dates"])
        let carer = try f.service.caseState("C-2002").state
        #expect(carer.carerLinks["C-1001"] == link)
    }

    @Test func whenALinkNamesACaseNotOnTheLedgerOrAReservedStreamThenItIsRefusedAndNothingIsWritten() throws {
        let f = try Self.twoCases()
        let head = f.service.ledger.headSeq
        for other in ["C-7777", "staff", "C-2002"] {
            #expect(throws: ServiceError.self) {
                try f.service.record(.linkCarer(Make.link(to: other, otherKind: .adult, date: "2026-05-11")), case: "C-2002", actor: "S-1", now: at("2026-05-11T10:00:00Z"))
            }
        }
        do {
            try f.service.record(.linkCarer(Make.link(to: "C-7777", otherKind: .adult, date: "2026-05-11")), case: "C-2002", actor: "S-1", now: at("2026-05-11T10:00:00Z"))
        } catch {
            guard case .rejected(let r) = error else { throw error }
            #expect(r.rule == .carerLinkCaseUnknown)
        }
        #expect(f.service.ledger.headSeq == head)
    }

    @Test func whenTheMirrorIsRefusedOnTheOtherCaseThenNeitherCaseIsWritten() throws {
        let f = try Self.twoCases()
        // Another carer's case: the mirror on it would join two carers' cases.
        try f.service.record(Make.referral(.carer, name: "Mr H", date: "2026-05-11", caredFor: "Joe"), case: "C-3003", actor: "S-1", now: at("2026-05-11T09:10:00Z"))
        let head = f.service.ledger.headSeq
        do {
            try f.service.record(.linkCarer(Make.link(to: "C-3003", otherKind: .carer, date: "2026-05-11")), case: "C-2002", actor: "S-1", now: at("2026-05-11T10:00:00Z"))
            Issue.record("a link of two carers' cases was recorded")
        } catch {
            guard case .rejected(let r) = error else { throw error }
            #expect(r.rule == .carerLinkKindMismatch)
        }
        #expect(f.service.ledger.headSeq == head)
    }
}

// issue 15: carers
/// The two periods of the carer's part in a published configuration.
@Suite struct CarerConfigurationTests {
    @Test func givenTheOfferPeriodAndProgressIntervalPublishedThenTheyAreInForceAndAbsentTheyAreTheDefaults() throws {
        let f = try ServiceFixture()
        try f.setUpStaff()
        let england = ServiceFixture.england()
        try f.service.publishConfiguration(input: england, actor: "S-9", now: at("2026-03-01T10:00:00Z"))
        let standard = try #require(try f.service.configuration(inForceAt: at("2026-03-01T12:00:00Z"))?.configuration)
        #expect(standard.carersAssessmentOfferPeriod == .days(28))
        #expect(standard.reablementProgressInterval == .weeks(1))
        let local = england.setting("effectiveFrom", "2026-04-01").setting("configuration", england["configuration"]!
            .setting("carersAssessmentOfferPeriod", "14 days").setting("reablementProgressInterval", "2 weeks"))
        try f.service.publishConfiguration(input: local, actor: "S-9", now: at("2026-03-02T10:00:00Z"))
        let published = try #require(try f.service.configuration(inForceAt: at("2026-04-02T12:00:00Z"))?.configuration)
        #expect(published.carersAssessmentOfferPeriod == .days(14))
        #expect(published.reablementProgressInterval == .weeks(2))
        let wrong = england.setting("effectiveFrom", "2026-05-01").setting("configuration", england["configuration"]!
            .setting("reablementProgressInterval", "0 weeks"))
        #expect(throws: ServiceError.self) { try f.service.publishConfiguration(input: wrong, actor: "S-9", now: at("2026-03-03T10:00:00Z")) }
    }
}
