import CaseLedger

/// The figures and statuses of a case at one point of view, in a fixed order: what the trail
/// compares before and after each decision, what `diff` compares between two times, and the
/// summary at the head of a report.
public struct CaseFigures: Hashable, Sendable {
    /// The figures, in a fixed order.
    public var figures: [Figure]

    /// Keys of figures that are dated (in force on an effective date); the rest are as latest.
    public static let datedKeys: Set<String> = [
        "eligibility", "weeklyContribution", "personalBudget", "budgetCustomerPart", "budgetCouncilPart",
        "signedOffPlan", "delivery", "allocatedWorker", "freeReablement",
    ]

    /// The figures of `state` in force on `date` (the latest when nil), with names from `register`
    /// and review intervals from `configuration`.
    public init(_ state: CaseState, on date: CalendarDate?, register: StaffRegister, configuration: Configuration) {
        func pick<V>(_ t: EffectiveTimeline<V>) -> Dated<V>? { date.map { t.entry(on: $0) } ?? t.latest }
        var f: [Figure] = []
        // issue 18: scripts — an amount's pence beside its words; none for an amount out of range
        // (a ledger written by hand), which the words say.
        func add(_ key: String, _ label: String, _ value: String, pence money: Money? = nil, code: String? = nil) {
            let pence = money.flatMap { $0.isOutOfRange ? nil : $0.pence }
            f.append(Figure(key: key, label: label, value: value, pence: pence, code: code))
        }

        add("stage", "Stage", Words.stage(state.stage), code: state.stage.rawValue)
        let elig = pick(state.eligibility)
        add("eligibility", "Eligibility", elig.map { $0.value.map { $0.eligible ? "eligible" : "not eligible" } ?? "ended" } ?? "not yet decided",
            code: elig.map { $0.value.map { $0.eligible ? "eligible" : "notEligible" } ?? "ended" } ?? "undecided")
        let fa = pick(state.contributions)
        add("weeklyContribution", "Weekly contribution", fa.map { entry in
            guard let v = entry.value else { return "none (ended)" }
            if v.paysFullCost { return "the full cost" }
            if !v.exemptions.isEmpty { return "\(Words.weekly(v.weeklyContribution)) (\(v.exemptions[0].words))" }
            return Words.weekly(v.weeklyContribution)
        } ?? "not yet assessed", pence: fa?.value.flatMap { $0.paysFullCost ? nil : $0.weeklyContribution })
        let pb = pick(state.personalBudget)
        add("personalBudget", "Personal budget", pb.map { $0.value.map { Words.weekly($0.weeklyTotal) } ?? "none (ended)" } ?? "not yet set",
            pence: pb?.value?.weeklyTotal)
        add("budgetCustomerPart", "Paid by the person", pb?.value.map { Words.weekly($0.weeklyCustomerContribution) } ?? "none",
            pence: pb?.value?.weeklyCustomerContribution)
        add("budgetCouncilPart", "Paid by the council", pb?.value.map { Words.weekly($0.weeklyCouncilContribution) } ?? "none",
            pence: pb?.value?.weeklyCouncilContribution)
        add("indicativeBudget", "Indicative budget", state.indicativeBudget.map { Words.weekly($0.weeklyAmount) } ?? "not yet calculated",
            pence: state.indicativeBudget?.weeklyAmount)
        let plan = state.currentPlanId.flatMap { state.plans[$0] }
        add("supportPlan", "Support plan", plan.map { "\($0.planId) version \($0.currentVersion), \(Words.weekly($0.current.weeklyCost))" } ?? "none yet",
            pence: plan?.current.weeklyCost)
        let signed = pick(state.planInForce)
        add("signedOffPlan", "Signed-off plan in force", signed.map { $0.value.map { "\($0.planId) version \($0.version)" } ?? "none (ended)" } ?? "none yet")
        let delivery = pick(state.delivery)
        add("delivery", "Delivery", delivery.map { entry in
            guard let v = entry.value else { return "none (ended)" }
            return v.arrangements.map { "\(Words.mechanism($0.mechanism).beforeParenthesis) \(Words.weekly($0.weeklyAmount))" }.joined(separator: "; ")
        } ?? "not yet arranged", pence: delivery?.value.map { $0.arrangements.map(\.weeklyAmount).total() })
        let worker = pick(state.allocatedWorker)?.value?.workerId
        add("allocatedWorker", "Allocated worker", worker.map { register.member($0)?.name ?? $0 } ?? "none")
        if let d = date {
            add("freeReablement", "Free reablement", state.freeReablement(on: d) != nil ? "yes" : "no")
        } else {
            let running = state.reablements.values.filter(\.isActive).sorted { $0.started.reablementId < $1.started.reablementId }.first
            add("freeReablement", "Free reablement", running.map { "running, free until \(Words.date($0.started.freeUntil))" } ?? "no")
        }
        let open = state.challenges.values.filter(\.isOpen).sorted { $0.raised.challengeId < $1.raised.challengeId }
        add("openChallenges", "Open challenges", open.isEmpty ? "none" : open.map { "\($0.raised.challengeId) (with \(Words.level($0.level)))" }.joined(separator: "; "))
        let complaints = state.complaints.values.filter(\.isOpen).sorted { $0.received.complaintId < $1.received.complaintId }
        add("openComplaints", "Open complaints", complaints.isEmpty ? "none" : complaints.map { "\($0.received.complaintId) (answer due \(Words.date($0.respondBy)))" }.joined(separator: "; "))
        let due = state.nextReviewDue(configuration.reviewIntervals)
        add("nextReviewDue", "Next review due", due.map { "\(Words.date($0.date)) (\(Words.dueReason($0.reason)))" } ?? "none")
        figures = f
    }

    /// The value of the figure with `key`.
    public subscript(key: String) -> String? { figures.first { $0.key == key }?.value }

    /// What changed from `self` to `after`, dated `effective` for the dated figures.
    public func changes(to after: CaseFigures, effective: CalendarDate?) -> [FigureChange] {
        zip(figures, after.figures).compactMap { before, now in
            guard before.key == now.key, before.value != now.value else { return nil }
            let dated = CaseFigures.datedKeys.contains(now.key) ? effective : nil
            return FigureChange(
                key: now.key, label: now.label, from: before.value, to: now.value,
                effective: dated.map { CalendarDateText(iso: $0.iso, words: Words.date($0)) }, before: before, after: now)
        }
    }
}
