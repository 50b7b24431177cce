import LedgerJSON

// A correction is a decision: the one home of what a correction must keep, used by `decide`
// (refusing it when recorded) and the compliance check (finding one on the ledger that breaks
// it, written before this rule or imported).
//
// Design. A correction replaces an event in every projection, so it is held to the rules of the
// decision it replaces, as that decision would have been made on the corrected effective date:
// the command that records the corrected event type is rebuilt from the corrected payload
// (`CaseCommand(reDeciding:)`) and decided again, with the same `decide` rules, against the case
// as it stood just before the event it supersedes (every earlier correction applied), by the
// member of staff who made the original decision (the corrected event keeps its actor: the
// signer of a sign-off), on the corrected effective date, with the staff register and the
// configuration as known when the correction is recorded. The corrected payload must be exactly
// what that decision records: figures the rules work out (a contribution from the rate table in
// force, a signer's limit from the staff register, a plan's cost, due dates) are the rules'
// figures, never the payload's. A correction that changes money the council decides under its
// scheme of delegation (a sign-off; a personal budget above the indicative budget) is recorded
// only by someone whose own sign-off authority covers the corrected amount on the day the
// correction is recorded. Every correction of an event is checked so, the second as the first
// (a correction of a correction is a new correction of the original: INVARIANTS.md rule 5).

extension CaseCommand {
    /// The command that records `event` when decided: for the events `decide` records as given,
    /// the event's payload; for those it works something out for (a contribution, a plan
    /// version, a signer's limit, due dates), the command's own input taken from the event. Nil
    /// for the record's own markers (a correction, a dispute marker), which are never corrected.
    ///
    /// Source: the command declarations (`events/declarations/case-commands.decl`: each command
    /// records one event type).
    public init?(reDeciding event: CaseEvent) {
        switch event {
        case .referralReceived(let p): self = .receiveReferral(p)
        case .informationAndAdviceGiven(let p): self = .giveInformationAndAdvice(p)
        case .workerAllocated(let p): self = .allocateWorker(p)
        case .needsAssessed(let p): self = .assessNeeds(p)
        case .carersAssessed(let p): self = .assessCarer(p)
        // issue 15: carers. A link is recorded on two cases at once: it is never corrected on one
        // of them (recorded again, it records the consent given or withdrawn since).
        case .carerLinked: return nil
        case .carersAssessmentOffered(let p): self = .offerCarersAssessment(p)
        case .eligibilityDetermined(let p):
            self = .determineEligibility(DetermineEligibility(metadata: p.metadata, assessmentId: p.assessmentId, eligible: p.eligible))
        case .eligibilityNoticeSent(let p): self = .sendEligibilityNotice(p)
        case .financialAssessmentCompleted(let p):
            self = .completeFinancialAssessment(CompleteFinancialAssessment(
                metadata: p.metadata, financialAssessmentId: p.financialAssessmentId, basis: p.basis, exemptions: p.exemptions,
                capital: p.capital, weeklyIncome: p.weeklyIncome, incomeCategory: p.incomeCategory,
                weeklyDisabilityRelatedExpenditure: p.weeklyDisabilityRelatedExpenditure, weeklyHousingCosts: p.weeklyHousingCosts))
        case .reablementStarted(let p):
            self = .startReablement(StartReablement(metadata: p.metadata, reablementId: p.reablementId, provider: p.provider, goals: p.goals))
        case .reablementEnded(let p): self = .endReablement(p)
        case .reablementProgressRecorded(let p):
            self = .recordReablementProgress(RecordReablementProgress(
                metadata: p.metadata, reablementId: p.reablementId, week: p.week, goals: p.goals, progress: p.progress,
                personsWords: p.personsWords, nextSteps: p.nextSteps))
        case .indicativeBudgetCalculated(let p): self = .calculateIndicativeBudget(p)
        case .supportPlanDrafted(let p): self = .draftSupportPlan(DraftSupportPlan(metadata: p.metadata, plan: p.plan))
        case .supportPlanRevised(let p):
            self = .reviseSupportPlan(ReviseSupportPlan(metadata: p.metadata, plan: p.plan, changeSummary: p.changeSummary))
        case .personalBudgetSet(let p):
            self = .setPersonalBudget(SetPersonalBudget(
                metadata: p.metadata, planId: p.planId, planVersion: p.planVersion, weeklyTotal: p.weeklyTotal,
                weeklyCustomerContribution: p.weeklyCustomerContribution, weeklyCouncilContribution: p.weeklyCouncilContribution,
                oneOffTotal: p.oneOffTotal))
        case .planSignedOff(let p): self = .signOffPlan(SignOffPlan(metadata: p.metadata, planId: p.planId, version: p.version))
        case .planSignOffRefused(let p): self = .refuseSignOff(p)
        case .deliveryArranged(let p): self = .arrangeDelivery(ArrangeDelivery(metadata: p.metadata, planId: p.planId, arrangements: p.arrangements))
        case .directPaymentAgreed(let p): self = .agreeDirectPayment(p)
        case .directPaymentNecessityDecided(let p): self = .decideDirectPaymentNecessity(p)
        case .directPaymentRefused(let p): self = .refuseDirectPayment(p)
        case .directPaymentTerminated(let p): self = .terminateDirectPayment(p)
        case .reviewRequested(let p): self = .requestReview(p)
        case .reviewCompleted(let p): self = .completeReview(p)
        case .withdrawalDecided(let p): self = .decideWithdrawal(p)
        case .withdrawalNoticeSent(let p): self = .sendWithdrawalNotice(p)
        case .noticeSent(let p): self = .sendNotice(p)
        case .caseClosed(let p): self = .closeCase(p)
        case .caseReopened(let p): self = .reopenCase(p)
        case .challengeRaised(let p): self = .raiseChallenge(p)
        case .challengeEscalated(let p): self = .escalateChallenge(EscalateChallenge(metadata: p.metadata, challengeId: p.challengeId, toLevel: p.toLevel))
        case .challengeResolved(let p):
            self = .resolveChallenge(ResolveChallenge(metadata: p.metadata, challengeId: p.challengeId, outcome: p.outcome, actions: p.actions))
        case .riskEnablementPanelDecided(let p): self = .recordPanelDecision(p)
        case .complaintReceived(let p):
            self = .receiveComplaint(ReceiveComplaint(
                metadata: p.metadata, complaintId: p.complaintId, complainant: p.complainant, about: p.about,
                challengeId: p.challengeId, matterDate: p.matterDate))
        case .complaintAcknowledged(let p):
            self = .acknowledgeComplaint(AcknowledgeComplaint(metadata: p.metadata, complaintId: p.complaintId, agreedResponseDate: p.respondBy))
        case .complaintResponded(let p):
            self = .respondToComplaint(RespondToComplaint(
                metadata: p.metadata, complaintId: p.complaintId, finding: p.finding, conclusions: p.conclusions,
                remedialActions: p.remedialActions, ombudsmanRightsExplained: p.ombudsmanRightsExplained, signedBy: p.signedBy))
        case .capacityAssessed(let p): self = .assessCapacity(p)
        case .bestInterestsDecisionMade(let p): self = .makeBestInterestsDecision(p)
        case .safeguardingConcernRaised(let p): self = .raiseSafeguardingConcern(p)
        case .safeguardingDutyDecided(let p): self = .decideSafeguardingDuty(p)
        case .safeguardingEnquiryStarted(let p): self = .startSafeguardingEnquiry(p)
        case .safeguardingOutcomeRecorded(let p): self = .recordSafeguardingOutcome(p)
        case .advocacyConsidered(let p): self = .considerAdvocacy(p)
        case .subjectAccessRequestReceived(let p): self = .receiveSubjectAccessRequest(p)
        case .subjectAccessClarificationSought(let p): self = .seekSubjectAccessClarification(p)
        case .subjectAccessRequestClarified(let p): self = .clarifySubjectAccessRequest(p)
        case .subjectAccessRequestExtended(let p): self = .extendSubjectAccessRequest(p)
        case .subjectAccessRequestAnswered(let p): self = .answerSubjectAccessRequest(p)
        case .eventCorrected, .opinionDisputed: return nil
        // issue 17: retention — a hold is lifted and placed again, never corrected; an erasure
        // and an erased event are final.
        case .legalHoldPlaced, .legalHoldLifted, .erasureAuthorised, .erased: return nil
        }
    }
}

/// The rules a correction keeps as a decision (see the design note above).
public enum CorrectionRules {
    /// The breach of the rules a correction keeps, nil when it keeps them: `correction`,
    /// recorded by `corrector` on `date`, of an event of `history` (the case as known when the
    /// correction is recorded, corrections included), judged with `staff` (the staff register as
    /// known then) and `configuration` (the configuration in force then).
    ///
    /// `correction-not-as-decided` when the corrected decision, decided again on its effective
    /// date against the case as it stood before the superseded event, is refused or records
    /// something else; `correction-authority-missing` when it changes money decided under the
    /// scheme of delegation and the corrector's own sign-off authority on `date` does not cover
    /// it. Nil too when the superseded event is not found (`correction-target-unknown` is
    /// another rule's).
    ///
    /// Source: Care Act 2014 s26 and the Care and Support (Charging and Assessment of Resources)
    /// Regulations 2014 (the figures a correction records are those the rules give); Wiltshire
    /// policy, sign-off under the council's scheme of delegation (who may decide money, and so
    /// correct it).
    public static func breach(
        of correction: EventCorrected, by corrector: String, on date: CalendarDate, history: [RecordedCaseEvent],
        staff: StaffRegister, configuration: Configuration
    ) -> Rejection? {
        let effective = CaseState.effectiveEvents(history)
        guard let at = effective.firstIndex(where: { $0.id == correction.supersedes }),
            let command = CaseCommand(reDeciding: correction.corrected)
        else { return nil }
        let target = effective[at]
        let corrected = correction.corrected
        let on = corrected.metadata.effectiveDate
        let what = "the correction of \(target.event.typeName) \(target.id)"
        // Decided again by the original decision's maker, on the corrected effective date.
        let context = DecisionContext(actor: target.actor, now: on.startOfDay, staff: staff, configuration: configuration)
        let decider = CaseDecider(state: CaseState(rebuiltFrom: Array(effective[..<at])), context: context)
        let decided: [CaseEvent]
        do {
            decided = try decider.decideSpecific(command)
            try decider.checkRestricted(decided)
        } catch {
            return Rejection(.correctionNotAsDecided,
                "\(what) cannot stand: decided by \(staff.nameOf(target.actor)) on \(on.words), as the corrected decision would have been, it is refused: \(error.detail) [\(error.rule.rawValue)]", source: error.source)
        }
        if decided != [corrected] {
            let rules = decided.first ?? corrected
            let differing = differences(corrected.payload, rules.payload)
            return Rejection(.correctionNotAsDecided,
                "\(what) records \(differing.map { "\($0.key) \($0.given)" }.joined(separator: ", ")), but the rules give \(differing.map { "\($0.key) \($0.rules)" }.joined(separator: ", ")) for this decision by \(staff.nameOf(target.actor)) on \(on.words); a correction records what the decision would have recorded")
        }
        if let amount = delegatedAmount(corrected) {
            let authority = staff.signOffAuthority(of: corrector, on: date, over: amount.weekly)
            if !authority.covers {
                return Rejection(.correctionAuthorityMissing,
                    "\(what) sets \(amount.what) of \(amount.weekly) a week, which needs sign-off authority covering it: \(staff.nameOf(corrector)) holds \(authority.limit.map { "sign-off authority up to \($0) a week" } ?? "no sign-off authority") on \(date.words)")
            }
            // Keeps events/INVARIANTS.md rule 67: "the maker themselves" is the same staff id byte for byte.
            if configuration.correctionAuthority == .aboveDecisionMaker, let held = authority.limit,
                let makers = staff.signOffLimit(of: target.actor, on: on), StaffId.same(corrector, target.actor) || held <= makers
            {
                return Rejection(.correctionAuthorityMissing,
                    "\(what) needs sign-off authority above that of the decision's maker, as the configuration says (correctionAuthority aboveDecisionMaker): \(staff.nameOf(target.actor)) held up to \(makers) a week on \(on.words); \(staff.nameOf(corrector)) holds up to \(held) a week on \(date.words)")
            }
        }
        return nil
    }

    /// The weekly amount a corrected event decides under the scheme of delegation, if any: a
    /// sign-off's weekly cost; a personal budget above the indicative budget.
    ///
    /// Source: Wiltshire policy, sign-off under the council's scheme of delegation.
    public static func delegatedAmount(_ event: CaseEvent) -> (what: String, weekly: Money)? {
        switch event {
        case .planSignedOff(let s): ("a sign-off of plan \(s.planId) version \(s.version)", s.weeklyCost)
        case .personalBudgetSet(let b) where b.aboveIndicative: ("a personal budget above the indicative budget", b.weeklyTotal)
        default: nil
        }
    }

    /// The fields whose values differ between `given` and what the rules give, in key order,
    /// money in pounds.
    static func differences(_ given: JSONValue, _ rules: JSONValue) -> [(key: String, given: String, rules: String)] {
        let a = given.objectValue ?? [:], b = rules.objectValue ?? [:]
        return Set(a.keys).union(b.keys).sorted().compactMap { key in
            guard a[key] != b[key] else { return nil }
            return (key.string, text(key.string, a[key]), text(key.string, b[key]))
        }
    }

    /// A payload value as text for a message: money in pounds, anything else as stored.
    static func text(_ key: String, _ value: JSONValue?) -> String {
        switch value {
        case nil, .null?: "(none)"
        case .integer(let n)? where Money.payloadFieldNames.contains(key): "\(Money(pence: n))"
        case let v?: CanonicalJSON.string(v)
        }
    }
}

extension Money {
    /// The payload fields (of every event type) that hold money in pence.
    public static let payloadFieldNames: Set<String> = [
        "capital", "weeklyIncome", "weeklyMinimumIncomeGuarantee", "weeklyDisabilityRelatedExpenditure",
        "weeklyHousingCosts", "weeklyTariffIncome", "weeklyContribution", "weeklyTotal", "weeklyCustomerContribution",
        "weeklyCouncilContribution", "indicativeWeeklyAmount", "weeklyCost", "annualCost", "personalBudgetWeeklyTotal",
        "signerWeeklyLimit", "weeklyAmount", "paymentAmount", "weeklyLimit",
    ]
}
