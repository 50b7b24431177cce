extension CaseDecider {
    /// Only for a person found to lack capacity for that decision, with a new id.
    func makeBestInterestsDecision(_ p: BestInterestsDecisionMade) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.decisionId, in: state.bestInterestsDecisions.keys, "best-interests decision")
        guard p.lacksCapacityForDecision else {
            throw Rejection(.bestInterestsRequiresLackOfCapacity,
                "a best-interests decision on \"\(p.matter)\" is made only when the person lacks capacity for it; capacity is assumed unless assessed otherwise (Mental Capacity Act 2005 s1(2))")
        }
        return [.bestInterestsDecisionMade(p)]
    }

    /// A correction references an existing original event of this case and is of its type.
    func correctEvent(_ p: EventCorrected) throws(Rejection) -> [CaseEvent] {
        guard let target = state.event(withId: p.supersedes), target.stream == state.caseId else {
            throw Rejection(.correctionTargetUnknown,
                "event \(p.supersedes) is not part of \(caseName); a correction references an event of the same case")
        }
        switch target.event {
        case .eventCorrected, .opinionDisputed:
            throw Rejection(.correctionTargetNotCorrectable,
                "event \(p.supersedes) is a \(target.event.typeName); correct the original event instead")
        default: break
        }
        guard target.event.typeName == p.corrected.typeName else {
            throw Rejection(.correctionTypeMismatch,
                "event \(p.supersedes) is a \(target.event.typeName); its correction must be one too, not a \(p.corrected.typeName)")
        }
        return [.eventCorrected(p)]
    }

    /// A dispute marker references an existing event of this case.
    func disputeOpinion(_ p: OpinionDisputed) throws(Rejection) -> [CaseEvent] {
        guard state.event(withId: p.targetEventId) != nil else {
            throw Rejection(.disputeTargetUnknown,
                "event \(p.targetEventId) is not part of \(caseName); a dispute marker references an event of the same case")
        }
        return [.opinionDisputed(p)]
    }
}
