import CaseLedger

/// What a Risk Enablement Panel needs on one page: the person's outcomes, the current plan and
/// budget, the risks being taken and how they are managed, the open challenge and what is asked of
/// the panel, previous panel decisions and the decision history. A staff document: it shows
/// everything recorded and marks third-party items `[restricted]`.
public struct PanelPack: Hashable, Sendable {
    /// The case reference.
    public var caseId: String
    /// The person's name, from the referral.
    public var customerName: String?
    /// The point of view in time.
    public var view: TimeView
    /// The document's sections, in order.
    public var sections: [ReportSection]

    /// The panel pack of `history` from `view`, with review intervals from `configuration`.
    public init(history: CaseHistory, view: TimeView, configuration: Configuration) {
        caseId = history.caseId
        self.view = view
        let visible = view.visible(history.events).filter { e in
            guard let d = view.inForceOn else { return true }
            return !(d < e.effectiveDate)
        }
        let state = CaseState(rebuiltFrom: view.visible(history.events))
        let register = history.staffRegister(asKnownAt: view.asKnownAt)
        customerName = state.referral?.customerName
        let trail = DecisionTrail(history: history, view: view, copy: .staff, configuration: configuration)
        let figures = CaseFigures(state, on: view.inForceOn, register: register, configuration: configuration)
        var s: [ReportSection] = []
        s.append(PanelPack.asked(state, visible: visible))
        s.append(PanelPack.outcomes(state))
        s.append(PanelPack.planAndBudget(state, figures: figures))
        s.append(PanelPack.risks(state))
        s.append(PanelPack.panelHistory(state, visible: visible))
        s.append(ReportSection(
            heading: "Decision history (\(trail.entries.count))", anchor: "history",
            blocks: trail.entries.isEmpty ? [.paragraph("No decisions are recorded from this point of view.")] : [.table(ReportTable(
                caption: "Every decision on the case, in recorded order (the decision trail has the detail)",
                headers: ["Ref.", "Takes effect", "Decision", "Decided by", "Status"],
                rows: trail.entries.map { e in
                    [String(e.seq), e.effectiveDate.iso, e.title, e.who.display(.staff), e.status == .standing ? "standing" : e.status.words]
                }))]))
        sections = s
    }

    /// `text` marked `[restricted]` when `field` was restricted on the decision.
    static func mark(_ metadata: DecisionMetadata, _ field: String, _ text: String) -> String {
        metadata.restricted.contains(field) ? "[restricted] " + text : text
    }

    /// The notes of a decision, restricted ones marked.
    static func notes(_ metadata: DecisionMetadata) -> [String] {
        metadata.notes.map { n in
            let body = n.kind == .opinion ? "Opinion of \(n.whose ?? "someone not named"): \(n.text)" : "Fact noted: \(n.text)"
            return n.restricted ? "[restricted] " + body : body
        }
    }

    /// The open challenges, and what is asked of the panel.
    static func asked(_ state: CaseState, visible: [RecordedCaseEvent]) -> ReportSection {
        let open = state.challenges.values.filter(\.isOpen).sorted { $0.raised.challengeId < $1.raised.challengeId }
        var blocks: [ReportBlock] = []
        let atPanel = open.filter { $0.level == .riskEnablementPanel }
        if atPanel.isEmpty {
            blocks.append(.paragraph("Nothing is referred to the panel: no open challenge is at the Risk Enablement Panel."))
        }
        for c in open {
            let r = c.raised
            var facts = [
                Fact("Challenge", "\(r.challengeId): \(r.subject.words)"),
                Fact("Raised", "\(Words.date(r.metadata.effectiveDate)) by \(mark(r.metadata, "raisedBy", r.raisedBy))"),
                Fact("In their words", mark(r.metadata, "details", r.details)),
                Fact("Now with", Words.level(c.level)),
            ]
            let challenged = r.challengedEventIds.compactMap { id in visible.first { $0.id == id }.map { "ref. \($0.seq) (\($0.event.typeName))" } }
            if !challenged.isEmpty { facts.append(Fact("Decisions challenged", challenged.joined(separator: ", "))) }
            var items: [String] = []
            for esc in visible {
                guard case .challengeEscalated(let e) = esc.event, e.challengeId == r.challengeId else { continue }
                let why = e.metadata.reasons.isEmpty ? "no reasons recorded" : e.metadata.reasons.joined(separator: "; ")
                items.append("\(Words.date(e.metadata.effectiveDate)), ref. \(esc.seq): from \(Words.level(e.fromLevel)) to \(Words.level(e.toLevel)) — \(why)")
            }
            var sub: [ReportBlock] = [.facts(facts)]
            if !items.isEmpty { sub.append(.list(label: "How it got here", items: items)) }
            if c.level == .riskEnablementPanel {
                sub.append(.callout("What is asked of the panel: advice on \(r.subject.words) — \(mark(r.metadata, "details", r.details)). "
                    + "The panel is advisory; the allocated worker keeps responsibility for the decision."))
            }
            let notes = notes(r.metadata)
            if !notes.isEmpty { sub.append(.list(label: "Notes", items: notes)) }
            blocks.append(.subsection(ReportSection(heading: "\(r.challengeId) (with \(Words.level(c.level)))", anchor: "challenge-\(r.challengeId)", blocks: sub)))
        }
        return ReportSection(heading: "Open challenges and what is asked of the panel", anchor: "asked", blocks: blocks)
    }

    /// The person's outcomes: what matters to them, the latest assessment, eligibility.
    static func outcomes(_ state: CaseState) -> ReportSection {
        var blocks: [ReportBlock] = []
        if let ref = state.referral {
            blocks.append(.facts([
                Fact("Person", mark(ref.metadata, "customerName", ref.customerName) + (ref.caseKind == .carer ? " (a carer)" : "")),
                Fact("Referred by", Words.source(ref.source) + (ref.referrerName.map { ", " + mark(ref.metadata, "referrerName", $0) } ?? "")),
                Fact("Route of access", Words.route(ref.routeOfAccess)),
                Fact("Asked for help with", mark(ref.metadata, "presentingNeed", ref.presentingNeed)),
            ]))
        }
        if let plan = state.currentPlanId.flatMap({ state.plans[$0] }) {
            let c = plan.current.components.text
            blocks.append(.list(label: "In the person's plan", items: [PlanComponent.importantToThePerson, .changesToAchieve].compactMap { k in
                c[k].map { "\(k.words): \($0)" }
            }))
        }
        let assessments = state.history.compactMap { r -> [String]? in
            switch r.event {
            case .needsAssessed(let a):
                guard state.corrections[r.id] == nil else { return nil }
                let unmet = a.outcomes.filter { !$0.achieved }.map { o in
                    "Not achieved: \(o.outcome.words) (\(o.grounds.map(\.rawValue).map(Words.uncamel).joined(separator: "; ")))"
                        + (o.notes.map { " — \(mark(a.metadata, "outcomes", $0))" } ?? "")
                }
                return ["Needs assessment \(a.assessmentId), \(Words.date(a.metadata.effectiveDate)), ref. \(r.seq)"] + unmet
                    + ["Wellbeing: \(mark(a.metadata, "wellbeingImpact", a.wellbeingImpact.description))"] + notes(a.metadata)
            case .carersAssessed(let a):
                guard state.corrections[r.id] == nil else { return nil }
                let unmet = a.outcomes.filter { !$0.achieved }.map { "Not achieved: \($0.outcome.words)" }
                return ["Carer's assessment \(a.assessmentId), \(Words.date(a.metadata.effectiveDate)), ref. \(r.seq)"] + unmet
                    + (a.healthAtRisk ? ["The carer's health is at risk"] : [])
            default: return nil
            }
        }
        if let latest = assessments.last {
            blocks.append(.list(label: latest[0], items: Array(latest.dropFirst())))
        } else {
            blocks.append(.paragraph("No assessment is recorded."))
        }
        if let elig = state.eligibility.latest?.value {
            blocks.append(.paragraph(elig.eligible
                ? "Eligible needs: \(elig.eligibleNeeds.map(Words.need).joined(separator: "; "))."
                : "The needs were found not eligible."))
        }
        return ReportSection(heading: "The person and their outcomes", anchor: "outcomes", blocks: blocks)
    }

    /// The current plan and budget.
    static func planAndBudget(_ state: CaseState, figures: CaseFigures) -> ReportSection {
        var blocks: [ReportBlock] = [.facts(figures.figures.map { Fact($0.label, $0.value) })]
        if let plan = state.currentPlanId.flatMap({ state.plans[$0] }) {
            let p = plan.current
            blocks.append(.table(ReportTable(
                caption: "Plan \(p.planId) version \(plan.currentVersion)\(plan.currentIsSignedOff ? ", signed off" : ", not signed off"): \(p.oneOffCost > .zero ? p.costWords : Words.weekly(p.weeklyCost))",
                headers: ["Line", "What", "Kind", p.lines.contains { $0.isOneOff || $0.exemption != nil } ? "Cost" : "Weekly cost", "Provider"],
                rows: p.lines.map { [$0.lineId, $0.description, Words.service($0.kind), Words.lineCost($0), $0.provider ?? "not named"] })))
            let needs = p.needs.map { "\($0.need)\($0.eligible ? " (eligible)" : ""): \($0.howMet)" }
            if !needs.isEmpty { blocks.append(.list(label: "Needs and how they are met", items: needs)) }
        } else {
            blocks.append(.paragraph("No support plan is recorded."))
        }
        if let delivery = state.delivery.latest?.value {
            blocks.append(.table(ReportTable(
                caption: "How the budget is delivered, from \(Words.date(delivery.metadata.effectiveDate))",
                headers: ["Mechanism", "Lines", "Weekly amount", "Held by"],
                rows: delivery.arrangements.map { [Words.mechanism($0.mechanism), $0.lineIds.joined(separator: ", "), Words.weekly($0.weeklyAmount), mark(delivery.metadata, "arrangements", $0.heldBy)] })))
        }
        return ReportSection(heading: "The current plan and budget", anchor: "plan", blocks: blocks)
    }

    /// The risks being taken, from the current plan and from panel decisions.
    static func risks(_ state: CaseState) -> ReportSection {
        var rows: [[String]] = []
        if let plan = state.currentPlanId.flatMap({ state.plans[$0] }) {
            let meta = state.history.last { r in
                switch r.event {
                case .supportPlanDrafted(let d): d.plan.planId == plan.planId
                case .supportPlanRevised(let d): d.plan.planId == plan.planId
                default: false
                }
            }?.event.metadata
            rows += plan.current.risks.map { r in
                let m = { (t: String) in meta.map { mark($0, "risks", t) } ?? t }
                return [m(r.risk), m(r.howManaged), r.owner, "plan \(plan.planId) version \(plan.currentVersion)"]
            }
        }
        for d in state.panelDecisions.values.sorted(by: { $0.panelDecisionId < $1.panelDecisionId }) {
            rows += d.risks.map { [mark(d.metadata, "risks", $0.risk), mark(d.metadata, "risks", $0.howManaged), $0.owner, "panel \(d.panelDecisionId)"] }
        }
        return ReportSection(heading: "Risks being taken and how they are managed", anchor: "risks", blocks: rows.isEmpty
            ? [.paragraph("No risks are recorded.")]
            : [.table(ReportTable(caption: "Risks and who owns them", headers: ["Risk", "How it is managed", "Owner", "Recorded in"], rows: rows))])
    }

    /// Previous panel decisions.
    static func panelHistory(_ state: CaseState, visible: [RecordedCaseEvent]) -> ReportSection {
        var blocks: [ReportBlock] = []
        for r in visible {
            guard case .riskEnablementPanelDecided(let d) = r.event, state.corrections[r.id] == nil else { continue }
            var facts = [
                Fact("Date", Words.date(d.metadata.effectiveDate)),
                Fact("Decision", mark(d.metadata, "decision", d.decision)),
                Fact("Rationale", mark(d.metadata, "rationale", d.rationale)),
                Fact("Options considered", mark(d.metadata, "optionsConsidered", d.optionsConsidered.joined(separator: "; "))),
                Fact("Attended", mark(d.metadata, "attendees", d.attendees.joined(separator: ", "))),
                Fact("Action owner", d.actionOwner),
                Fact("To be reviewed", Words.date(d.reviewDate)),
            ]
            if let c = d.challengeId { facts.insert(Fact("On challenge", c), at: 1) }
            var sub: [ReportBlock] = [.facts(facts)]
            let notes = notes(d.metadata)
            if !notes.isEmpty { sub.append(.list(label: "Notes", items: notes)) }
            blocks.append(.subsection(ReportSection(heading: "\(d.panelDecisionId), ref. \(r.seq)", anchor: "panel-\(d.panelDecisionId)", blocks: sub)))
        }
        if blocks.isEmpty { blocks.append(.paragraph("The panel has not considered this case before.")) }
        return ReportSection(heading: "Previous panel decisions", anchor: "panel-decisions", blocks: blocks)
    }

    /// The pack as a document.
    public func document(integrity: IntegrityStatement) -> ReportDocument {
        var lead = [
            "Risk Enablement Panel pack for case \(caseId). A staff document: it shows everything recorded; third-party information "
                + "marked restricted when it was recorded is shown marked [restricted] and must not be passed to the person or others.",
        ]
        lead += view.describedLines
        lead.append("References (ref.) are the ledger's sequence numbers; caseledger-audit trail \(caseId) --copy staff has each decision in full.")
        let name = customerName.map { " (\($0))" } ?? ""
        return ReportDocument(title: "Risk Enablement Panel pack: case \(caseId)\(name)", lead: lead, sections: sections, integrity: integrity)
    }

    /// The pack in `options.format`, ending with `integrity`.
    public func render(_ options: RenderOptions, integrity: IntegrityStatement) -> String {
        switch options.format {
        case .text: TextRenderer.render(document(integrity: integrity))
        case .md: MarkdownRenderer.render(document(integrity: integrity))
        case .html: HTMLRenderer.render(document(integrity: integrity), caseId: caseId, largePrint: options.largePrint)
        case .json: json(integrity: integrity)
        case .csv: csv(integrity: integrity)
        }
    }
}
