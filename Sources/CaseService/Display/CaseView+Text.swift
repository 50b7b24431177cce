import CaseLedger

extension CaseView {
    /// The readable summary of `caseledger case show`: one fact per line, money in pounds.
    public var text: String {
        let s = summary
        var lines: [String] = []
        let who = state.referral.map { " — \($0.customerName) (\($0.caseKind.rawValue))" } ?? ""
        lines.append("Case \(caseId)\(who)")
        let known = asKnownAt.map { "as known at \(UKTime.words($0))" } ?? "as known now"
        lines.append("Record: \(eventCount) event\(eventCount == 1 ? "" : "s"), \(known)"
            + (state.lastRecordedAt.map { "; last recorded \(UKTime.words($0))" } ?? ""))
        lines.append("Stage: \(DisplayWords.stage(s.stage))")
        lines.append("Allocated worker: \(s.allocatedWorker.map(staffName) ?? "none")")
        lines.append("Eligibility: " + eligibilityText)
        lines.append("Contribution: " + contributionText)
        lines.append("Personal budget: " + budgetText)
        lines.append("Support plan: " + planText)
        lines.append("Delivery: " + deliveryText)
        lines.append("Next review due: " + (s.nextReviewDue.map { due in
            let late = due.date < today ? ", overdue by \(due.date.days(until: today)) days on \(today)" : ""
            return "\(due.date) (\(DisplayWords.reviewReason(due.reason))\(late))"
        } ?? "none"))
        lines.append("Open challenges: " + (s.openChallenges.isEmpty ? "none" : s.openChallenges.map { c in
            "\(c.raised.challengeId) on \(c.raised.subject.words), raised by \(c.raised.raisedBy) on \(c.raised.metadata.effectiveDate), now at \(DisplayWords.spaced(c.level.rawValue))"
        }.joined(separator: "; ")))
        lines.append("Open complaints: " + (s.openComplaints.isEmpty ? "none" : s.openComplaints.map { c in
            "\(c.received.complaintId) from \(c.received.complainant), received \(c.received.metadata.effectiveDate), "
                + (c.acknowledged == nil ? "not yet acknowledged (due \(c.received.acknowledgeBy)), " : "acknowledged, ")
                + "response due \(c.respondBy)"
        }.joined(separator: "; ")))
        if let f = inForce { lines += inForceLines(f) }
        return lines.map { VisibleText.neutralised($0, oneLine: true) }.joined(separator: "\n")
    }

    private var eligibilityText: String {
        guard let d = summary.eligibility else { return "not determined" }
        guard let v = d.value else { return "ended \(d.effectiveDate)" }
        let basis = v.assessmentId.map { "assessment \($0)" } ?? v.reviewId.map { "review \($0)" } ?? ""
        return (v.eligible ? "eligible" : "not eligible") + " since \(d.effectiveDate)" + (basis.isEmpty ? "" : " (\(basis))")
    }

    private var contributionText: String {
        guard let d = summary.contribution else { return "not assessed" }
        guard let v = d.value else { return "ended \(d.effectiveDate)" }
        let basis = DisplayWords.spaced(v.basis.rawValue)
        return "\(v.weeklyContribution) a week since \(d.effectiveDate) (financial assessment \(v.financialAssessmentId), \(basis)"
            + (v.paysFullCost ? ", pays the full cost" : "") + ")"
    }

    private var budgetText: String {
        guard let d = summary.personalBudget else { return "not set" }
        guard let v = d.value else { return "ended \(d.effectiveDate)" }
        return "\(v.weeklyTotal) a week since \(d.effectiveDate): council \(v.weeklyCouncilContribution), customer \(v.weeklyCustomerContribution)"
    }

    private var planText: String {
        guard let id = summary.currentPlanId, let version = summary.currentPlanVersion else { return "none" }
        let cost = state.plans[id].map { " costing \($0.current.costWords)" } ?? ""
        let signOff = summary.currentPlanSignOff.map {
            // issue 14: an imported sign-off was made in the older system, not by whoever imported it.
            signOff in
            let when = "effective \(signOff.signedOff.metadata.effectiveDate)"
            guard let i = signOff.signedOff.metadata.imported else { return "signed off by \(staffName(signOff.signer)) \(when)" }
            return "signed off in \(i.from) (record \(i.sourceRef), imported by \(staffName(signOff.signer))) \(when)"
        } ?? "not signed off"
        return "\(id) version \(version)\(cost), \(signOff)"
    }

    private var deliveryText: String {
        guard let d = summary.delivery else { return "not arranged" }
        guard let v = d.value else { return "ended \(d.effectiveDate)" }
        let parts = v.arrangements.map { a in
            "\(DisplayWords.mechanism(a.mechanism)) \(a.weeklyAmount) a week"
                + (a.lineIds.isEmpty ? "" : " for \(a.lineIds.joined(separator: ", "))") + ", held by \(a.heldBy)"
        }
        return "since \(d.effectiveDate) for \(v.planId) version \(v.planVersion): " + (parts.isEmpty ? "no arrangements" : parts.joined(separator: "; "))
    }

    private func inForceLines(_ f: InForce) -> [String] {
        var lines = ["In force on \(f.date):"]
        lines.append("  Eligibility: " + (f.eligibility?.value.map { $0.eligible ? "eligible" : "not eligible" } ?? "none"))
        lines.append("  Contribution: \(f.weeklyContribution) a week" + (f.inFreeReablement ? " (free reablement)" : ""))
        lines.append("  Personal budget: " + (f.personalBudget?.value.map { "\($0.weeklyTotal) a week" } ?? "none"))
        lines.append("  Signed-off plan: " + (f.signedOffPlan?.value.map { "\($0.planId) version \($0.version)" } ?? "none"))
        lines.append("  Delivery: " + (f.delivery?.value.map { $0.arrangements.map { DisplayWords.mechanism($0.mechanism) }.joined(separator: ", ") } ?? "none"))
        lines.append("  Allocated worker: " + (f.allocatedWorker?.value.map { staffName($0.workerId) } ?? "none"))
        return lines
    }
}
