import CaseLedger

/// The catalogue of compliance rules: each a small pure function over one case's recorded
/// history returning the breaches it finds, in words. What the law or policy says is never
/// restated here: each rule asks the domain's own function (`evolve` for the case as known
/// before each event, `EligibilityTest`, `PlanComponents.missing`,
/// `CaseState.personalBudgetCover`, `StaffRegister.signOffAuthority`,
/// `PersonalBudgetSet.splitAddsUp`, `CaseState.exemptions`, `CaseState.freeReablement`,
/// `ReviewIntervals`' due dates and `ReviewSchedule.follows`, `Configuration.directPaymentMayNotPay`,
/// `CaseState.withdrawalGroundMissing` and `withdrawalAwaitingNotice`, and the configuration's
/// complaint deadlines), and only finds the events and phrases the finding.
public struct ComplianceCheck: Sendable {
    /// The rule checked.
    public let rule: ComplianceRule
    /// The breaches of it in one case's history.
    public let check: @Sendable (ComplianceInput) -> [Finding]
    /// For a rule that judges each event with the case as it stood just before it: the breaches
    /// at one step, appended (`check` gives them over every step in order); nil for a rule that
    /// reads the history as a whole.
    let atStep: (@Sendable (ComplianceInput, ComplianceStep, inout [Finding]) -> Void)?
    /// The kinds of event `atStep` judges: it is called at no other step (it could find no
    /// breach there). Empty for a rule that reads the history as a whole.
    let stepKinds: [CaseEvent.Kind]

    /// Every rule, in the order reports list them.
    public static let catalogue: [ComplianceCheck] = [
        ComplianceCheck(rule: .planComponentsMissing, on: [.planSignedOff], atStep: planComponentsMissing),
        ComplianceCheck(rule: .planCostExceedsBudget, on: [.planSignedOff], atStep: planCostExceedsBudget),
        ComplianceCheck(rule: .signOffLimitExceeded, on: [.planSignedOff], atStep: signOffLimitExceeded),
        // issue 14: h-limits
        ComplianceCheck(rule: .planNeedsMissing, on: [.planSignedOff], atStep: planNeedsMissing),
        ComplianceCheck(rule: .personalBudgetForOtherPlan, on: [.planSignedOff], atStep: personalBudgetForOtherPlan),
        ComplianceCheck(rule: .budgetSplitMismatch, check: budgetSplitMismatch),
        ComplianceCheck(rule: .contributionExempt, on: charges, atStep: contributionExempt),
        ComplianceCheck(rule: .contributionInFreeReablement, on: charges, atStep: contributionInFreeReablement),
        ComplianceCheck(rule: .eligibilityThreePartTest, on: [.eligibilityDetermined], atStep: eligibilityThreePartTest),
        ComplianceCheck(rule: .eligibilityNoticeMissing, check: eligibilityNoticeMissing),
        ComplianceCheck(rule: .reviewOverdue, check: reviewOverdue),
        ComplianceCheck(rule: .firstReviewLate, check: firstReviewLate),
        ComplianceCheck(rule: .directPaymentExcludedService, on: [.deliveryArranged], atEachStep: directPaymentExcludedService),
        ComplianceCheck(rule: .directPaymentReviewLate, check: directPaymentReviewLate),
        ComplianceCheck(rule: .withdrawalWithoutReview, on: [.withdrawalDecided], atStep: withdrawalWithoutReview),
        ComplianceCheck(rule: .closureBeforeWithdrawalNotice, on: [.caseClosed], atStep: closureBeforeWithdrawalNotice),
        ComplianceCheck(rule: .complaintAcknowledgementLate, check: complaintAcknowledgementLate),
        ComplianceCheck(rule: .complaintResponseLate, check: complaintResponseLate),
        // issue 14: closing, withdrawal and authority by role
        ComplianceCheck(rule: .closureWithServicesInForce, on: [.caseClosed], atStep: closureWithServicesInForce),
        ComplianceCheck(rule: .decisionRoleNotAllowed, on: CaseEvent.Kind.allCases, atStep: decisionRoleNotAllowed),
        ComplianceCheck(rule: .staffUnknown, on: CaseEvent.Kind.allCases, atStep: staffUnknown),
        // issue 14: corrections
        ComplianceCheck(rule: .correctionNotAsDecided, check: { correctionBreaches($0, .correctionNotAsDecided) }),
        ComplianceCheck(rule: .correctionAuthorityMissing, check: { correctionBreaches($0, .correctionAuthorityMissing) }),
        // issue 15: direct payments and capacity
        ComplianceCheck(rule: .directPaymentCloseFamilyInHousehold, on: [.deliveryArranged], atStep: directPaymentCloseFamilyInHousehold),
        // issue 15: safeguard
        ComplianceCheck(rule: .safeguardingDecisionLate, check: safeguardingDecisionLate),
        ComplianceCheck(rule: .safeguardingEnquiryMissing, check: safeguardingEnquiryMissing),
        ComplianceCheck(rule: .advocateNotArranged, on: [.needsAssessed, .carersAssessed, .planSignedOff, .reviewCompleted], atStep: advocateNotArranged),
        ComplianceCheck(rule: .subjectAccessAnswerLate, check: subjectAccessAnswerLate),
        // issue 15: carers
        ComplianceCheck(rule: .carersAssessmentOfferMissing, check: carersAssessmentOfferMissing),
        ComplianceCheck(rule: .reablementProgressMissing, check: reablementProgressMissing),
        // issue 15: notices
        ComplianceCheck(rule: .noticeMissing, check: noticeMissing),
        ComplianceCheck(rule: .noticeRightsMissing, on: [.eligibilityNoticeSent, .noticeSent, .withdrawalNoticeSent], atStep: noticeRightsMissing),
    ]

    /// The kinds of event that charge a contribution: a financial assessment, a personal budget.
    static let charges: [CaseEvent.Kind] = [.financialAssessmentCompleted, .personalBudgetSet]

    /// The check of `rule`.
    public static func of(_ rule: ComplianceRule) -> ComplianceCheck { catalogue.first { $0.rule == rule }! }
}

// MARK: - Support planning and sign-off

extension ComplianceCheck {
    /// A sign-off of a plan version missing any of the 7 essential components.
    static func planComponentsMissing(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        guard case .planSignedOff(let s) = step.event.event, let content = input.planContent(step.before, s.planId, s.version) else { return nil }
        let e = step.event
        let missing = content.components.missing
        guard !missing.isEmpty else { return nil }
        let listed = missing.map { "\($0.number) (\($0.words))" }
        let which = listed.count == 1 ? "component \(listed[0])" : "components \(listed.spokenList)"
        return Finding(input.caseId, .planComponentsMissing, e, and: input.planVersionEvent(before: step, s.planId, s.version),
            date: e.effectiveDate, "plan \(s.planId) version \(s.version) was signed off without \(which)")
    }

    /// A sign-off of a plan costing more than the personal budget in force on its date, or with
    /// none in force.
    static func planCostExceedsBudget(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        guard case .planSignedOff(let s) = step.event.event else { return nil }
        let e = step.event, before = step.before
        let cost = signedOffCost(input, before, s)
        let oneOff = input.planContent(before, s.planId, s.version)?.oneOffCost ?? s.oneOffCost ?? .zero
        let date = e.effectiveDate
        switch before.personalBudgetCover(of: cost, oneOff: oneOff, for: s.planId, version: s.version, on: date) {
        case .covered:
            return nil
        case .otherPlan:
            return nil  // found under personal-budget-for-other-plan
        case .noBudget:
            return Finding(input.caseId, .planCostExceedsBudget, e, date: date,
                "plan \(s.planId) version \(s.version) was signed off on \(date: date) costing \(Words.weekly(cost)) with no personal budget in force")
        case .exceeded(let entry):
            let b = entry.value!
            if cost <= b.weeklyTotal {
                return Finding(input.caseId, .planCostExceedsBudget, e, and: input.event(id: entry.eventId), date: date,
                    "plan \(s.planId) version \(s.version) was signed off with one-off costs of \(oneOff), more than the \(b.oneOffTotal ?? .zero) in one-off amounts its personal budget agreed")
            }
            return Finding(input.caseId, .planCostExceedsBudget, e, and: input.event(id: entry.eventId), date: date,
                "plan \(s.planId) version \(s.version) was signed off costing \(Words.weekly(cost)), more than the personal budget of \(Words.weekly(b.weeklyTotal))")
        }
    }

    /// The weekly cost of the plan version a sign-off signed, from the plan as known before it
    /// (the sign-off's own figure when the plan is unknown).
    static func signedOffCost(_ input: ComplianceInput, _ before: CaseState, _ s: PlanSignedOff) -> Money {
        input.planContent(before, s.planId, s.version)?.weeklyCost ?? s.weeklyCost
    }

    // issue 14: h-limits
    /// A sign-off of a plan version that specified no needs, or marked none eligible where needs
    /// were found eligible (`CaseState.needsGap`).
    static func planNeedsMissing(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        guard case .planSignedOff(let s) = step.event.event, let content = input.planContent(step.before, s.planId, s.version),
              let gap = step.before.needsGap(of: content, on: step.event.effectiveDate) else { return nil }
        let e = step.event
        return Finding(input.caseId, .planNeedsMissing, e, and: input.planVersionEvent(before: step, s.planId, s.version),
            date: e.effectiveDate, "plan \(s.planId) version \(s.version) was signed off although \(gap.words)")
    }

    /// A sign-off against a personal budget set for another plan, another version or no plan.
    static func personalBudgetForOtherPlan(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        guard case .planSignedOff(let s) = step.event.event,
              case .otherPlan(let entry) = step.before.personalBudgetCover(
                  of: signedOffCost(input, step.before, s), for: s.planId, version: s.version, on: step.event.effectiveDate)
        else { return nil }
        let e = step.event
        return Finding(input.caseId, .personalBudgetForOtherPlan, e, and: input.event(id: entry.eventId), date: e.effectiveDate,
            "plan \(s.planId) version \(s.version) was signed off against the personal budget of \(Words.weekly(entry.value!.weeklyTotal)) set for \(entry.value!.fundedPlanWords)")
    }

    /// A sign-off by someone whose sign-off authority on the decision date (the register as
    /// known then) did not cover the plan's weekly cost.
    static func signOffLimitExceeded(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        guard case .planSignedOff(let s) = step.event.event else { return nil }
        let e = step.event, before = step.before
        // A one-off cost counts spread over the first year (`SupportPlanContent.weeklyCostForAuthority`).
        let cost = input.planContent(before, s.planId, s.version)?.weeklyCostForAuthority ?? s.weeklyCost
        let on = CalendarDate(e.recordedAt)
        let register = input.register(at: e)
        // Who signed, in words, only for a breach.
        func who() -> String { register.nameOf(e.actor) }
        switch register.signOffAuthority(of: e.actor, on: on, over: cost) {
        case .covers:
            return nil
        case .none:
            return Finding(input.caseId, .signOffLimitExceeded, e, date: e.effectiveDate,
                "the sign-off of \(date: e.effectiveDate) of plan \(s.planId) version \(s.version), costing \(Words.weekly(cost)), was recorded by \(who()), who held no sign-off authority on \(date: on)")
        case .below(let limit):
            return Finding(input.caseId, .signOffLimitExceeded, e, date: e.effectiveDate,
            "the sign-off of \(date: e.effectiveDate) of plan \(s.planId) version \(s.version), costing \(Words.weekly(cost)), was recorded by \(who()), whose sign-off authority on \(date: on) went up to \(Words.weekly(limit))")
        }
    }
}

// MARK: - Money

extension ComplianceCheck {
    /// A personal budget that is not the council's contribution plus the customer's.
    static func budgetSplitMismatch(_ input: ComplianceInput) -> [Finding] {
        input.events.compactMap { e in
            guard e.kind == .personalBudgetSet, case .personalBudgetSet(let b) = e.event,
                !b.splitAddsUp else { return nil }
            return Finding(input.caseId, .budgetSplitMismatch, e, date: e.effectiveDate,
                "the personal budget of \(Words.weekly(b.weeklyTotal)) is not the council's \(b.weeklyCouncilContribution) plus the customer's \(b.weeklyCustomerContribution) (\(b.weeklyCouncilContribution + b.weeklyCustomerContribution))")
        }
    }

    /// A contribution charged (in a financial assessment or a personal budget) where an
    /// exemption applies.
    static func contributionExempt(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        switch step.event.event {
        case .financialAssessmentCompleted(let f) where f.chargesContribution:
            let e = step.event
            guard let first = step.before.exemptions(assessed: f.exemptions, carersServicesFree: input.configuration(at: e).carersServicesFree).first
            else { return nil }
            return Finding(input.caseId, .contributionExempt, e, date: e.effectiveDate,
                "financial assessment \(f.financialAssessmentId) charged \(f.paysFullCost ? "the full cost" : Words.weekly(f.weeklyContribution)) although \(first.words)")
        case .personalBudgetSet(let b) where b.weeklyCustomerContribution > .zero:
            let e = step.event, before = step.before
            if let first = before.exemptions(on: e.effectiveDate, carersServicesFree: input.configuration(at: e).carersServicesFree).first {
                let fa = before.contributions.entry(on: e.effectiveDate).flatMap { input.event(id: $0.eventId) }
                return Finding(input.caseId, .contributionExempt, e, and: fa, date: e.effectiveDate,
                    "the personal budget charged the customer \(Words.weekly(b.weeklyCustomerContribution)) from \(date: e.effectiveDate) although \(first.words)")
            }
            // issue 15: charging — a contribution above the chargeable part (the plan's free lines).
            let chargeable = before.chargeableWeekly(of: b.weeklyTotal, planId: b.planId, version: b.planVersion)
            guard b.weeklyCustomerContribution > chargeable, let planId = b.planId, let record = before.plans[planId] else { return nil }
            let version = b.planVersion ?? record.currentVersion
            let free = record.versions[version - 1].freeLines.map { "\($0.lineId) (\($0.exemption!.words))" }.joined(separator: ", ")
            return Finding(input.caseId, .contributionExempt, e, date: e.effectiveDate,
                "the personal budget charged the customer \(Words.weekly(b.weeklyCustomerContribution)) from \(date: e.effectiveDate), more than the \(Words.weekly(chargeable)) of it that is chargeable: plan \(planId) lines \(free) are free")
        default:
            return nil
        }
    }

    /// A contribution charged from a date within free reablement.
    static func contributionInFreeReablement(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        let charged: () -> String
        switch step.event.event {
        case .financialAssessmentCompleted(let f) where f.chargesContribution:
            charged = { "financial assessment \(f.financialAssessmentId) charged \(f.paysFullCost ? "the full cost" : Words.weekly(f.weeklyContribution))" }
        case .personalBudgetSet(let b) where b.weeklyCustomerContribution > .zero:
            charged = { "the personal budget charged the customer \(Words.weekly(b.weeklyCustomerContribution))" }
        default:
            return nil
        }
        let e = step.event, before = step.before
        let date = e.effectiveDate
        guard let free = before.freeReablement(on: date) else { return nil }
        let started = input.last(before: step) {
            if case .reablementStarted(let r) = $0.event { return r.reablementId == free.started.reablementId }
            return false
        }
        return Finding(input.caseId, .contributionInFreeReablement, e, and: started, date: date,
            "\(charged()) from \(date: date), during reablement \(free.started.reablementId), free until \(date: free.started.freeUntil)")
    }
}

// MARK: - Eligibility

extension ComplianceCheck {
    /// A determination that disagrees with the 3-part test applied to its assessment.
    static func eligibilityThreePartTest(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        guard case .eligibilityDetermined(let d) = step.event.event else { return nil }
        let e = step.event, before = step.before
        // The test's outcome first; its explanation in words only for a breach.
        let result: EligibilityTestResult
        if let a = before.needsAssessments[d.assessmentId] {
            guard EligibilityTest.isEligible(a) != d.eligible else { return nil }
            result = EligibilityTest.evaluate(a)
        } else if let a = before.carersAssessments[d.assessmentId] {
            guard EligibilityTest.isEligible(a) != d.eligible else { return nil }
            result = EligibilityTest.evaluate(a)
        } else {
            return nil
        }
        let assessed = input.last(before: step) {
            switch $0.event {
            case .needsAssessed(let a): a.assessmentId == d.assessmentId
            case .carersAssessed(let a): a.assessmentId == d.assessmentId
            default: false
            }
        }
        return Finding(input.caseId, .eligibilityThreePartTest, e, and: assessed, date: e.effectiveDate,
            "assessment \(d.assessmentId) was determined \(d.eligible ? "eligible" : "not eligible"), but \(result.explanation) (\(result.reference))")
    }

    /// A determination with no written notice recorded after it on the same assessment.
    static func eligibilityNoticeMissing(_ input: ComplianceInput) -> [Finding] {
        CaseState.determinationsAwaitingNotice(in: input.events).map { awaiting in
            let e = awaiting.event
            return Finding(input.caseId, .eligibilityNoticeMissing, e, date: awaiting.due,
                "no written notice of the eligibility determination on assessment \(awaiting.determination.assessmentId) of \(date: awaiting.due) is recorded")
        }
    }
}

// MARK: - Written notices (issue 15: notices)

extension ComplianceCheck {
    /// A decision needing a written notice (`NoticeRequirement`) with none recorded telling of
    /// it, once the notice was due (`CaseState.decisionsAwaitingNotice`). A notice names a
    /// corrected decision by its correction: over the history as first recorded it tells of the
    /// decision the correction replaced (the person was told of it as corrected); over the history
    /// as corrected, where the superseded event stands in its correction's place, it tells of
    /// that event, and a notice of the original no longer does.
    static func noticeMissing(_ input: ComplianceInput) -> [Finding] {
        var told: [String: String] = [:]
        for (correction, superseded) in input.corrections {
            told[correction] = superseded
            if !input.recorded.isEmpty { told[superseded] = "" }
        }
        return CaseState.decisionsAwaitingNotice(in: input.events, told: told, configuration: input.configurationAsOf)
            .compactMap { awaiting in
            guard input.isPast(awaiting.due) else { return nil }
            return Finding(input.caseId, .noticeMissing, awaiting.event, date: awaiting.due,
                "no written notice of \(awaiting.words) is recorded: \(awaiting.requirement.subjects[0].words), due \(date: awaiting.due) (\(awaiting.requirement.source))")
        }
    }

    /// A written notice recorded with the rights it stated, leaving one out (one imported, or
    /// recorded before `decide` refused it).
    static func noticeRightsMissing(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        let rights: [NoticeRight]?
        switch step.event.event {
        case .noticeSent(let n): rights = n.rightsStated
        case .eligibilityNoticeSent(let n): rights = n.rightsStated
        case .withdrawalNoticeSent(let n): rights = n.rightsStated
        default: return nil
        }
        guard let rights else { return nil }
        let missing = NoticeRequirement.rightsMissing(rights)
        guard !missing.isEmpty else { return nil }
        let e = step.event
        return Finding(input.caseId, .noticeRightsMissing, e, date: e.effectiveDate,
            "the written notice of \(date: e.effectiveDate) did not state \(Words.list(missing.map(\.words))) (\(NoticeRequirement.rightsSource))")
    }
}

// MARK: - Reviews

extension ComplianceCheck {
    /// Whole months from `a` to `b` (calendar months, as the configuration counts them).
    static func months(from a: CalendarDate, to b: CalendarDate) -> Int {
        var n = 0
        while a.adding(months: n + 1) <= b { n += 1 }
        return n
    }

    /// What an anchor of the review cycle is, in words.
    static func describe(_ e: RecordedCaseEvent) -> Sentence {
        switch e.event {
        case .planSignedOff(let s): "the sign-off of plan \(s.planId) version \(s.version) on \(date: e.effectiveDate)"
        case .reviewCompleted(let r): "review \(r.reviewId) on \(date: e.effectiveDate)"
        case .deliveryArranged: "the direct payment starting on \(date: e.effectiveDate)"
        default: "\(e.event.typeName) on \(date: e.effectiveDate)"
        }
    }

    /// A review (or the lack of one by `asOf`) more than the routine interval after the
    /// previous review or sign-off.
    static func reviewOverdue(_ input: ComplianceInput) -> [Finding] {
        var findings: [Finding] = []
        var anchor: RecordedCaseEvent?
        var closed = false
        for e in input.byEffectiveDate {
            switch e.kind {
            case .reviewCompleted:
                if let a = anchor, case .reviewCompleted(let r) = e.event {
                    let due = input.configuration(at: e).reviewIntervals.routineReviewDue(lastOn: a.effectiveDate)
                    if e.effectiveDate > due {
                        findings.append(Finding(input.caseId, .reviewOverdue, e, and: a, date: e.effectiveDate,
                            "review \(r.reviewId) on \(date: e.effectiveDate) came \(months(from: a.effectiveDate, to: e.effectiveDate)) months after \(describe(a)); it was due by \(date: due)"))
                    }
                }
                anchor = e
            case .planSignedOff: anchor = e
            case .caseClosed, .withdrawalDecided: anchor = nil; closed = true
            case .caseReopened: closed = false
            default: break
            }
        }
        if let a = anchor, !closed {
            let due = input.configurationAsOf.reviewIntervals.routineReviewDue(lastOn: a.effectiveDate)
            if input.isPast(due) {
                findings.append(Finding(input.caseId, .reviewOverdue, a, date: due,
                    "no review is recorded since \(describe(a)); one was due by \(date: due)"))
            }
        }
        return findings
    }

    /// The first review of a new or changed plan after the end of the configured window (8
    /// weeks; or none by `asOf`), counted from when its services started (the first delivery
    /// arranged for the signed-off version) or, where none was arranged, from the sign-off;
    /// unless the plan was replaced or the case closed in time (issue 15: charging, deadlines).
    static func firstReviewLate(_ input: ComplianceInput) -> [Finding] {
        let ordered = input.byEffectiveDate
        var findings: [Finding] = []
        for (i, s) in ordered.enumerated() {
            guard s.kind == .planSignedOff, case .planSignedOff(let signed) = s.event else { continue }
            var next: RecordedCaseEvent?
            var started: RecordedCaseEvent?
            for e in ordered[(i + 1)...] {
                switch e.kind {
                case .reviewCompleted, .planSignedOff, .caseClosed, .withdrawalDecided: next = e
                case .deliveryArranged where started == nil:
                    if case .deliveryArranged(let d) = e.event, d.planId == signed.planId, d.planVersion == signed.version { started = e }
                default: break
                }
                if next != nil { break }
            }
            let intervals = input.configuration(at: s).reviewIntervals
            let from = started?.effectiveDate ?? s.effectiveDate
            let late = intervals.firstReviewLate(startedOn: from)
            func plan() -> Sentence { "plan \(signed.planId) version \(signed.version), signed off on \(date: s.effectiveDate)" }
            func window() -> Sentence {
                "due \(intervals.newOrChangedPlan) and at the latest \(intervals.newOrChangedPlanLateAfter) after \(started == nil ? "the sign-off (no services arranged)" : "its services started") on \(date: from) — \(ReviewIntervals.firstReviewSource)"
            }
            if let n = next {
                guard n.effectiveDate > late else { continue }
                if case .reviewCompleted(let r) = n.event {
                    findings.append(Finding(input.caseId, .firstReviewLate, n, and: s, date: n.effectiveDate,
                        "the first review of \(plan()), was review \(r.reviewId) on \(date: n.effectiveDate), after \(date: late), the last day of its window (\(window()))"))
                } else {
                    findings.append(Finding(input.caseId, .firstReviewLate, s, and: n, date: late,
                        "\(plan()), was not reviewed by \(date: late), the last day of its first review's window (\(window()))"))
                }
            } else if input.isPast(late) {
                findings.append(Finding(input.caseId, .firstReviewLate, s, date: late,
                    "\(plan()), has not been reviewed; its first review was due by \(date: late) (\(window()))"))
            }
        }
        return findings
    }
}

// MARK: - Delivery

extension ComplianceCheck {
    /// A direct payment paying for a plan line of a kind the configuration excludes.
    static func directPaymentExcludedService(_ input: ComplianceInput, at step: ComplianceStep) -> [Finding] {
        guard case .deliveryArranged(let d) = step.event.event, d.includesDirectPayment,
            let content = input.planContent(step.before, d.planId, d.planVersion) else { return [] }
        let e = step.event
        let configuration = input.configuration(at: e)
        var found: [Finding] = []
        // One pass over the arrangements' lines; a line id names the plan's first line with it.
        for a in d.arrangements where a.mechanism == .directPayment {
            for id in a.lineIds {
                guard let line = content.lines.first(where: { $0.lineId == id }), configuration.directPaymentMayNotPay(for: line.kind) else { continue }
                found.append(Finding(input.caseId, .directPaymentExcludedService, e, date: e.effectiveDate,
                    "a direct payment of \(Words.weekly(a.weeklyAmount)) pays for line \(line.lineId) of plan \(d.planId) (\(line.description): \(Words.service(line.kind))), which a direct payment may not pay for"))
            }
        }
        return found
    }

    /// A new run of direct payments not reviewed within the configured interval of starting
    /// (unless the run or the case ended first).
    static func directPaymentReviewLate(_ input: ComplianceInput) -> [Finding] {
        let ordered = input.byEffectiveDate
        var findings: [Finding] = []
        var inRun = false
        for (i, e) in ordered.enumerated() {
            switch e.kind {
            case .deliveryArranged:
                guard case .deliveryArranged(let d) = e.event else { continue }
                let hasDP = d.includesDirectPayment
                defer { inRun = hasDP }
                guard hasDP, !inRun else { continue }
                let due = input.configuration(at: e).reviewIntervals.directPaymentReviewDue(startedOn: e.effectiveDate)
                let rest = ordered[(i + 1)...]
                let review = rest.first { $0.kind == .reviewCompleted }
                let end = rest.first { next in
                    switch next.kind {
                    case .deliveryArranged:
                        guard case .deliveryArranged(let later) = next.event else { return false }
                        return !later.includesDirectPayment
                    case .caseClosed, .withdrawalDecided, .directPaymentTerminated: return true
                    default: return false
                    }
                }
                if let end, end.effectiveDate <= due, review.map({ $0.effectiveDate >= end.effectiveDate }) ?? true { continue }
                if let r = review, case .reviewCompleted(let rc) = r.event {
                    guard r.effectiveDate > due else { continue }
                    findings.append(Finding(input.caseId, .directPaymentReviewLate, r, and: e, date: r.effectiveDate,
                        "the direct payment starting on \(date: e.effectiveDate) was first reviewed in review \(rc.reviewId) on \(date: r.effectiveDate), after it was due by \(date: due)"))
                } else if input.isPast(due) {
                    findings.append(Finding(input.caseId, .directPaymentReviewLate, e, date: due,
                        "the direct payment starting on \(date: e.effectiveDate) has not been reviewed; its first review was due by \(date: due)"))
                }
            case .caseClosed, .withdrawalDecided, .directPaymentTerminated:
                inRun = false
            default:
                break
            }
        }
        return findings
    }
}

// issue 15: direct payments and capacity
extension ComplianceCheck {
    /// A direct payment to a spouse, civil partner, partner or close family member living in the
    /// same household with no necessity decision in force (`CaseState.reg3Breach`).
    static func directPaymentCloseFamilyInHousehold(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        guard case .deliveryArranged(let d) = step.event.event, let breach = step.before.reg3Breach(d.arrangements, on: step.event.effectiveDate)
        else { return nil }
        let e = step.event
        let who = breach.arrangement.payeeRelationship?.words ?? "relative"
        return Finding(input.caseId, .directPaymentCloseFamilyInHousehold, e, date: e.effectiveDate,
            "a direct payment of \(Words.weekly(breach.arrangement.weeklyAmount)) from \(date: e.effectiveDate) pays \(breach.payee), the person's \(who) living in the same household, with no council decision recorded that it is necessary")
    }

}

// MARK: - Withdrawal and closure

extension ComplianceCheck {
    /// A withdrawal not resting on the latest review finding the needs no longer eligible.
    static func withdrawalWithoutReview(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        guard case .withdrawalDecided(let w) = step.event.event else { return nil }
        let e = step.event, before = step.before
        let why: String
        let last: String?
        switch before.withdrawalGroundMissing(onReview: w.reviewId) {
        case nil: return nil
        case .noReview:
            why = "no review is recorded before it"
            last = before.lastCompletedReviewId
        case .latestReviewFoundEligible(let id):
            why = "the latest review, \(id), found the needs still eligible"
            last = id
        case .notTheLatestReview(let id):
            why = "it rests on review \(w.reviewId), not the latest review, \(id)"
            last = id
        case .eligibleAgain(let id):
            why = "needs were determined eligible again after review \(id)"
            last = id
        }
        let reviewEvent = last.flatMap { id in
            input.last(before: step) { if case .reviewCompleted(let r) = $0.event { return r.reviewId == id } else { return false } }
        }
        return Finding(input.caseId, .withdrawalWithoutReview, e, and: reviewEvent, date: e.effectiveDate,
            "services were withdrawn from \(date: e.effectiveDate) but \(why)")
    }

    /// A closure while a withdrawal's written notice was not yet recorded.
    static func closureBeforeWithdrawalNotice(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        guard case .caseClosed = step.event.event, let w = step.before.withdrawalAwaitingNotice else { return nil }
        let e = step.event
        return Finding(input.caseId, .closureBeforeWithdrawalNotice, e, and: input.event(id: w.eventId), date: e.effectiveDate,
            "the case was closed on \(date: e.effectiveDate) before the written notice of the withdrawal of services from \(date: w.decided.metadata.effectiveDate) was recorded")
    }
}

// MARK: - Complaints

extension ComplianceCheck {
    /// Each complaint received, with its acknowledgement and response if recorded.
    static func complaints(_ input: ComplianceInput)
        -> [(received: RecordedCaseEvent, complaint: ComplaintReceived, ack: RecordedCaseEvent?, response: RecordedCaseEvent?)]
    {
        input.events.compactMap { e in
            guard e.kind == .complaintReceived, case .complaintReceived(let c) = e.event else { return nil }
            let ack = input.events.first {
                guard $0.kind == .complaintAcknowledged, case .complaintAcknowledged(let a) = $0.event else { return false }
                return a.complaintId == c.complaintId
            }
            let response = input.events.first {
                guard $0.kind == .complaintResponded, case .complaintResponded(let r) = $0.event else { return false }
                return r.complaintId == c.complaintId
            }
            return (e, c, ack, response)
        }
    }

    /// A complaint acknowledged later than the configured working days after receipt, or not
    /// at all by `asOf`.
    static func complaintAcknowledgementLate(_ input: ComplianceInput) -> [Finding] {
        complaints(input).compactMap { received, c, ack, _ in
            let config = input.configuration(at: received)
            let days = config.complaintAcknowledgementWorkingDays
            let by = config.complaintAcknowledgementDue(receivedOn: received.effectiveDate)
            if let ack {
                guard ack.effectiveDate > by else { return nil }
                return Finding(input.caseId, .complaintAcknowledgementLate, ack, and: received, date: ack.effectiveDate,
                    "complaint \(c.complaintId), received on \(date: received.effectiveDate), was acknowledged on \(date: ack.effectiveDate), after the \(days) working days ending \(date: by)")
            }
            guard input.isPast(by) else { return nil }
            return Finding(input.caseId, .complaintAcknowledgementLate, received, date: by,
                "complaint \(c.complaintId), received on \(date: received.effectiveDate), has no acknowledgement recorded; it was due by \(date: by)")
        }
    }

    /// A complaint answered after the configured period from receipt (or the later date agreed
    /// on acknowledgement), or not at all by `asOf`.
    static func complaintResponseLate(_ input: ComplianceInput) -> [Finding] {
        complaints(input).compactMap { received, c, ack, response in
            let config = input.configuration(at: received)
            var agreedOn: CalendarDate?
            if let ack, case .complaintAcknowledged(let a) = ack.event { agreedOn = a.respondBy }
            let by = config.complaintResponseDue(receivedOn: received.effectiveDate, agreed: agreedOn)
            let agreed = by != config.complaintResponseDue(receivedOn: received.effectiveDate, agreed: nil)
            let limit: Sentence = agreed ? "the date agreed, \(date: by)" : "\(date: by)"
            if let response {
                guard response.effectiveDate > by else { return nil }
                return Finding(input.caseId, .complaintResponseLate, response, and: received, date: response.effectiveDate,
                    "complaint \(c.complaintId), received on \(date: received.effectiveDate), was answered on \(date: response.effectiveDate), after \(limit)")
            }
            guard input.isPast(by) else { return nil }
            return Finding(input.caseId, .complaintResponseLate, received, date: by,
                "complaint \(c.complaintId), received on \(date: received.effectiveDate), has no response recorded; one was due by \(limit)")
        }
    }
}

// MARK: - Corrections

// issue 14: corrections
extension ComplianceCheck {
    /// Each correction on the ledger (every one of an event, not only the latest) that breaks
    /// `rule` of the rules a correction keeps as a decision (`CorrectionRules.breach`), judged
    /// with the case as known when it was recorded, the staff register as known then and the
    /// configuration in force then. A breach a later correction of the same event put right is
    /// listed as corrected by it.
    static func correctionBreaches(_ input: ComplianceInput, _ rule: ComplianceRule) -> [Finding] {
        var findings: [Finding] = []
        for (i, e) in input.recorded.enumerated() where e.kind == .eventCorrected {
            guard case .eventCorrected(let c) = e.event else { continue }
            let verdict: Rejection?
            if let decided = input.memo.correction(at: i) {
                verdict = decided
            } else {
                verdict = CorrectionRules.breach(
                    of: c, by: e.actor, on: CalendarDate(e.recordedAt), history: Array(input.recorded[..<i]), staff: input.register(at: e),
                    configuration: input.configuration(at: e))
                input.memo.remember(verdict, correctionAt: i)
            }
            guard let breach = verdict, breach.rule.rawValue == rule.rawValue else { continue }
            let known = input.recorded[..<i]
            let target = known.first { $0.id == c.supersedes }
            var finding = Finding(input.caseId, rule, e, and: target, date: e.effectiveDate, "\(breach.detail)")
            let later = input.recorded[(i + 1)...].last {
                if $0.kind == .eventCorrected, case .eventCorrected(let d) = $0.event { return d.supersedes == c.supersedes }
                return false
            }
            if let later { finding.status = .corrected(by: later.seq) }
            findings.append(finding)
        }
        return findings
    }
}

// MARK: - Closing and authority by role (issue 14)

extension ComplianceCheck {
    /// A closure with services in force for a reason that does not end them
    /// (`CaseState.closureRefusal`, the rule `decide` applies).
    static func closureWithServicesInForce(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        guard case .caseClosed(let c) = step.event.event, let refusal = step.before.closureRefusal(c) else { return nil }
        let e = step.event
        let services: ServicesInForce
        let why: String
        switch refusal {
        case .servicesInForce(let s):
            services = s
            why = "without the withdrawal path (a review finding the needs no longer eligible, a withdrawal decision and its written notice)"
        case .receivingCouncilMissing(let s):
            services = s
            why = "without naming the council that took over the person's care"
        }
        let budget = services.personalBudget.flatMap { input.event(id: $0.eventId) }
        return Finding(input.caseId, .closureWithServicesInForce, e, and: budget, date: e.effectiveDate,
            "the case was closed on \(date: e.effectiveDate) as \(c.reason.rawValue) with services in force (\(services.words)) \(why)")
    }

    /// A decision recorded under a role the configuration in force did not allow for it
    /// (`DecisionAuthority.breach`, the rule `decide` applies).
    static func decisionRoleNotAllowed(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        let e = step.event
        guard let breach = input.authority(at: e).breach(of: e.event, in: step.before) else { return nil }
        let register = input.register(at: e)
        return Finding(input.caseId, .decisionRoleNotAllowed, e, date: e.effectiveDate,
            "\(Words.uncamel(e.event.typeName)) of \(date: e.effectiveDate), recorded on \(date: CalendarDate(e.recordedAt)): \(breach.sentence(actor: register.nameOf(e.actor)))")
    }

    /// A decision recorded by someone not on the staff register on the day it was recorded: never
    /// on it, or after the day they left (as known then, or by a leaving recorded later and dated
    /// on or before that day).
    static func staffUnknown(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        let e = step.event
        let on = CalendarDate(e.recordedAt)
        let count = input.registerCount(at: e)
        let laterLeaving = input.leavingRecorded(after: e.recordedAt)
        // The same person under the same register as the last event found on it: no lookup.
        // Keeps events/INVARIANTS.md rule 67: the same person is the same staff id byte for byte.
        if !laterLeaving, let count, let last = input.memo.onRegister, last.count == count, StaffId.same(last.actor, e.actor), last.member.isOnRegister(on: on) {
            return nil
        }
        let known = input.register(at: e).member(e.actor)
        if let known, known.isOnRegister(on: on) {
            if !laterLeaving {
                if let count { input.memo.remember(onRegister: (count, e.actor, known)) }
                return nil
            }
            // A leaving recorded later, dated on or before the day of the decision (only a leaving
            // can make the latest register differ for someone on it then).
            guard let member = input.registerAsOf.member(e.actor), let left = member.leftOn,
                left <= on
            else { return nil }
            return Finding(input.caseId, .staffUnknown, e, date: e.effectiveDate,
                "\(Words.uncamel(e.event.typeName)) of \(date: e.effectiveDate) was recorded on \(date: on) by \(member.name) (\(e.actor)), whose leaving on \(date: left) was recorded later")
        }
        guard let member = known ?? input.registerAsOf.member(e.actor) else {
            // Keeps events/INVARIANTS.md rule 67: an actor that only looks like a member's id is
            // another id, not on the register; the finding names the member it looks like.
            let lookAlike = input.registerAsOf.lookAlike(of: e.actor).map {
                " (it looks like \($0.name)'s staff id \"\(IdRules.shown($0.staffId))\" but is spelt differently: \(StaffIdRules.difference(given: e.actor, registered: $0.staffId)))"
            } ?? ""
            return Finding(input.caseId, .staffUnknown, e, date: e.effectiveDate,
                "\(Words.uncamel(e.event.typeName)) of \(date: e.effectiveDate) was recorded on \(date: on) by \(e.actor), who is not on the staff register\(lookAlike)")
        }
        if let left = member.leftOn, left <= on {
            return Finding(input.caseId, .staffUnknown, e, date: e.effectiveDate,
                "\(Words.uncamel(e.event.typeName)) of \(date: e.effectiveDate) was recorded on \(date: on) by \(member.name) (\(e.actor)), who left the staff register on \(date: left)")
        }
        return Finding(input.caseId, .staffUnknown, e, date: e.effectiveDate,
            "\(Words.uncamel(e.event.typeName)) of \(date: e.effectiveDate) was recorded on \(date: on) by \(member.name) (\(e.actor)), who was not yet on the staff register (from \(date: member.from))")
    }
}

// MARK: - Safeguarding, advocacy and subject access

// issue 15: safeguard
extension ComplianceCheck {
    /// The last event of `kind` in effect whose payload matches.
    static func lastEffective(_ input: ComplianceInput, _ kind: CaseEvent.Kind, _ matches: (CaseEvent) -> Bool) -> RecordedCaseEvent? {
        input.events.last { $0.kind == kind && matches($0.event) }
    }

    /// A concern decided after the configured period from its receipt, or not decided by `asOf`
    /// (`SafeguardingRules.decisionDue`).
    static func safeguardingDecisionLate(_ input: ComplianceInput) -> [Finding] {
        guard input.events.contains(where: { $0.kind == .safeguardingConcernRaised }) else { return [] }
        let state = input.final
        return state.safeguardingConcerns.sorted(by: { $0.key < $1.key }).compactMap { id, r in
            guard let raised = lastEffective(input, .safeguardingConcernRaised, { if case .safeguardingConcernRaised(let p) = $0 { p.concernId == id } else { false } })
            else { return nil }
            let config = input.configuration(at: raised)
            let by = SafeguardingRules.decisionDue(r, config)
            let period = Words.count(config.safeguardingDecisionWorkingDays, "working day")
            if let d = r.decision {
                guard d.metadata.effectiveDate > by,
                    let decided = lastEffective(input, .safeguardingDutyDecided, { if case .safeguardingDutyDecided(let p) = $0 { p.concernId == id } else { false } })
                else { return nil }
                return Finding(input.caseId, .safeguardingDecisionLate, decided, and: raised, date: d.metadata.effectiveDate,
                    "safeguarding concern \(id), received on \(date: r.raised.metadata.effectiveDate), was decided on \(date: d.metadata.effectiveDate), after the \(period) ending \(date: by)")
            }
            guard input.isPast(by) else { return nil }
            return Finding(input.caseId, .safeguardingDecisionLate, raised, date: by,
                "safeguarding concern \(id), received on \(date: r.raised.metadata.effectiveDate), has no decision on whether the s42 duty applies; one was due by \(date: by) (\(period))")
        }
    }

    /// A concern found to meet the s42 duty with no enquiry recorded by `asOf` (from the day
    /// after the decision).
    static func safeguardingEnquiryMissing(_ input: ComplianceInput) -> [Finding] {
        guard input.events.contains(where: { $0.kind == .safeguardingDutyDecided }) else { return [] }
        let state = input.final
        return state.safeguardingConcerns.sorted(by: { $0.key < $1.key }).compactMap { id, r in
            guard SafeguardingRules.enquiryMissing(r), let d = r.decision, input.isPast(d.metadata.effectiveDate),
                let decided = lastEffective(input, .safeguardingDutyDecided, { if case .safeguardingDutyDecided(let p) = $0 { p.concernId == id } else { false } })
            else { return nil }
            return Finding(input.caseId, .safeguardingEnquiryMissing, decided, date: d.metadata.effectiveDate,
                "safeguarding concern \(id) was found on \(date: d.metadata.effectiveDate) to meet the s42 duty, and no enquiry is recorded")
        }
    }

    /// An assessment, a plan's sign-off or a review of a person found to need an independent
    /// advocate with none appointed (`AdvocacyRules.unmetDuty`), or an assessment whose own
    /// record says an advocate was needed and none took part.
    static func advocateNotArranged(_ input: ComplianceInput, at step: ComplianceStep) -> Finding? {
        let e = step.event
        let process: AdvocacyProcess
        let what: Sentence
        switch e.event {
        case .needsAssessed(let a):
            if AdvocacyRules.assessmentWithoutAdvocate(a.advocacy) {
                return Finding(input.caseId, .advocateNotArranged, e, date: e.effectiveDate,
                    "assessment \(a.assessmentId) of \(date: e.effectiveDate) records that an independent advocate was needed, and none took part")
            }
            process = .needsAssessment
            what = "assessment \(a.assessmentId)"
        case .carersAssessed(let a):
            if AdvocacyRules.assessmentWithoutAdvocate(a.advocacy) {
                return Finding(input.caseId, .advocateNotArranged, e, date: e.effectiveDate,
                    "carer's assessment \(a.assessmentId) of \(date: e.effectiveDate) records that an independent advocate was needed, and none took part")
            }
            process = .carersAssessment
            what = "carer's assessment \(a.assessmentId)"
        case .planSignedOff(let s):
            process = .supportPlanning
            what = "the sign-off of plan \(s.planId) version \(s.version)"
        case .reviewCompleted(let r):
            process = .review
            what = "review \(r.reviewId)"
        default:
            return nil
        }
        guard let c = AdvocacyRules.unmetDuty(step.before.advocacyConsiderations, for: process, on: e.effectiveDate) else { return nil }
        let considered = lastEffective(input, .advocacyConsidered, { if case .advocacyConsidered(let p) = $0 { p.considerationId == c.considerationId } else { false } })
        return Finding(input.caseId, .advocateNotArranged, e, and: considered, date: e.effectiveDate,
            "\(what) of \(date: e.effectiveDate) went ahead without an independent advocate, although consideration \(c.considerationId) of \(date: c.metadata.effectiveDate) found one was needed")
    }

    /// A subject access request answered after it was due, or not answered by `asOf`
    /// (`SubjectAccessRules.due`); a request waiting for clarification is not yet due.
    static func subjectAccessAnswerLate(_ input: ComplianceInput) -> [Finding] {
        guard input.events.contains(where: { $0.kind == .subjectAccessRequestReceived }) else { return [] }
        let state = input.final
        return state.subjectAccessRequests.sorted(by: { $0.key < $1.key }).compactMap { id, r in
            guard let received = lastEffective(input, .subjectAccessRequestReceived, { if case .subjectAccessRequestReceived(let p) = $0 { p.requestId == id } else { false } })
            else { return nil }
            let config = input.configuration(at: received)
            guard let by = SubjectAccessRules.due(r, config) else { return nil }
            let limit: Sentence = r.extended != nil ? "\(date: by) (extended)" : "\(date: by)"
            if let a = r.answer {
                guard a.metadata.effectiveDate > by,
                    let answered = lastEffective(input, .subjectAccessRequestAnswered, { if case .subjectAccessRequestAnswered(let p) = $0 { p.requestId == id } else { false } })
                else { return nil }
                return Finding(input.caseId, .subjectAccessAnswerLate, answered, and: received, date: a.metadata.effectiveDate,
                    "subject access request \(id), received on \(date: r.received.metadata.effectiveDate), was answered on \(date: a.metadata.effectiveDate), after \(limit)")
            }
            guard input.isPast(by) else { return nil }
            return Finding(input.caseId, .subjectAccessAnswerLate, received, date: by,
                "subject access request \(id), received on \(date: r.received.metadata.effectiveDate), has no answer recorded; one was due by \(limit)")
        }
    }
}

// MARK: - Carers (issue 15)

extension ComplianceCheck {
    /// A carer named on an adult's case with no offer of a carer's assessment by the configured
    /// period after they were first named (`CarerRules.carers`), or the first offer after it.
    static func carersAssessmentOfferMissing(_ input: ComplianceInput) -> [Finding] {
        guard input.events.contains(where: { $0.kind == .needsAssessed || $0.kind == .referralReceived }) else { return [] }
        var findings: [Finding] = []
        for carer in CarerRules.carers(in: input.events) {
            let appeared = carer.appeared
            let period = input.configuration(at: appeared).carersAssessmentOfferPeriod
            let due = period.after(appeared.effectiveDate)
            if let first = carer.offers.first {
                guard first.event.effectiveDate > due else { continue }
                findings.append(Finding(input.caseId, .carersAssessmentOfferMissing, first.event, and: appeared, date: first.event.effectiveDate,
                    "\(carer.carerName), named as a carer on \(date: appeared.effectiveDate), was offered a carer's assessment on \(date: first.event.effectiveDate), after it was due by \(date: due) (\(period))"))
            } else if input.isPast(due) {
                findings.append(Finding(input.caseId, .carersAssessmentOfferMissing, appeared, date: due,
                    "\(carer.carerName), named as a carer on \(date: appeared.effectiveDate), has not been offered a carer's assessment; it was due by \(date: due) (\(period))"))
            }
        }
        return findings
    }

    /// Each week of a period of reablement, over before the period ended (or before the date
    /// judged), with no progress recorded (`ReablementRules.weeksWithoutProgress`).
    static func reablementProgressMissing(_ input: ComplianceInput) -> [Finding] {
        guard input.events.contains(where: { $0.kind == .reablementStarted }) else { return [] }
        let state = input.final
        var findings: [Finding] = []
        for (id, period) in state.reablements.sorted(by: { $0.key < $1.key }) {
            guard let started = input.events.first(where: {
                if case .reablementStarted(let p) = $0.event { p.reablementId == id } else { false }
            }) else { continue }
            let interval = input.configuration(at: started).reablementProgressInterval
            for week in ReablementRules.weeksWithoutProgress(period, interval: interval, asOf: input.asOf) {
                findings.append(Finding(input.caseId, .reablementProgressMissing, started, date: week.until,
                    "no progress of reablement \(id) is recorded for week \(week.number) (\(date: week.from) to \(date: week.until)); progress is recorded each \(interval)"))
            }
        }
        return findings
    }
}
