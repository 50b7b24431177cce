import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Testing

@Suite struct ConfigurationTests {
    /// The England configuration with a different free reablement period, in force from `from`.
    static func england(from: String, reablementFreeDays: Int64) -> JSONValue {
        let document = ServiceFixture.england(effectiveFrom: from)
        return document.setting("configuration", document["configuration"]!.setting("reablementFreeDays", .integer(reablementFreeDays)))
    }

    static let reablement = json(#"{"actingRole": "socialWorker", "effectiveDate": "2026-05-20", "reablementId": "R-1", "provider": "Reablement Team", "goals": ["wash and dress"]}"#)

    @Test func theEnglandConfigurationFileReadsAsAConfiguration() throws {
        let published = try ConfigurationPublished(json: ServiceFixture.england(), at: "")
        let c = published.configuration
        #expect(c.rateTable(on: day("2026-04-06"))?.id == "2026-27")
        #expect(c.rateTable(on: day("2026-04-05"))?.id == "2025-26")
        #expect(c.rateTable(on: day("2026-04-06"))?.upperCapitalLimit == Money(pounds: 23_250))
        #expect(c.rateTable(on: day("2026-04-06"))?.lowerCapitalLimit == Money(pounds: 14_250))
        #expect(c.rateTable(on: day("2026-04-06"))?.weeklyTariffIncome(capital: Money(pounds: 14_500)) == Money(pounds: 1))
        #expect(c.reablementFreeDays == 42)
        #expect(c.reviewIntervals == ReviewIntervals(newOrChangedPlan: .weeks(6), newDirectPayment: .months(6), routine: .months(12)))
        #expect(c.nonWorkingDays.contains(day("2026-12-28")))
        #expect(published.summary?.contains("EXAMPLES") == true)
    }

    @Test func givenTwoPublicationsThenTheOneInForceIsTheLatestEffectiveByTheDecisionDate() throws {
        let f = try ServiceFixture()
        try f.setUpStaff()
        try f.service.publishConfiguration(input: Self.england(from: "2025-04-07", reablementFreeDays: 42), actor: "S-9", now: at("2026-03-01T10:00:00Z"))
        try f.service.publishConfiguration(input: Self.england(from: "2026-06-01", reablementFreeDays: 28), actor: "S-9", now: at("2026-03-02T10:00:00Z"))

        #expect(try f.service.configuration(inForceAt: at("2026-05-31T23:59:59Z"))?.configuration.reablementFreeDays == 42)
        #expect(try f.service.configuration(inForceAt: at("2026-06-01T00:00:00Z"))?.configuration.reablementFreeDays == 28)
        #expect(try f.service.configuration(inForceAt: at("2026-03-01T12:00:00Z"))?.configuration.reablementFreeDays == 42)
        #expect(try f.service.configuration(inForceAt: at("2026-03-01T09:00:00Z")) == nil)
    }

    @Test func aDecisionUsesTheConfigurationInForceAtItsTimeAndSaysWhichFiguresItUsed() throws {
        let f = try ServiceFixture()
        try f.setUpStaff()
        try f.service.publishConfiguration(input: Self.england(from: "2025-04-07", reablementFreeDays: 42), actor: "S-9", now: at("2026-03-01T10:00:00Z"))
        try f.service.publishConfiguration(input: Self.england(from: "2026-06-01", reablementFreeDays: 28), actor: "S-9", now: at("2026-03-02T10:00:00Z"))
        for caseId in ["C-1", "C-2"] {
            try f.service.record(commandNamed: "receiveReferral", input: Repository.joe[0].input, case: caseId, actor: "S-1", now: at("2026-05-11T09:00:00Z"))
        }

        try f.service.record(commandNamed: "startReablement", input: Self.reablement, case: "C-1", actor: "S-1", now: at("2026-05-20T09:00:00Z"))
        try f.service.record(commandNamed: "startReablement", input: Self.reablement, case: "C-2", actor: "S-1", now: at("2026-06-02T09:00:00Z"))

        func freeUntil(_ caseId: String) throws -> CalendarDate? {
            let view = try f.service.caseState(caseId)
            return view.state.reablements["R-1"]?.started.freeUntil
        }
        #expect(try freeUntil("C-1") == day("2026-06-30"))
        #expect(try freeUntil("C-2") == day("2026-06-16"))
    }

    @Test func givenNoConfigurationPublishedThenACaseDecisionIsRefusedWithNothingWritten() throws {
        let f = try ServiceFixture()
        try f.setUpStaff()
        let head = f.service.ledger.headSeq
        #expect {
            try f.service.record(commandNamed: "receiveReferral", input: Repository.joe[0].input, case: "C-1", actor: "S-1", now: at("2026-05-11T09:00:00Z"))
        } throws: { error in
            (error as? ServiceError)?.code == "configuration-missing"
        }
        #expect(f.service.ledger.headSeq == head)
    }

    @Test func theFirstConfigurationMayBePublishedBeforeAnyStaffIsAdded() throws {
        let f = try ServiceFixture()
        let appended = try f.service.publishConfiguration(input: ServiceFixture.england(), actor: "S-9", now: at("2026-03-01T10:00:00Z"))
        #expect(appended.map(\.stream) == ["configuration"])
        #expect(appended.map(\.type) == ["configurationPublished"])
    }

    @Test func onceTheRegisterHasAnAdministratorOnlyAnAdministratorPublishes() throws {
        let f = try ServiceFixture.ready()
        let head = f.service.ledger.headSeq
        let bySocialWorker = ServiceFixture.england().setting("actingRole", "socialWorker")
        #expect {
            try f.service.publishConfiguration(input: bySocialWorker, actor: "S-1", now: at("2026-05-01T10:00:00Z"))
        } throws: { error in
            (error as? ServiceError)?.code == Rule.registerAuthorityMissing.code
        }
        #expect {
            try f.service.publishConfiguration(input: ServiceFixture.england(), actor: "S-1", now: at("2026-05-01T10:00:00Z"))
        } throws: { error in
            (error as? ServiceError)?.code == Rule.actingRoleNotHeld.code
        }
        #expect {
            try f.service.publishConfiguration(input: ServiceFixture.england(), actor: "S-77", now: at("2026-05-01T10:00:00Z"))
        } throws: { error in
            (error as? ServiceError)?.code == Rule.staffUnknown.code
        }
        #expect(f.service.ledger.headSeq == head)
    }

    @Test func aConfigurationWhoseAdministrationRolesNobodyHoldsIsRefused() throws {
        let f = try ServiceFixture.ready()
        let document = ServiceFixture.england()
        let lockedOut = document.setting("configuration", document["configuration"]!.setting("registerAdministrationRoles", ["itSecurity"]))
        #expect {
            try f.service.publishConfiguration(input: lockedOut, actor: "S-9", now: at("2026-05-01T10:00:00Z"))
        } throws: { error in
            (error as? ServiceError)?.code == Rule.registerAuthorityMissing.code
        }
    }

    @Test func anInvalidConfigurationIsRefusedNamingTheField() throws {
        let f = try ServiceFixture.ready()
        let document = ServiceFixture.england()
        let bad = document.setting("configuration", document["configuration"]!.setting("complaintTimeLimit", "a year"))
        #expect {
            try f.service.publishConfiguration(input: bad, actor: "S-9", now: at("2026-05-01T10:00:00Z"))
        } throws: { error in
            guard let e = error as? ServiceError, case .invalidConfiguration(let d) = e else { return false }
            return d.field == "configuration.complaintTimeLimit" && e.code == "invalid-configuration"
        }
    }

    @Test func aPublicationCannotBeRecordedEarlierThanTheLastOne() throws {
        let f = try ServiceFixture.ready()
        #expect {
            try f.service.publishConfiguration(input: ServiceFixture.england(), actor: "S-9", now: at("2026-02-01T10:00:00Z"))
        } throws: { error in
            (error as? ServiceError)?.code == Rule.recordedTimeBackdated.code
        }
    }
}
