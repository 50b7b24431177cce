extension CaseState {
    // Keeps events/INVARIANTS.md rule 8: the one fold.
    /// Applies one (possibly corrected) event's facts. Never fails.
    mutating func fold(_ e: RecordedCaseEvent) {
        if caseId == nil { caseId = e.stream }
        lastRecordedAt = e.recordedAt
        switch e.event {
        case .referralReceived(let p):
            referral = p
        case .informationAndAdviceGiven(let p):
            informationAndAdvice.append(p)
        case .workerAllocated(let p):
            allocatedWorker.record(dated(e, p))
        case .needsAssessed(let p):
            needsAssessments[p.assessmentId] = p
            reopenedAwaitingAssessment = false
        case .carersAssessed(let p):
            carersAssessments[p.assessmentId] = p
            reopenedAwaitingAssessment = false
        case .eligibilityDetermined(let p):
            determinations[p.assessmentId] = p
            eligibility.record(dated(e, EligibilityFinding(
                eligible: p.eligible, assessmentId: p.assessmentId, reviewId: nil,
                eligibleNeeds: p.eligibleNeeds)))
            awaitingReassessment = false
            reopenedAwaitingAssessment = false
        case .eligibilityNoticeSent(let p):
            eligibilityNotices[p.assessmentId] = p
        case .financialAssessmentCompleted(let p):
            financialAssessmentIds.insert(p.financialAssessmentId)
            contributions.record(dated(e, p))
        case .reablementStarted(let p):
            reablements[p.reablementId] = ReablementPeriod(started: p)
            reopenedAwaitingAssessment = false
        case .reablementEnded(let p):
            reablements[p.reablementId]?.ended = p
        case .reablementProgressRecorded(let p):
            reablements[p.reablementId]?.progress.append(p)
        case .carerLinked(let p):
            carerLinks[p.linkedCaseId] = p
        case .carersAssessmentOffered(let p):
            carersAssessmentOffers[p.offerId] = p
        case .indicativeBudgetCalculated(let p):
            indicativeBudget = p
        case .supportPlanDrafted(let p):
            plans[p.plan.planId] = SupportPlanRecord(first: p.plan)
            plans[p.plan.planId]?.versionDates = [p.metadata.effectiveDate]
            currentPlanId = p.plan.planId
        case .supportPlanRevised(let p):
            plans[p.plan.planId]?.versions.append(p.plan)
            plans[p.plan.planId]?.versionDates.append(p.metadata.effectiveDate)
            if plans[p.plan.planId] != nil { currentPlanId = p.plan.planId }
        case .personalBudgetSet(let p):
            // A budget naming a plan but no version is for the version current when it was
            // recorded (`PersonalBudgetSet.funds`); the entry keeps that version.
            var budget = p
            if budget.planVersion == nil, let id = p.planId, let plan = plans[id] { budget.planVersion = plan.currentVersion }
            personalBudget.record(dated(e, budget))
        case .planSignedOff(let p):
            plans[p.planId]?.signOffs[p.version] = SignOffRecord(
                signedOff: p, signer: e.actor, eventId: e.id, recordedAt: e.recordedAt)
            planInForce.record(dated(e, p))
        case .planSignOffRefused(let p):
            plans[p.planId]?.refusals[p.version, default: []].append(p)
        case .deliveryArranged(let p):
            delivery.record(dated(e, p))
        default:
            foldLaterStages(e)
        }
    }

    /// Applies events of review, withdrawal, closure, challenges, complaints and the record.
    private mutating func foldLaterStages(_ e: RecordedCaseEvent) {
        switch e.event {
        case .reviewRequested(let p):
            reviews[p.reviewId, default: ReviewRecord(reviewId: p.reviewId)].requested = p
        case .reviewCompleted(let p):
            reviews[p.reviewId, default: ReviewRecord(reviewId: p.reviewId)].completed = p
            lastCompletedReviewId = p.reviewId
            awaitingReassessment = p.outcome == .reassessment
            if !p.needsStillEligible {
                eligibility.record(dated(e, EligibilityFinding(
                    eligible: false, assessmentId: nil, reviewId: p.reviewId, eligibleNeeds: [])))
            }
        case .withdrawalDecided(let p):
            withdrawal = WithdrawalRecord(decided: p, eventId: e.id)
            personalBudget.record(dated(e, nil))
            planInForce.record(dated(e, nil))
            delivery.record(dated(e, nil))
            contributions.record(dated(e, nil))
        case .withdrawalNoticeSent(let p):
            withdrawal?.notice = p
        case .noticeSent(let p):
            notices[p.noticeId] = p
        case .caseClosed(let p):
            // A closure that makes services moot (death, a move to another council) ends those
            // still in force from its date, as a withdrawal would (ClosureRules.swift).
            if p.reason.endsServicesWithoutWithdrawal, servicesInForce(on: p.metadata.effectiveDate) != nil {
                personalBudget.record(dated(e, nil))
                planInForce.record(dated(e, nil))
                delivery.record(dated(e, nil))
                contributions.record(dated(e, nil))
            }
            closure = dated(e, p)
        case .caseReopened:
            closure = nil
            reopenedAwaitingAssessment = true
            if let w = withdrawal { pastWithdrawals.append(w) }
            withdrawal = nil
        case .challengeRaised(let p):
            challenges[p.challengeId] = ChallengeRecord(raised: p)
        case .challengeEscalated(let p):
            challenges[p.challengeId]?.escalations.append(p)
            challenges[p.challengeId]?.level = p.toLevel
        case .challengeResolved(let p):
            challenges[p.challengeId]?.resolution = p
        case .riskEnablementPanelDecided(let p):
            panelDecisions[p.panelDecisionId] = p
            if let c = p.challengeId { challenges[c]?.panelDecisionIds.append(p.panelDecisionId) }
        case .complaintReceived(let p):
            complaints[p.complaintId] = ComplaintRecord(received: p)
        case .complaintAcknowledged(let p):
            complaints[p.complaintId]?.acknowledged = p
        case .complaintResponded(let p):
            complaints[p.complaintId]?.response = p
        case .bestInterestsDecisionMade(let p):
            bestInterestsDecisions[p.decisionId] = p
        case .capacityAssessed(let p):
            capacityAssessments[p.assessmentId] = dated(e, p)
        case .directPaymentAgreed(let p):
            directPaymentAgreements.record(dated(e, p))
        case .directPaymentNecessityDecided(let p):
            directPaymentNecessityDecisions[p.decisionId] = dated(e, p)
        case .directPaymentRefused(let p):
            directPaymentRefusals.append(dated(e, p))
        case .directPaymentTerminated(let p):
            directPaymentTerminations.append(dated(e, p))
            // The direct payment arrangements in force end; the others stay (DirectPaymentRules).
            if let ended = delivery.value(on: e.effectiveDate)?.withoutDirectPayments {
                delivery.record(dated(e, ended))
            }
            if directPaymentAgreements.value(on: e.effectiveDate) != nil {
                directPaymentAgreements.record(dated(e, nil))
            }
        case .opinionDisputed(let p):
            disputes[p.targetEventId, default: []].append(p)
        default:
            foldSafeguardAndAccess(e)
        }
    }

    // issue 15: safeguard
    /// Applies events of safeguarding, advocacy and subject access.
    private mutating func foldSafeguardAndAccess(_ e: RecordedCaseEvent) {
        switch e.event {
        case .safeguardingConcernRaised(let p):
            safeguardingConcerns[p.concernId] = SafeguardingRecord(raised: p)
        case .safeguardingDutyDecided(let p):
            safeguardingConcerns[p.concernId]?.decision = p
        case .safeguardingEnquiryStarted(let p):
            safeguardingConcerns[p.concernId]?.enquiry = p
        case .safeguardingOutcomeRecorded(let p):
            safeguardingConcerns[p.concernId]?.outcome = p
        case .advocacyConsidered(let p):
            if let i = advocacyConsiderations.firstIndex(where: { $0.considerationId == p.considerationId }) {
                advocacyConsiderations[i] = p  // a correction puts its version in place
            } else {
                advocacyConsiderations.append(p)
            }
        case .subjectAccessRequestReceived(let p):
            subjectAccessRequests[p.requestId] = SubjectAccessRecord(received: p)
        case .subjectAccessClarificationSought(let p):
            subjectAccessRequests[p.requestId]?.clarifications.append(SubjectAccessClarification(sought: p))
        case .subjectAccessRequestClarified(let p):
            if let last = subjectAccessRequests[p.requestId]?.clarifications.indices.last {
                subjectAccessRequests[p.requestId]?.clarifications[last].received = p
            }
        case .subjectAccessRequestExtended(let p):
            subjectAccessRequests[p.requestId]?.extended = p
        case .subjectAccessRequestAnswered(let p):
            subjectAccessRequests[p.requestId]?.answer = p
        // issue 17: retention
        case .legalHoldPlaced(let p):
            legalHolds[p.holdId] = LegalHoldRecord(placed: p)
        case .legalHoldLifted(let p):
            legalHolds[p.holdId]?.lifted = p
        case .erasureAuthorised(let p):
            erasures.append(dated(e, p))
        case .erased:
            break  // nothing remains to fold: the history keeps it
        default:
            break
        }
    }
}
