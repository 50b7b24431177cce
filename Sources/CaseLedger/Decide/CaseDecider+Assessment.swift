extension CaseDecider {
    /// A needs assessment is for an adult's case, has a new id, and records each of the 10
    /// outcomes exactly once with grounds consistent with the finding.
    func assessNeeds(_ p: NeedsAssessed) throws(Rejection) -> [CaseEvent] {
        try requireKind(.adult, "a needs assessment")
        try checkUnused(p.assessmentId, in: allAssessmentIds, "assessment")
        try checkOutcomes(
            p.assessmentId, p.outcomes.map { ($0.outcome.rawValue, $0.outcome.words, $0.achieved, $0.grounds) },
            expected: AdultOutcome.allCases.map { ($0.rawValue, $0.words) })
        return [.needsAssessed(p)]
    }

    /// A carer's assessment is for a carer's case, has a new id, and records each carer
    /// outcome exactly once with grounds consistent with the finding.
    func assessCarer(_ p: CarersAssessed) throws(Rejection) -> [CaseEvent] {
        try requireKind(.carer, "a carer's assessment")
        try checkUnused(p.assessmentId, in: allAssessmentIds, "assessment")
        try checkOutcomes(
            p.assessmentId, p.outcomes.map { ($0.outcome.rawValue, $0.outcome.words, $0.achieved, $0.grounds) },
            expected: CarerOutcome.allCases.map { ($0.rawValue, $0.words) })
        return [.carersAssessed(p)]
    }

    /// The worker's determination must agree with the 3-part test applied to the assessment.
    func determineEligibility(_ p: DetermineEligibility) throws(Rejection) -> [CaseEvent] {
        let result: EligibilityTestResult
        if let a = state.needsAssessments[p.assessmentId] {
            result = EligibilityTest.evaluate(a)
        } else if let a = state.carersAssessments[p.assessmentId] {
            result = EligibilityTest.evaluate(a)
        } else {
            throw Rejection(.assessmentUnknown, "\(caseName) has no assessment \(p.assessmentId)")
        }
        guard result.eligible == p.eligible else {
            throw Rejection(.eligibilityThreePartTest,
                "assessment \(p.assessmentId) cannot be determined \(p.eligible ? "eligible" : "not eligible"): \(result.explanation)", source: result.reference)
        }
        var meta = p.metadata
        if !meta.references.contains(result.reference) { meta.references.append(result.reference) }
        return [.eligibilityDetermined(EligibilityDetermined(
            metadata: meta, assessmentId: p.assessmentId, caseKind: result.caseKind,
            eligible: result.eligible, conditionMet: result.conditionMet,
            outcomesNotAchieved: result.outcomesNotAchieved, healthAtRisk: result.healthAtRisk,
            significantWellbeingImpact: result.significantWellbeingImpact,
            eligibleNeeds: result.eligible ? result.outcomesNotAchieved : []))]
    }

    /// The notice follows a determination on that assessment; where no needs are eligible it
    /// includes advice and information (s13(5)).
    func sendEligibilityNotice(_ p: EligibilityNoticeSent) throws(Rejection) -> [CaseEvent] {
        guard allAssessmentIds.contains(p.assessmentId) else {
            throw Rejection(.assessmentUnknown, "\(caseName) has no assessment \(p.assessmentId)")
        }
        guard let d = state.determinations[p.assessmentId] else {
            throw Rejection(.eligibilityNotDetermined,
                "no eligibility determination on assessment \(p.assessmentId) to give notice of; determine eligibility first")
        }
        if !d.eligible, !p.includesAdviceAndInformation {
            throw Rejection(.eligibilityNoticeIncomplete,
                "the notice that assessment \(p.assessmentId) found no eligible needs must include written advice and information on meeting or preventing needs")
        }
        // issue 15: notices — the rights, when recorded, are all of them.
        if let rights = p.rightsStated {
            try checkRights(rights, of: "the notice to \(p.sentTo) of the eligibility determination on assessment \(p.assessmentId) of \(d.metadata.effectiveDate.words)")
        }
        return [.eligibilityNoticeSent(p)]
    }

    /// Ids of every assessment of the case.
    var allAssessmentIds: Set<String> {
        Set(state.needsAssessments.keys).union(state.carersAssessments.keys)
    }

    /// Rejects an assessment of the wrong kind for the case.
    func requireKind(_ kind: CaseKind, _ what: String) throws(Rejection) {
        guard state.kind == kind else {
            throw Rejection(.assessmentKindMismatch,
                "\(what) is recorded on \(kind == .adult ? "an adult's" : "a carer's") case; \(caseName) is \(state.kind == .carer ? "a carer's" : "an adult's") case")
        }
    }

    /// Each expected outcome exactly once; not achieved names a ground, achieved names none.
    func checkOutcomes(
        _ id: String, _ findings: [(String, String, Bool, [InabilityGround])],
        expected: [(String, String)]
    ) throws(Rejection) {
        var seen: Set<String> = []
        for (name, words, achieved, grounds) in findings {
            if !seen.insert(name).inserted {
                throw Rejection(.assessmentOutcomesIncomplete,
                    "assessment \(id) records the outcome \"\(words)\" more than once")
            }
            if !achieved, grounds.isEmpty {
                throw Rejection(.assessmentOutcomesIncomplete,
                    "assessment \(id): \"\(words)\" is not achieved but names none of the 4 grounds")
            }
            if achieved, !grounds.isEmpty {
                throw Rejection(.assessmentOutcomesIncomplete,
                    "assessment \(id): \"\(words)\" is achieved but names grounds for not achieving it")
            }
        }
        let missing = expected.filter { !seen.contains($0.0) }.map { "\"\($0.1)\"" }
        if !missing.isEmpty {
            throw Rejection(.assessmentOutcomesIncomplete,
                "assessment \(id) does not record \(missing.count == 1 ? "the outcome" : "the outcomes") \(missing.joined(separator: ", "))")
        }
    }
}
