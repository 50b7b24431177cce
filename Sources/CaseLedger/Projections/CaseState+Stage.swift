extension CaseState {
    /// The stage the case is at: closed; review while a review is asked for and not completed;
    /// services withdrawn once a withdrawal is decided (until closure); contact after reopening;
    /// assessment while a reassessment is due; delivery once a signed-off plan is delivered;
    /// support planning once needs are eligible; assessment once assessment has started;
    /// otherwise contact.
    public var stage: Stage {
        if isClosed { return .closed }
        if reviews.values.contains(where: { $0.isOpen }) { return .review }
        // issue 15: voice — after a withdrawal nothing is delivered and no review is under way.
        if withdrawal != nil { return .servicesWithdrawn }
        if reopenedAwaitingAssessment { return .contact }
        if awaitingReassessment { return .assessment }
        if delivery.hasCurrent, planInForce.hasCurrent { return .delivery }
        if eligibility.current?.eligible == true { return .supportPlanning }
        if !needsAssessments.isEmpty || !carersAssessments.isEmpty || !reablements.isEmpty
            || !financialAssessmentIds.isEmpty || eligibility.latest != nil
        {
            return .assessment
        }
        return .contact
    }
}
