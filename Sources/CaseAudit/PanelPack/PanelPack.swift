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

    /// The meeting the pack is for, when it was chosen by one (`PanelMeeting`).
    public var meeting: PanelMeeting?

    /// The panel pack of `history` from `view`, with review intervals from `configuration`;
    /// `meeting` (whose view `view` usually is) is described at its head.
    public init(history: CaseHistory, view: TimeView, configuration: Configuration, meeting: PanelMeeting? = nil) {
        caseId = history.caseId
        self.view = view
        self.meeting = meeting
        let visible = view.visible(history.events).filter { e in
            guard let d = view.inForceOn else { return true }
            return !(d < e.effectiveDate)
        }
        // issue 18: panel — what the panel reads (outcomes, plan, risks, challenges, decisions) is
        // what was in force on the date asked about: a plan revised or a risk recorded to take
        // effect later is not shown as if it applied then. The figures take the date themselves.
        let known = CaseState(rebuiltFrom: view.visible(history.events))
        let state = view.inForceOn == nil ? known : CaseState(rebuiltFrom: visible)
        let register = history.staffRegister(asKnownAt: view.asKnownAt)
        customerName = known.referral?.customerName
        let trail = DecisionTrail(history: history, view: view, copy: .staff, configuration: configuration)
        let figures = CaseFigures(known, on: view.inForceOn, register: register, configuration: configuration)
        var s: [ReportSection] = []
        s.append(PanelPack.asked(state, visible: visible))
        s.append(PanelPack.outcomes(state))
        s.append(PanelPack.planAndBudget(state, figures: figures))
        if let dp = PanelPack.directPayments(state, on: view.inForceOn) { s.append(dp) }
        s.append(PanelPack.risks(state))
        s.append(PanelPack.panelHistory(state, visible: visible))
        // issue 15: safeguard — only when there is something to show, so other packs are unchanged.
        if let advocacy = PanelPack.advocacy(state, visible: visible) { s.append(advocacy) }
        if let safeguarding = PanelPack.safeguarding(state) { s.append(safeguarding) }
        s.append(ReportSection(
            heading: "Decision history (\(trail.entries.count))", anchor: "history",
            blocks: trail.entries.isEmpty ? [.paragraph("No decisions are recorded from this point of view.")] : [.table(ReportTable(
                caption: "Every decision on the case, in recorded order (the decision trail has the detail)",
                headers: ["Ref.", "Takes effect", "Decision", "Decided by", "Status"],
                rows: trail.entries.map { e in
                    [String(e.seq), e.effectiveDate.iso, e.title, e.who.display(.customer), e.status == .standing ? "standing" : e.status.words]
                }))], kind: "annex"))
        sections = s
    }

    /// `text` marked `[restricted]` when `field` was restricted on the decision.
    static func mark(_ metadata: DecisionMetadata, _ field: String, _ text: String) -> String {
        metadata.restricted.contains(field) ? Marking.restricted(text) : text
    }

    /// The notes of a decision, restricted ones marked.
    static func notes(_ metadata: DecisionMetadata) -> [String] {
        metadata.notes.map { n in
            let body = n.kind == .opinion ? "Opinion of \(n.whose ?? "someone not named"): \(n.text)" : "Fact noted: \(n.text)"
            return n.restricted ? Marking.restricted(body) : body
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
        let assessments = state.history.compactMap { r -> (assessmentId: String, heading: String, items: [String])? in
            switch r.event {
            case .needsAssessed(let a):
                guard state.corrections[r.id] == nil else { return nil }
                let unmet = a.outcomes.filter { !$0.achieved }.map { o in
                    "Not achieved: \(o.outcome.words) (\(o.grounds.map(\.rawValue).map(Words.uncamel).joined(separator: "; ")))"
                        + (o.notes.map { " — \(mark(a.metadata, "outcomes", $0))" } ?? "")
                }
                return (a.assessmentId, "Needs assessment \(a.assessmentId), \(Words.date(a.metadata.effectiveDate)), ref. \(r.seq)", unmet
                    + ["Wellbeing: \(mark(a.metadata, "wellbeingImpact", a.wellbeingImpact.description))"] + notes(a.metadata))
            case .carersAssessed(let a):
                guard state.corrections[r.id] == nil else { return nil }
                let unmet = a.outcomes.filter { !$0.achieved }.map { "Not achieved: \($0.outcome.words)" }
                return (a.assessmentId, "Carer's assessment \(a.assessmentId), \(Words.date(a.metadata.effectiveDate)), ref. \(r.seq)", unmet
                    + (a.healthAtRisk ? ["The carer's health is at risk"] : []))
            default: return nil
            }
        }
        if let latest = assessments.last {
            blocks.append(.list(label: latest.heading, items: latest.items + eligibilityOf(latest.assessmentId, state)))
        } else {
            blocks.append(.paragraph("No assessment is recorded."))
        }
        // issue 15: carers
        let carers = carersAndReablement(state)
        if !carers.isEmpty { blocks.append(.list(label: "Carers and reablement", items: carers)) }
        if let latest = state.eligibility.latest, let finding = latest.value, finding.assessmentId != assessments.last?.assessmentId {
            blocks.append(.paragraph(eligibilitySentence(finding, latest)))
        }
        return ReportSection(heading: "The person and their outcomes", anchor: "outcomes", blocks: blocks)
    }

    // issue 18: panel
    /// The eligibility determined on assessment `assessmentId`, as items for that assessment's
    /// list: the latest determination made on it; empty when none was made. A later finding
    /// (a review's, or one on another assessment) is said on its own, naming where it came from.
    static func eligibilityOf(_ assessmentId: String, _ state: CaseState) -> [String] {
        guard let determined = state.eligibility.entries.last(where: { $0.value?.assessmentId == assessmentId }),
              let finding = determined.value else { return [] }
        return [eligibilitySentence(finding, determined)]
    }

    /// One eligibility finding in words, naming where it came from: the determination on an
    /// assessment, or the review that found the needs no longer eligible (Care Act 2014 s13, s27).
    static func eligibilitySentence(_ finding: EligibilityFinding, _ entry: Dated<EligibilityFinding>) -> String {
        let when = "\(Words.date(entry.effectiveDate)), ref. \(entry.seq)"
        if let review = finding.reviewId {
            return "Review \(review) (\(when)) found the needs no longer eligible."
        }
        let on = finding.assessmentId.map { "assessment \($0)" } ?? "the assessment"
        return finding.eligible
            ? "Found eligible on \(on) (\(when)). Eligible needs: \(finding.eligibleNeeds.map(Words.need).joined(separator: "; "))."
            : "Found not eligible on \(on) (\(when))."
    }

    // issue 15: carers
    /// For the panel: the carers' cases linked (by id; nothing of them), each carer named on the
    /// case and the offer of a carer's assessment (`CarerRules.carers`), and each period of
    /// reablement with its latest progress in the person's words (`ReablementRules`). Empty when
    /// the case has none of these.
    static func carersAndReablement(_ state: CaseState) -> [String] {
        var items: [String] = []
        for (id, link) in state.carerLinks.sorted(by: { $0.key < $1.key }) {
            items.append(link.isOnCaredForCase
                ? "Linked with the carer's case \(id) (the carer's relationship: \(link.relationship)); nothing of it is shown here"
                : "Linked with the case of the person cared for, \(id) (the carer is their \(link.relationship)); nothing of it is shown here")
        }
        for carer in CarerRules.carers(in: state.history, superseded: state.corrections) {
            guard let last = carer.offers.last else {
                items.append("\(carer.carerName), named as a carer on \(Words.date(carer.appeared.effectiveDate)): no carer's assessment offered yet")
                continue
            }
            let answer = switch last.offer.response {
            case .notYetAnswered: "not yet answered"
            case .accepted: "accepted"
            case .refused: "refused"
            }
            items.append("\(carer.carerName): carer's assessment offered on \(Words.date(last.event.effectiveDate)), \(mark(last.offer.metadata, "response", answer)) (ref. \(last.event.seq))")
        }
        for (id, period) in state.reablements.sorted(by: { $0.key < $1.key }) {
            let weeks = period.progress.count
            var item = "Reablement \(id) from \(Words.date(period.started.metadata.effectiveDate))"
                + (period.ended.map { " to \(Words.date($0.metadata.effectiveDate))" } ?? ", running") + ": progress recorded in \(Words.count(weeks, "week"))"
            if let latest = period.progress.last { item += "; week \(latest.week), in the person's words: \u{201C}\(latest.personsWords)\u{201D}" }
            items.append(item)
        }
        return items
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

    // issue 15: safeguard
    /// Independent advocacy: each consideration, and whether the person now needs an advocate
    /// with none appointed (`AdvocacyRules.unmetDuty`); nil when advocacy was never considered
    /// on its own and no assessment found an advocate needed.
    static func advocacy(_ state: CaseState, visible: [RecordedCaseEvent]) -> ReportSection? {
        let needingAssessments = state.needsAssessments.values.filter { AdvocacyRules.assessmentWithoutAdvocate($0.advocacy) }.map(\.assessmentId)
            + state.carersAssessments.values.filter { AdvocacyRules.assessmentWithoutAdvocate($0.advocacy) }.map(\.assessmentId)
        guard !state.advocacyConsiderations.isEmpty || !needingAssessments.isEmpty else { return nil }
        var blocks: [ReportBlock] = []
        let latest = visible.map(\.effectiveDate).max() ?? CalendarDate(daysSinceEpoch: 0)
        for c in state.advocacyConsiderations {
            let facts = [
                Fact("Date", Words.date(c.metadata.effectiveDate)),
                Fact("For", c.process.words),
                Fact("Substantial difficulty (s67(4))", c.substantialDifficulty
                    ? "yes: " + c.difficultyAreas.map(\.words).joined(separator: "; ") : "no"),
                Fact("Appropriate person (s67(5))", c.appropriatePersonAvailable ? mark(c.metadata, "appropriatePerson", c.appropriatePerson ?? "yes") : "none"),
                Fact("Advocate", c.advocateAppointed.map { mark(c.metadata, "advocateAppointed", $0) }
                    ?? (AdvocacyRules.advocateNeeded(c) ? "needed, none appointed" : "not needed")),
                Fact("Reasons", c.metadata.reasons.joined(separator: " ")),
            ]
            blocks.append(.subsection(ReportSection(heading: "Consideration \(c.considerationId)", anchor: "advocacy-\(c.considerationId)", blocks: [.facts(facts)])))
        }
        var gaps: [String] = []
        var named: Set<String> = []
        for process in [AdvocacyProcess.supportPlanning, .review] {
            if let c = AdvocacyRules.unmetDuty(state.advocacyConsiderations, for: process, on: latest), named.insert(c.considerationId).inserted {
                gaps.append("Consideration \(c.considerationId) of \(Words.date(c.metadata.effectiveDate)) found that an independent advocate is needed for \(c.process.words), and none is appointed — \(AdvocacyRules.source).")
            }
        }
        for id in needingAssessments.sorted() {
            gaps.append("Assessment \(id) found that an advocate was needed and none took part — \(AdvocacyRules.source).")
        }
        if !gaps.isEmpty { blocks.insert(.list(label: "Before the panel decides", items: gaps), at: 0) }
        return ReportSection(heading: "Independent advocacy", anchor: "advocacy", blocks: blocks)
    }

    /// Safeguarding concerns still open (no outcome recorded); nil when there are none.
    static func safeguarding(_ state: CaseState) -> ReportSection? {
        let open = state.safeguardingConcerns.values.filter(\.isOpen).sorted { $0.raised.concernId < $1.raised.concernId }
        guard !open.isEmpty else { return nil }
        let rows = open.map { r -> [String] in
            let stage: String
            if let d = r.decision {
                stage = d.dutyApplies ? (r.enquiry == nil ? "s42 duty applies; no enquiry yet" : "s42 enquiry under way") : "s42 duty does not apply"
            } else {
                stage = "awaiting the s42 decision"
            }
            return [r.raised.concernId, Words.date(r.raised.metadata.effectiveDate), mark(r.raised.metadata, "raisedBy", r.raised.raisedBy),
                    mark(r.raised.metadata, "concern", r.raised.concern), stage]
        }
        return ReportSection(heading: "Open safeguarding concerns", anchor: "safeguarding", blocks: [.table(ReportTable(
            caption: "Concerns without a recorded outcome (Care Act 2014 s42)", headers: ["Concern", "Received", "Raised by", "Concern", "Where it stands"], rows: rows))])
    }

    /// The pack as a document.
    public func document(integrity: IntegrityStatement) -> ReportDocument {
        var lead = [
            "Risk Enablement Panel pack for case \(caseId). A staff document: it shows everything recorded; third-party information "
                + "marked restricted when it was recorded is shown marked [restricted] and must not be passed to the person or others.",
        ]
        lead += meeting?.describedLines ?? []
        // The meeting's line says what its own point of view is.
        if meeting?.view != view { lead += view.describedLines }
        lead.append("References (ref.) are the ledger's sequence numbers; caseledger-audit trail \(caseId) --copy staff has each decision in full.")
        let name = customerName.map { " (\($0))" } ?? ""
        return ReportDocument(
            title: "Risk Enablement Panel pack: case \(caseId)\(name)", lead: lead, sections: sections, integrity: integrity, copy: .staff, dated: view.dated)
    }

    /// The pack in `options.format`, ending with `integrity`.
    public func render(_ options: RenderOptions, integrity: IntegrityStatement) -> String {
        switch options.format {
        case .text: TextRenderer.render(document(integrity: integrity), width: options.textWidth)
        case .md: MarkdownRenderer.render(document(integrity: integrity))
        case .html: HTMLRenderer.render(document(integrity: integrity), caseId: caseId, largePrint: options.largePrint, madeOn: options.madeOn)
        case .json: json(integrity: integrity)
        case .csv: csv(integrity: integrity)
        }
    }
}
