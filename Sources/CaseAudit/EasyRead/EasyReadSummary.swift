import CaseLedger

// issue 18: panel
// Keeps events/INVARIANTS.md rule 48: the Easy Read summary is made only from the case's facts and
// the published configuration: every amount, date and name comes from them, none is written per case.
/// The Easy Read summary of a case for the person it is about: short sentences, one idea each,
/// in everyday words, with no legal citations and no reference numbers: the decisions that matter
/// now, the money, what happens next, how to ask for a decision to be looked at again or to
/// complain, and whom to ask (the allocated worker and the council's published contact details).
///
/// Follows the Easy Read guidance (Department of Health, "Making written information easier to
/// understand for people with learning disabilities", 2010; Mencap, "Am I making myself clear?"):
/// one idea per sentence, "we" for the council and "you" for the person, numbers as figures,
/// dates written out, and headings that say what each part is about.
public struct EasyReadSummary: Hashable, Sendable {
    /// One part of the summary: a heading and its sentences, one idea each.
    public struct Part: Hashable, Sendable {
        /// What the part is about, as a question or a short phrase.
        public var heading: String
        /// The sentences, in reading order.
        public var sentences: [String]
        /// The anchor of the part in HTML.
        public var anchor: String
    }

    /// The case reference.
    public var caseId: String
    /// The person's name, from the referral.
    public var customerName: String?
    /// The parts, in reading order.
    public var parts: [Part]
    /// False when the council's contact details shown are examples it has not yet confirmed.
    public var contactConfirmed: Bool

    /// The summary of `state` (the case as known from the report's point of view), with what
    /// applied on `date` (the latest when nil), the worker's name from `register`, and the review
    /// intervals, complaint periods and contact details from `configuration`.
    public init(caseId: String, state: CaseState, on date: CalendarDate?, register: StaffRegister, configuration: Configuration) {
        self.caseId = caseId
        customerName = state.referral?.customerName
        contactConfirmed = configuration.councilContact?.confirmed ?? true
        func pick<V>(_ t: EffectiveTimeline<V>) -> Dated<V>? { date.map { t.entry(on: $0) } ?? t.latest }
        let council = configuration.councilContact?.name ?? "the council's adult social care team"
        var about = ["This is about the care and support you get from \(council)."]
        about.append("We call it your case.")
        about.append("Your case number is \(caseId).")
        if let date { about.append("This tells you how things were on \(Words.date(date)).") }
        parts = [Part(heading: "About this summary", sentences: about, anchor: "easy-about")]
        parts.append(Part(heading: "What we decided", sentences: EasyReadSummary.decisions(state, pick(state.eligibility), pick(state.planInForce)), anchor: "easy-decided"))
        parts.append(Part(heading: "Money", sentences: EasyReadSummary.money(state, pick(state.personalBudget), pick(state.contributions)), anchor: "easy-money"))
        parts.append(Part(heading: "What happens next", sentences: EasyReadSummary.next(state, configuration), anchor: "easy-next"))
        parts.append(Part(heading: "If you do not agree", sentences: EasyReadSummary.challenge(configuration), anchor: "easy-disagree"))
        let worker = pick(state.allocatedWorker)?.value?.workerId
        parts.append(Part(
            heading: "Who to ask", sentences: EasyReadSummary.whoToAsk(worker.map { register.member($0)?.name ?? $0 }, configuration.councilContact),
            anchor: "easy-ask"))
    }

    /// The decisions that matter now: the case open or closed, eligibility and where it came
    /// from, the plan in force, support being stopped.
    static func decisions(_ state: CaseState, _ eligibility: Dated<EligibilityFinding>?, _ plan: Dated<PlanSignedOff>?) -> [String] {
        var s: [String] = []
        if let closed = state.closure?.value {
            s.append("Your case is closed.")
            s.append("We closed it on \(Words.date(closed.metadata.effectiveDate)).")
        }
        switch (eligibility, eligibility?.value) {
        case (nil, _):
            s.append("We have not yet decided if you can get care and support from us.")
        case (let entry?, nil):
            s.append("Your care and support from us stopped on \(Words.date(entry.effectiveDate)).")
        case (let entry?, let finding?):
            if finding.reviewId != nil {
                s.append("We checked your care and support again on \(Words.date(entry.effectiveDate)).")
                s.append("We decided you do not need care and support from us now.")
            } else {
                s.append("We looked at what help you need.")
                s.append(finding.eligible
                    ? "On \(Words.date(entry.effectiveDate)) we decided you can get care and support from us."
                    : "On \(Words.date(entry.effectiveDate)) we decided you cannot get care and support from us.")
                if !finding.eligible { s.append("We can still give you information and advice.") }
            }
        }
        if let withdrawal = state.withdrawal, state.closure == nil {
            s.append("We decided to stop your care and support from \(Words.date(withdrawal.decided.metadata.effectiveDate)).")
        }
        if let plan, plan.value != nil, state.closure == nil {
            s.append("You have a support plan.")
            s.append("It says how you get the help you need.")
            s.append("It started on \(Words.date(plan.effectiveDate)).")
        }
        return s
    }

    /// The money: the personal budget, what the person pays and what the council pays.
    static func money(_ state: CaseState, _ budget: Dated<PersonalBudgetSet>?, _ contribution: Dated<FinancialAssessmentCompleted>?) -> [String] {
        var s: [String] = []
        if let b = budget?.value, state.closure == nil {
            s.append("Your personal budget is \(b.weeklyTotal) a week.")
            s.append("This is the money for your care and support.")
            if b.weeklyCustomerContribution > .zero {
                s.append("You pay \(b.weeklyCustomerContribution) a week of it.")
                s.append("We pay \(b.weeklyCouncilContribution) a week.")
            } else {
                s.append("You do not pay anything towards it.")
                s.append("We pay all of it.")
            }
        } else if let b = budget, b.value == nil || state.closure != nil {
            s.append("You do not have a personal budget now.")
        } else {
            s.append("We have not yet worked out a personal budget for you.")
        }
        if let c = contribution?.value, budget?.value == nil || state.closure != nil {
            if c.paysFullCost {
                s.append("We worked out that you would pay the full cost of any care.")
            } else if c.weeklyContribution > .zero {
                s.append("We worked out that you would pay \(c.weeklyContribution) a week towards any care.")
            }
        }
        return s
    }

    /// What happens next: the review due, challenges and complaints still open.
    static func next(_ state: CaseState, _ configuration: Configuration) -> [String] {
        var s: [String] = []
        for c in state.challenges.values.filter(\.isOpen).sorted(by: { $0.raised.challengeId < $1.raised.challengeId }) {
            s.append("On \(Words.date(c.raised.metadata.effectiveDate)) you asked us to look again at a decision.")
            s.append("We have not finished looking at it.")
            s.append("We will tell you what we decide.")
        }
        for c in state.complaints.values.filter(\.isOpen).sorted(by: { $0.received.complaintId < $1.received.complaintId }) {
            s.append("We are looking at your complaint.")
            s.append("We will answer it by \(Words.date(c.respondBy)).")
        }
        if state.closure == nil, let due = state.nextReviewDue(configuration.reviewIntervals) {
            s.append("We will check your care and support again by \(Words.date(due.date)).")
            s.append("You can ask us to check it sooner if things change.")
        }
        if state.closure != nil {
            s.append("If your needs change, you can ask us for help again.")
        }
        if s.isEmpty { s.append("We will write to you when we decide something.") }
        return s
    }

    /// How to have a decision looked at again, or complain, and the Ombudsman.
    static func challenge(_ configuration: Configuration) -> [String] {
        [
            "You can ask us to look again at any decision.",
            "Tell your worker, or phone or write to us.",
            "You can also make a complaint.",
            "Please complain within \(configuration.complaintTimeLimit) of what happened.",
            "We will tell you we have your complaint within \(Words.count(configuration.complaintAcknowledgementWorkingDays, "working day")).",
            "If you are still not happy, you can ask the Local Government and Social Care Ombudsman to look at it.",
            "Someone can help you say what you think, like a friend, a family member or an advocate.",
        ]
    }

    /// Whom to ask: the worker, and the council's contact details as published.
    static func whoToAsk(_ worker: String?, _ contact: CouncilContact?) -> [String] {
        var s: [String] = []
        if let worker { s.append("Your worker is \(worker).") }
        guard let c = contact else {
            s.append("You can ask the council's adult social care team.")
            return s
        }
        s.append("You can contact \(c.name).")
        if let t = c.telephone { s.append("Phone: \(t)") }
        if let t = c.textphone { s.append("Textphone: \(t)") }
        if let h = c.openingHours { s.append("We answer the phone \(h).") }
        if let e = c.email { s.append("Email: \(e)") }
        if let a = c.address { s.append("Write to: \(a)") }
        if let complaints = c.complaints { s.append("For a complaint you can also write to: \(complaints)") }
        return s
    }

    /// Said when the contact details are examples the council has not confirmed.
    public static let unconfirmedNote = "These contact details are examples. The council has not checked them yet."

    /// The summary as a section of a report (its parts as subsections, one sentence a line).
    public var section: ReportSection {
        var blocks: [ReportBlock] = parts.map { .subsection(ReportSection(heading: $0.heading, anchor: $0.anchor, blocks: [.list(label: nil, items: $0.sentences)])) }
        if !contactConfirmed {
            blocks.append(.callout(Self.unconfirmedNote))
        }
        return ReportSection(heading: "Easy Read summary", anchor: "easy-read", blocks: blocks, kind: "easy-read")
    }
}
