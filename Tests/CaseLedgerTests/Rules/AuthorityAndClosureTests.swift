import CaseLedger
import CaseLedgerTestSupport
import Testing

/// Closing a case with services in force, and who may make each decision (issue 14, item 4).
@Suite("Closing with services in force, and authority by role")
struct AuthorityAndClosureTests {
    /// The delivered adult case: a personal budget, a signed-off plan and delivery in force.
    static let delivered = CaseRuleTable.delivered
    /// A challenge on the delivered case, escalated to the Risk Enablement Panel.
    static let atPanel = CaseRuleTable.challenged.then(Make.escalate(to: .lineManager))
        .then(Make.escalate(to: .riskEnablementPanel, date: "2026-05-27", role: .teamManager), by: TestStaff.teamManager)

    /// `command` with its acting role replaced by `role`.
    static func acting(_ role: StaffRole, _ command: CaseCommand) -> CaseCommand {
        var payload = command.payload.objectValue ?? [:]
        payload["actingRole"] = .string(role.rawValue)
        return try! CaseCommand.decode(name: command.name, payload: .object(payload))
    }

    // MARK: Closing

    @Test("given services in force, when the case is closed as no eligible needs, then it is refused naming what is in force and the ways to close")
    func closingWithServicesInForceIsRefused() {
        let outcome = Self.delivered.when(Make.close(.noEligibleNeeds))
        outcome.thenRejected(.closureWithServicesInForce)
        guard case .rejected(let r) = outcome else { return }
        #expect(r.message.contains("a personal budget of"), "\(r.message)")
        #expect(r.message.contains("a review finding the needs no longer eligible, a withdrawal decision and its written notice"))
        #expect(r.message.contains("\"died\""))
        #expect(r.message.contains("receivingCouncil"))
    }

    @Test("given services in force, when the case is closed because the person declined support, then it is refused too", arguments: [ClosureReason.supportDeclined, .informationAndAdviceOnly])
    func everyOtherReasonIsRefused(reason: ClosureReason) {
        Self.delivered.when(Make.close(reason)).thenRejected(.closureWithServicesInForce)
    }

    @Test("given services in force, when the person died, then the case closes and the services end from the date of death")
    func closingForDeathIsAllowed() {
        var c = Self.delivered
        c.record(Make.close(.died, date: "2026-06-15"))
        #expect(c.state.isClosed)
        let after = c.state.inForce(on: day("2026-06-16"))
        #expect(after.personalBudget?.value == nil)
        #expect(after.delivery?.value == nil)
        #expect(after.signedOffPlan?.value == nil)
        #expect(c.state.inForce(on: day("2026-06-14")).personalBudget?.value != nil)
        #expect(c.state.servicesInForce(on: day("2026-06-16")) == nil)
    }

    @Test("given services in force, when the person moved away, then closing needs the receiving council named")
    func movingAwayNamesTheReceivingCouncil() {
        for reason in [ClosureReason.movedAway, .transferredToAnotherCouncil] {
            Self.delivered.when(Make.close(reason)).thenRejected(.closureWithServicesInForce)
            Self.delivered.when(Make.close(reason, receivingCouncil: "   ")).thenRejected(.closureWithServicesInForce)
            Self.delivered.when(Make.close(reason, receivingCouncil: "Coventry City Council")).thenAccepted()
        }
    }

    @Test("given the withdrawal path walked (review, withdrawal, notice), when the case is closed for any reason, then it closes")
    func afterTheWithdrawalPathAnyReasonCloses() {
        let noticed = CaseRuleTable.withdrawn.then(Make.withdrawalNotice())
        noticed.when(Make.close(.servicesWithdrawn)).thenAccepted()
        noticed.when(Make.close(.noEligibleNeeds)).thenAccepted()
    }

    @Test("given no services in force, when the case is closed as information and advice only, then it closes")
    func withoutServicesAnyReasonCloses() {
        CaseRuleTable.opened.when(Make.close(.informationAndAdviceOnly, date: "2026-04-02")).thenAccepted()
    }

    // MARK: Authority by role

    @Test("given a challenge at the panel, when a social worker records the Risk Enablement Panel's decision, then it is refused; the chair's is accepted")
    func panelDecisionByTheChair() {
        let outcome = Self.atPanel.when(Self.acting(.socialWorker, Make.panel()))
        outcome.thenRejected(.decisionRoleNotAllowed)
        if case .rejected(let r) = outcome { #expect(r.message.contains("the configuration allows panelChair"), "\(r.message)") }
        Self.atPanel.when(Make.panel(), by: TestStaff.panelChair).thenAccepted()
    }

    @Test("given a challenge at the panel with no panel decision, when a social worker resolves it, then it is refused; the panel chair may")
    func panelChallengeResolvedByTheChair() {
        Self.atPanel.when(Make.resolve()).thenRejected(.decisionRoleNotAllowed)
        Self.atPanel.when(Make.resolve(role: .teamManager), by: TestStaff.teamManager).thenRejected(.decisionRoleNotAllowed)
        Self.atPanel.when(Make.resolve(role: .panelChair), by: TestStaff.panelChair).thenAccepted()
    }

    @Test("given the panel's decision recorded, when the allocated worker resolves the challenge accepting it, then it is accepted (the panel advises)")
    func afterThePanelTheWorkerResolves() {
        let decided = Self.atPanel.then(Make.panel(), by: TestStaff.panelChair)
        decided.when(Make.resolve()).thenAccepted()
    }

    @Test("given a challenge with the line manager, when a social worker resolves it, then it is refused; a team manager may")
    func lineManagerChallengeResolvedByATeamManager() {
        let withManager = CaseRuleTable.challenged.then(Make.escalate(to: .lineManager))
        withManager.when(Make.resolve()).thenRejected(.decisionRoleNotAllowed)
        withManager.when(Make.resolve(role: .teamManager), by: TestStaff.teamManager).thenAccepted()
        CaseRuleTable.challenged.when(Make.resolve()).thenAccepted()
    }

    @Test("given an open challenge, when it is resolved without reasons, then it is refused")
    func resolutionNeedsReasons() {
        guard case .resolveChallenge(var p) = Make.resolve() else { return }
        p.metadata.reasons = ["  "]
        CaseRuleTable.challenged.when(.resolveChallenge(p)).thenRejected(.reasonsRequired)
    }

    /// Decisions reserved to one role by default: the case before, the command, who may make it.
    static let reserved: [(given: TestCase, command: CaseCommand, holder: String)] = [
        (CaseRuleTable.eligible, Make.financial(), TestStaff.financeOfficer),
        (CaseRuleTable.complained, Make.acknowledge(), TestStaff.complaintsManager),
        (CaseRuleTable.budgeted, Make.signOff(), TestStaff.headOfService),
    ]

    @Test("given a decision reserved to a role (a financial assessment, a complaint's acknowledgement, a sign-off), when a social worker records it, then it is refused by role; its holder's is accepted",
        arguments: 0..<3)
    func reservedDecisions(index: Int) {
        let (given, command, holder) = Self.reserved[index]
        given.when(Self.acting(.socialWorker, command)).thenRejected(.decisionRoleNotAllowed)
        given.when(command, by: holder).thenAccepted()
    }

    @Test("given the finance officer's assessment, when a social worker corrects it, then it is refused; the finance officer may")
    func correctionByARoleBelowIsRefused() {
        let c = CaseRuleTable.financial
        let fa = c.lastEvent(of: "financialAssessmentCompleted")
        let outcome = c.when(Make.correct(c.lastId(of: "financialAssessmentCompleted"), with: fa, as: .socialWorker))
        outcome.thenRejected(.decisionRoleNotAllowed)
        if case .rejected(let r) = outcome { #expect(r.message.contains("cannot correct a financial assessment"), "\(r.message)") }
        c.when(Make.correct(c.lastId(of: "financialAssessmentCompleted"), with: fa), by: TestStaff.financeOfficer).thenAccepted()
        // A team manager does not stand above the finance officer by default.
        c.when(Make.correct(c.lastId(of: "financialAssessmentCompleted"), with: fa, as: .teamManager), by: TestStaff.teamManager)
            .thenRejected(.decisionRoleNotAllowed)
    }

    @Test("given assessments made by social workers only, when a team manager corrects one, then it is accepted (a team manager stands above); with no role above, refused")
    func correctionByARoleAboveIsAllowed() {
        var c = CaseRuleTable.assessed
        var roles = DecisionAuthority.standard.roles
        roles["assessNeeds"] = [.socialWorker]
        c.configuration.decisionRoles = roles
        let correction = Make.correct(c.lastId(of: "needsAssessed"), with: c.lastEvent(of: "needsAssessed"), as: .teamManager)
        c.when(correction, by: TestStaff.teamManager).thenAccepted()
        c.when(Make.correct(c.lastId(of: "needsAssessed"), with: c.lastEvent(of: "needsAssessed"), as: .complaintsManager),
            by: TestStaff.complaintsManager).thenRejected(.decisionRoleNotAllowed)
        c.configuration.rolesAbove = [:]
        c.when(correction, by: TestStaff.teamManager).thenRejected(.decisionRoleNotAllowed)
    }

    @Test("given a configuration allowing social workers to complete financial assessments, when one does, then it is accepted; and a team manager put above the finance officer may correct one")
    func theConfigurationDecides() {
        var c = CaseRuleTable.eligible
        var roles = DecisionAuthority.standard.roles
        roles["completeFinancialAssessment"] = [.socialWorker, .financialAssessmentOfficer]
        c.configuration.decisionRoles = roles
        c.when(Self.acting(.socialWorker, Make.financial())).thenAccepted()
        var f = CaseRuleTable.financial
        f.configuration.rolesAbove = [.teamManager: [.financialAssessmentOfficer]]
        f.when(Make.correct(f.lastId(of: "financialAssessmentCompleted"), with: f.lastEvent(of: "financialAssessmentCompleted"), as: .teamManager),
            by: TestStaff.teamManager).thenAccepted()
    }

    @Test("the default table names every decision but resolution and correction, each with at least one role")
    func theDefaultTableIsComplete() {
        let standard = DecisionAuthority.standard
        #expect(Set(standard.roles.keys) == Set(DecisionAuthority.decisionNames))
        #expect(standard.roles.values.allSatisfy { !$0.isEmpty })
        #expect(Set(standard.challengeResolution.keys) == Set(ChallengeLevel.allCases))
        #expect(!DecisionAuthority.decisionNames.contains("resolveChallenge") && !DecisionAuthority.decisionNames.contains("correctEvent"))
        // issue 17: retention — an erased event is no decision of its own.
        for kind in CaseEvent.Kind.allCases where kind != .erased {
            #expect(CaseCommand.allNames.contains(DecisionAuthority.commandName(of: kind)))
        }
    }
}
