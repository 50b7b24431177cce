import CaseAudit
import CaseLedger
import CaseLedgerTestSupport
import Foundation
import LedgerStore
import Testing

/// Histories for the compliance check, written straight to the store (bypassing `decide`, as
/// imported legacy data would be): Mr D's case as `decide` recorded it, then changed.
enum ComplianceHistories {
    /// One event to write: the fact, who recorded it and when, and its id.
    struct Entry {
        var event: CaseEvent
        var actor: String
        var recordedAt: Timestamp
        var id: String
    }

    /// Mr D's case as `decide` recorded it (compliant, with a correction of the financial
    /// assessment that changes nothing the rules look at).
    static let mrD: [Entry] = {
        let fx = try! FixtureLedger()
        let story = try! Stories.mrD(fx)
        return story.state.history.map { Entry(event: $0.event, actor: $0.actor, recordedAt: $0.recordedAt, id: $0.id) }
    }()

    /// The report's date: the day after Mr D's review.
    static let asOf = day("2026-07-21")

    /// Writes `entries` as case C-1001 of a new fixture ledger, each event its own batch.
    static func write(_ entries: [Entry]) throws -> FixtureLedger {
        let fx = try FixtureLedger()
        for e in entries {
            _ = try fx.ledger.append([NewEvent(
                id: EventID(e.id)!, stream: "C-1001", type: e.event.typeName, schema: Int64(e.event.schemaVersion), actor: e.actor,
                payload: e.event.payload)], clock: { e.recordedAt })
        }
        return fx
    }

    /// The report over `entries` for `rules`, as at `asOf`.
    static func report(_ entries: [Entry], rules: [ComplianceRule] = [], view: TimeView = TimeView(), asOf: CalendarDate = asOf) throws
        -> ComplianceReport
    {
        let fx = try write(entries)
        return ComplianceReport(
            histories: try fx.audit().caseHistories(), rules: rules, view: view, asOf: asOf,
            configuration: { _ in FixtureConfiguration.standard })
    }

    /// `entries` with every event of `type` changed by `change` (nil removes it).
    static func changing(_ entries: [Entry], _ type: String, nth: Int? = nil, _ change: (CaseEvent) -> CaseEvent?) -> [Entry] {
        var seen = 0
        return entries.compactMap { e in
            guard e.event.typeName == type else { return e }
            defer { seen += 1 }
            if let nth, nth != seen { return e }
            guard let changed = change(e.event) else { return nil }
            var out = e
            out.event = changed
            return out
        }
    }

    /// `event` with its effective date moved to `date`.
    static func effective(_ event: CaseEvent, _ date: String) -> CaseEvent {
        var m = event.metadata
        m.effectiveDate = day(date)
        return event.replacingMetadata(m)
    }

    /// `entries` with `event` inserted before the first event of `type` (recorded a second
    /// before it), or at the end.
    static func inserting(_ event: CaseEvent, before type: String? = nil, into entries: [Entry], by actor: String = FixtureStaff.socialWorker, id: String)
        -> [Entry]
    {
        var out = entries
        let i = type.flatMap { t in entries.firstIndex { $0.event.typeName == t } } ?? entries.count
        let time = i < entries.count
            ? Timestamp(microsecondsSinceEpoch: entries[i].recordedAt.microsecondsSinceEpoch - 1_000_000)
            : Timestamp(microsecondsSinceEpoch: entries[entries.count - 1].recordedAt.microsecondsSinceEpoch + 60_000_000)
        out.insert(Entry(event: event, actor: actor, recordedAt: time, id: id), at: i)
        return out
    }

    /// Mr D's case with the sign-off of plan P-1 version 2 (above the team manager's limit)
    /// corrected, unchanged, by `actor` at the end.
    static func correctedSignOff(by actor: String) -> [Entry] {
        let signOff = mrD.last { if case .planSignedOff(let s) = $0.event { s.version == 2 } else { false } }!
        let correction = EventCorrected(
            metadata: meta(.teamManager, "2026-07-25", reasons: ["the sign-off's reasons restated"]), supersedes: signOff.id, corrected: signOff.event)
        return inserting(.eventCorrected(correction), into: mrD, by: actor, id: "00000000-0000-4000-8000-0000000001c1")
    }

    static func withoutCorrection(_ entries: [Entry]) -> [Entry] { changing(entries, "eventCorrected") { _ in nil } }

    /// Mr D's review recommending withdrawal, then the withdrawal, its notice and closure.
    static func withdrawn(notice: Bool = true, review: Bool = true) -> [Entry] {
        var list = review ? changing(mrD, "reviewCompleted") { e in
            guard case .reviewCompleted(var r) = e else { return e }
            r.outcome = .withdrawalRecommended
            r.needsStillEligible = false
            return .reviewCompleted(r)
        } : changing(changing(mrD, "reviewCompleted") { _ in nil }, "reviewRequested") { _ in nil }
        list = inserting(.withdrawalDecided(WithdrawalDecided(metadata: meta(.socialWorker, "2026-07-20", reasons: ["needs no longer eligible"]), reviewId: "RV-1")),
            into: list, id: "00000000-0000-4000-8000-0000000001a1")
        if notice {
            list = inserting(.withdrawalNoticeSent(WithdrawalNoticeSent(metadata: meta(.socialWorker, "2026-07-20"), format: .standardPrint, sentTo: "Mr D")),
                into: list, id: "00000000-0000-4000-8000-0000000001a2")
        }
        return inserting(.caseClosed(CaseClosed(metadata: meta(.socialWorker, "2026-07-20", reasons: ["services withdrawn"]), reason: .servicesWithdrawn)),
            into: list, id: "00000000-0000-4000-8000-0000000001a3")
    }

    /// Reablement started on `date` (free for 6 weeks), before the financial assessment.
    static func reablement(from date: String) -> [Entry] {
        let start = day(date)
        return inserting(.reablementStarted(ReablementStarted(
            metadata: meta(.socialWorker, date), reablementId: "RB-1", provider: "reablement team", goals: ["cook again"],
            freeUntil: FixtureConfiguration.standard.reablementFreeUntil(start: start))),
            before: "financialAssessmentCompleted", into: mrD, id: "00000000-0000-4000-8000-0000000001b1")
    }

    // issue 15: safeguard
    /// Safeguarding, advocacy and subject access events for Mr D's case.
    enum Safeguard {
        static func concern() -> CaseEvent {
            .safeguardingConcernRaised(SafeguardingConcernRaised(
                metadata: meta(.socialWorker, "2026-05-01", restricted: ["raisedBy"]), concernId: "SG-1", raisedBy: "a neighbour at number 12",
                concern: "Mr D's pension taken by a visitor", abuseTypes: [.financialOrMaterial], allegedSource: nil))
        }

        static func dutyMet() -> CaseEvent {
            .safeguardingDutyDecided(SafeguardingDutyDecided(
                metadata: meta(.socialWorker, "2026-05-05", reasons: ["care and support needs; money taken; cannot manage it alone"]), concernId: "SG-1",
                hasCareAndSupportNeeds: true, experiencingOrAtRiskOfAbuseOrNeglect: true, unableToProtectThemselves: true, dutyApplies: true))
        }

        static func advocacy() -> CaseEvent {
            .advocacyConsidered(AdvocacyConsidered(
                metadata: meta(.socialWorker, "2026-07-01", reasons: ["cannot weigh the options; no family nearby"]), considerationId: "AD-1",
                process: .review, substantialDifficulty: true, difficultyAreas: [.usingOrWeighing], appropriatePersonAvailable: false,
                appropriatePerson: nil, advocateAppointed: nil))
        }

        static func accessRequest() -> CaseEvent {
            .subjectAccessRequestReceived(SubjectAccessRequestReceived(
                metadata: meta(.contactAdvisor, "2026-05-01"), requestId: "SAR-1", requester: "Mr D", onBehalfOfPerson: false,
                authority: nil, request: "everything the council holds about me"))
        }
    }

    /// Mr D's case with his wife named as his carer in his needs assessment (issue 15: carers).
    static func withCarer() -> [Entry] {
        changing(mrD, "needsAssessed") { e in
            guard case .needsAssessed(var a) = e else { return e }
            a.participants.append(Participant(name: "Mrs D", role: .carer))
            return .needsAssessed(a)
        }
    }

    /// For each rule, a history that breaks it.
    static func breaking(_ rule: ComplianceRule) -> [Entry] {
        switch rule {
        case .planComponentsMissing:
            return changing(mrD, "supportPlanDrafted") { e in
                guard case .supportPlanDrafted(var d) = e else { return e }
                d.plan.components.text[.stayingInControl] = nil
                return .supportPlanDrafted(d)
            }
        case .planCostExceedsBudget:
            return changing(mrD, "personalBudgetSet", nth: 0) { e in
                guard case .personalBudgetSet(var b) = e else { return e }
                b.weeklyTotal = pounds(200)
                b.weeklyCouncilContribution = pounds(176, 90)
                return .personalBudgetSet(b)
            }
        case .signOffLimitExceeded:
            return mrD.map { e in
                var e = e
                if case .planSignedOff(let s) = e.event, s.version == 2 { e.actor = FixtureStaff.teamManager }
                return e
            }
        // issue 14: h-limits
        case .planNeedsMissing:
            return changing(mrD, "supportPlanDrafted") { e in
                guard case .supportPlanDrafted(var d) = e else { return e }
                d.plan.needs = []
                return .supportPlanDrafted(d)
            }
        case .personalBudgetForOtherPlan:
            return changing(mrD, "personalBudgetSet", nth: 0) { e in
                guard case .personalBudgetSet(var b) = e else { return e }
                b.planId = nil
                return .personalBudgetSet(b)
            }
        case .budgetSplitMismatch:
            return changing(mrD, "personalBudgetSet", nth: 0) { e in
                guard case .personalBudgetSet(var b) = e else { return e }
                b.weeklyCustomerContribution = pounds(33, 10)
                return .personalBudgetSet(b)
            }
        case .contributionExempt:
            return changing(withoutCorrection(mrD), "financialAssessmentCompleted") { e in
                guard case .financialAssessmentCompleted(var f) = e else { return e }
                f.exemptions = [.section117Aftercare]
                return .financialAssessmentCompleted(f)
            }
        case .contributionInFreeReablement:
            return reablement(from: "2026-04-10")
        case .eligibilityThreePartTest:
            return changing(mrD, "needsAssessed") { e in
                guard case .needsAssessed(var a) = e else { return e }
                a.outcomes = a.outcomes.map { o in
                    o.outcome == .managingNutrition ? o : AdultOutcomeFinding(outcome: o.outcome, achieved: true, grounds: [])
                }
                return .needsAssessed(a)
            }
        case .eligibilityNoticeMissing:
            return changing(mrD, "eligibilityNoticeSent") { _ in nil }
        case .reviewOverdue:
            return changing(mrD, "reviewCompleted") { effective($0, "2027-07-20") }
        case .firstReviewLate:
            return changing(mrD, "reviewCompleted") { effective($0, "2026-08-20") }
        case .directPaymentExcludedService:
            return changing(mrD, "supportPlanDrafted") { e in
                guard case .supportPlanDrafted(var d) = e else { return e }
                d.plan.lines[0].kind = .permanentResidentialCare
                return .supportPlanDrafted(d)
            }
        case .directPaymentReviewLate:
            return changing(mrD, "reviewCompleted") { effective($0, "2026-11-20") }
        case .withdrawalWithoutReview:
            return withdrawn(review: false)
        case .closureBeforeWithdrawalNotice:
            return withdrawn(notice: false)
        case .complaintAcknowledgementLate:
            return changing(mrD, "complaintAcknowledged") { effective($0, "2026-06-20") }
        case .complaintResponseLate:
            return changing(mrD, "complaintResponded") { effective($0, "2027-01-20") }
        // issue 14: corrections
        case .correctionNotAsDecided:
            // The correction of the financial assessment writes in £10.00 a week, not the rate table's figure.
            return changing(mrD, "eventCorrected") { e in
                guard case .eventCorrected(var c) = e, case .financialAssessmentCompleted(var f) = c.corrected else { return e }
                f.weeklyContribution = pounds(10)
                c.corrected = .financialAssessmentCompleted(f)
                return .eventCorrected(c)
            }
        case .correctionAuthorityMissing:
            return correctedSignOff(by: FixtureStaff.teamManager)
        // issue 14: closing, withdrawal and authority by role
        case .closureWithServicesInForce:
            // Mr D's case, delivered and reviewed, closed as if his needs were not eligible.
            return inserting(.caseClosed(CaseClosed(metadata: meta(.socialWorker, "2026-07-25", reasons: ["no eligible needs"]), reason: .noEligibleNeeds)),
                into: mrD, id: "00000000-0000-4000-8000-0000000001c1")
        case .decisionRoleNotAllowed:
            // His financial assessment recorded by the social worker, acting as one.
            return withoutCorrection(mrD).map { e in
                guard case .financialAssessmentCompleted = e.event else { return e }
                var e = e
                var m = e.event.metadata
                m.actingRole = .socialWorker
                e.event = e.event.replacingMetadata(m)
                e.actor = FixtureStaff.socialWorker
                return e
            }
        case .staffUnknown:
            // His review completed by someone never on the register.
            return mrD.map { e in
                guard case .reviewCompleted = e.event else { return e }
                var e = e
                e.actor = "S-99"
                return e
            }
        // issue 15: direct payments and capacity
        case .directPaymentCloseFamilyInHousehold:
            // His direct payment paying his daughter, who lives with him, with no necessity decision.
            return changing(mrD, "deliveryArranged") { e in
                guard case .deliveryArranged(var d) = e else { return e }
                for i in d.arrangements.indices where d.arrangements[i].mechanism == .directPayment {
                    d.arrangements[i].payee = "Ann D"
                    d.arrangements[i].payeeRelationship = .child
                    d.arrangements[i].payeeLivesInHousehold = true
                }
                return .deliveryArranged(d)
            }
        // issue 15: safeguard
        case .safeguardingDecisionLate:
            // A concern received on 1 May 2026 never decided.
            return inserting(Safeguard.concern(), into: mrD, id: "00000000-0000-4000-8000-0000000001d1")
        case .safeguardingEnquiryMissing:
            // A concern found on 5 May 2026 to meet the s42 duty, with no enquiry.
            return inserting(Safeguard.dutyMet(), into: inserting(Safeguard.concern(), into: mrD, id: "00000000-0000-4000-8000-0000000001d1"),
                id: "00000000-0000-4000-8000-0000000001d2")
        case .advocateNotArranged:
            // Before his review, Mr D found to need an advocate for it; none appointed.
            return inserting(Safeguard.advocacy(), before: "reviewCompleted", into: mrD, id: "00000000-0000-4000-8000-0000000001d3")
        case .subjectAccessAnswerLate:
            // A subject access request received on 1 May 2026 never answered.
            return inserting(Safeguard.accessRequest(), into: mrD, id: "00000000-0000-4000-8000-0000000001d4")
        // issue 15: carers
        case .carersAssessmentOfferMissing:
            return withCarer()
        case .reablementProgressMissing:
            return reablement(from: "2026-04-10")
        // issue 15: notices
        case .noticeMissing:
            // The copy of his assessment never sent.
            return changing(mrD, "noticeSent", nth: 0) { _ in nil }
        case .noticeRightsMissing:
            // The copy of his assessment said nothing of the Ombudsman.
            return changing(mrD, "noticeSent", nth: 0) { e in
                guard case .noticeSent(var n) = e else { return e }
                n.rightsStated = [.challenge, .complain]
                return .noticeSent(n)
            }
        case .eventUnreadable:
            // Not in `allCases`: an unreadable event is not a history of case events (UnreadableEventTests).
            return mrD
        }
    }

    /// For each rule, a history where it applies and is kept.
    static func keeping(_ rule: ComplianceRule) -> [Entry] {
        switch rule {
        case .contributionInFreeReablement: reablement(from: "2026-03-01")
        // issue 15: carers
        case .carersAssessmentOfferMissing:
            inserting(.carersAssessmentOffered(CarersAssessmentOffered(
                metadata: meta(.socialWorker, "2026-04-20", restricted: ["response", "carersWords"]), offerId: "OF-1", carerName: "Mrs D",
                askedByCarer: false, response: .accepted, carersWords: nil)),
                before: "eligibilityDetermined", into: withCarer(), id: "00000000-0000-4000-8000-0000000001d2")
        case .withdrawalWithoutReview, .closureBeforeWithdrawalNotice: withdrawn()
        case .correctionAuthorityMissing: correctedSignOff(by: FixtureStaff.headOfService)
        case .closureWithServicesInForce:
            inserting(.caseClosed(CaseClosed(metadata: meta(.socialWorker, "2026-07-25", reasons: ["Mr D died on 25 July 2026"]), reason: .died)),
                into: mrD, id: "00000000-0000-4000-8000-0000000001c1")
        // issue 15: direct payments and capacity
        case .directPaymentCloseFamilyInHousehold:
            inserting(.directPaymentNecessityDecided(DirectPaymentNecessityDecided(
                metadata: meta(.socialWorker, "2026-04-01", reasons: ["only his daughter can provide the night-time care he needs"]),
                decisionId: "DPN-1", payee: "Ann D", relationship: .child, necessaryToMeetNeeds: true, necessaryForAdministration: false)),
                before: "deliveryArranged", into: breaking(.directPaymentCloseFamilyInHousehold), id: "00000000-0000-4000-8000-0000000001d1")
        default: mrD
        }
    }
}

@Suite("Compliance findings in recorded history")
struct ComplianceTests {
    @Test("a history that breaks the rule gives a finding naming the case, the events, the rule and its source", arguments: ComplianceRule.allCases)
    func breakingHistoryIsFound(rule: ComplianceRule) throws {
        let report = try ComplianceHistories.report(ComplianceHistories.breaking(rule), rules: [rule])
        #expect(!report.open.isEmpty, "\(rule.code): no finding")
        for f in report.findings {
            #expect(f.rule == rule)
            #expect(f.caseId == "C-1001")
            #expect(!f.refs.isEmpty && f.refs.count == f.eventIds.count)
            #expect(!f.sentence.isEmpty && !f.source.isEmpty)
        }
    }

    @Test("a history that keeps the rule gives no finding", arguments: ComplianceRule.allCases)
    func keepingHistoryIsClean(rule: ComplianceRule) throws {
        let report = try ComplianceHistories.report(ComplianceHistories.keeping(rule), rules: [rule])
        #expect(report.findings.isEmpty, "\(rule.code): \(report.findings.map(\.sentence))")
    }

    @Test("Mr D's case as decide recorded it breaks no rule")
    func decidedHistoryIsClean() throws {
        let report = try ComplianceHistories.report(ComplianceHistories.mrD)
        #expect(report.findings.isEmpty, "\(report.findings.map(\.statement))")
    }

    @Test("a plan signed off without component 6 is named in plain words with the training deck as source")
    func componentSixSentence() throws {
        let f = try ComplianceHistories.report(ComplianceHistories.breaking(.planComponentsMissing)).open
        #expect(f.count == 1)
        #expect(f.first?.statement == "plan P-1 version 1 was signed off without component 6 (how the person stays in control) — support planning training deck, the 7 essential components of a support plan")
    }

    @Test("a review 14 months after the previous one cites Care Act s27 guidance")
    func reviewFourteenMonths() throws {
        let entries = ComplianceHistories.changing(ComplianceHistories.mrD, "reviewCompleted") { ComplianceHistories.effective($0, "2027-08-20") }
        let f = try ComplianceHistories.report(entries, rules: [.reviewOverdue], asOf: day("2027-08-21")).open
        #expect(f.count == 1)
        #expect(f.first?.sentence.contains("came 14 months after the sign-off of plan P-1 version 2 on 8 June 2026") == true)
        #expect(f.first?.source == "Care Act 2014 s27; Care and Support Statutory Guidance ch. 13; Wiltshire SDS policy 2014, 5. Review and re-assessments")
    }

    @Test("a missing step counts only once it falls due by the report's date")
    func missingStepsCountFromTheirDueDate() throws {
        let entries = ComplianceHistories.changing(ComplianceHistories.changing(ComplianceHistories.mrD, "reviewCompleted") { _ in nil }, "complaintResponded") { _ in nil }
        // issue 15: the 6 months beginning on the day of receipt end the day before (reg 14).
        #expect(try ComplianceHistories.report(entries, rules: [.complaintResponseLate], asOf: day("2026-12-09")).findings.isEmpty)
        let late = try ComplianceHistories.report(entries, rules: [.complaintResponseLate], asOf: day("2026-12-10")).open
        #expect(late.count == 1)
        #expect(late.first?.sentence.contains("has no response recorded; one was due by 9 December 2026") == true)
        // issue 15: the first review is late after the 8 weeks from when services started.
        #expect(try ComplianceHistories.report(entries, rules: [.firstReviewLate], asOf: day("2026-07-21")).open.isEmpty)
        let review = try ComplianceHistories.report(entries, rules: [.firstReviewLate], asOf: day("2026-08-20")).open
        #expect(review.map(\.refs.count) == [1])
        #expect(review.first?.sentence.contains("Care and Support Statutory Guidance para 13.32") == true)
    }

    // issue 14: corrections
    @Test("given a correction writing in a contribution the rate table does not give, then put right by a second correction of the same assessment, the first is reported as corrected by the second")
    func forgedCorrectionPutRight() throws {
        let good = ComplianceHistories.mrD.last { $0.event.typeName == "eventCorrected" }!
        let entries = ComplianceHistories.inserting(good.event, into: ComplianceHistories.breaking(.correctionNotAsDecided),
            by: good.actor, id: "00000000-0000-4000-8000-0000000001d1")
        let report = try ComplianceHistories.report(entries, rules: [.correctionNotAsDecided])
        let fx = try ComplianceHistories.write(entries)
        let second = try fx.history("C-1001").events.last { $0.event.typeName == "eventCorrected" }!
        #expect(report.open.isEmpty)
        #expect(report.findings.count == 1)
        #expect(report.findings.first?.status == .corrected(by: second.seq))
        #expect(report.findings.first?.sentence.contains("weeklyContribution £10.00, but the rules give weeklyContribution £31.10") == true,
            "\(report.findings.map(\.sentence))")
    }

    @Test("a breach put right by a later correction is reported as corrected by that correction's ref")
    func correctedBreachIsReportedAsCorrected() throws {
        let entries = ComplianceHistories.changing(ComplianceHistories.mrD, "financialAssessmentCompleted") { e in
            guard case .financialAssessmentCompleted(var f) = e else { return e }
            f.exemptions = [.section117Aftercare]
            return .financialAssessmentCompleted(f)
        }
        let report = try ComplianceHistories.report(entries, rules: [.contributionExempt])
        let fx = try ComplianceHistories.write(entries)
        let correction = try fx.history("C-1001").events.first { $0.event.typeName == "eventCorrected" }!
        #expect(!report.findings.isEmpty)
        #expect(report.open.isEmpty)
        for f in report.findings {
            #expect(f.status == .corrected(by: correction.seq))
            #expect(f.status.words == "corrected by ref \(correction.seq)")
        }
        let before = try ComplianceHistories.report(entries, rules: [.contributionExempt], view: TimeView(asKnownAt: at(Stories.beforeCorrection)))
        #expect(!before.open.isEmpty && before.corrected.isEmpty)
    }

    @Test("in force on a date leaves out what took effect after it")
    func inForceOn() throws {
        let entries = ComplianceHistories.breaking(.complaintAcknowledgementLate)
        #expect(try ComplianceHistories.report(entries, rules: [.complaintAcknowledgementLate], view: TimeView(inForceOn: day("2026-06-12")), asOf: day("2026-06-12")).findings.isEmpty)
        #expect(try ComplianceHistories.report(entries, rules: [.complaintAcknowledgementLate], view: TimeView(inForceOn: day("2026-06-16")), asOf: day("2026-06-16")).open.count == 1)
    }

    @Test("every rule has a code, a requirement and a source, and the domain's codes where decide enforces it")
    func catalogue() {
        #expect(ComplianceCheck.catalogue.map(\.rule) == ComplianceRule.allCases)
        for r in ComplianceRule.allCases {
            #expect(!r.requirement.isEmpty && !r.source.isEmpty)
        }
        #expect(ComplianceRule.planComponentsMissing.domainRule == .planComponentsMissing)
        #expect(ComplianceRule.reviewOverdue.domainRule == nil)
    }
}

@Suite("Golden files of the compliance report")
struct ComplianceGoldenTests {
    @Test("compliance: text, Markdown, HTML, JSON, CSV")
    func goldens() throws {
        var entries = ComplianceHistories.breaking(.planComponentsMissing)
        entries = ComplianceHistories.changing(entries, "financialAssessmentCompleted") { e in
            guard case .financialAssessmentCompleted(var f) = e else { return e }
            f.exemptions = [.section117Aftercare]
            return .financialAssessmentCompleted(f)
        }
        let fx = try ComplianceHistories.write(entries)
        let report = ComplianceReport(
            histories: try fx.audit().caseHistories(), asOf: ComplianceHistories.asOf, configuration: { _ in FixtureConfiguration.standard })
        let integrity = try fx.integrity()
        Golden.check(report.render(RenderOptions(format: .text), integrity: integrity), "compliance.txt")
        Golden.check(report.render(RenderOptions(format: .md), integrity: integrity), "compliance.md")
        let html = report.render(RenderOptions(format: .html), integrity: integrity)
        Golden.check(html, "compliance.html")
        Golden.check(report.render(RenderOptions(format: .json), integrity: integrity), "compliance.json")
        Golden.check(report.render(RenderOptions(format: .csv), integrity: integrity), "compliance.csv")
    }
}
