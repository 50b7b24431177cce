import CaseLedger

/// A case's decision trail: every decision in recorded order, each with when, who, what, why,
/// what changed, what the person was told and what followed. Superseded decisions stay, beside
/// their corrections. Built as a fold over the recorded events from one point of view and for
/// one copy.
public struct DecisionTrail: Hashable, Sendable {
    /// The case reference.
    public var caseId: String
    /// The person's name, from the referral (as this copy may show it).
    public var customerName: String?
    /// Whose copy.
    public var copy: Copy
    /// The point of view in time.
    public var view: TimeView
    /// The decisions, in recorded order (those effective after `view.inForceOn` left out).
    public var entries: [TrailEntry]
    /// The case's figures from the point of view.
    public var figures: CaseFigures
    /// The timeline drawn in the HTML report.
    public var timeline: TimelineData
    // issue 18: panel
    /// The Easy Read summary for the person, from the same point of view.
    public var easyRead: EasyReadSummary

    /// Items withheld from this copy, over all entries.
    public var withheldCount: Int { entries.reduce(0) { $0 + $1.withheld.count } }

    /// The trail of `history` from `view`, for `copy`, with review intervals from
    /// `configuration`.
    public init(history: CaseHistory, view: TimeView, copy: Copy, configuration: Configuration) {
        let events = view.visible(history.events)
        let register = history.staffRegister(asKnownAt: view.asKnownAt)
        let builder = TrailBuilder(events: events, register: register, copy: copy, configuration: configuration)
        caseId = history.caseId
        self.copy = copy
        self.view = view
        let finalState = builder.states.last ?? CaseState()
        customerName = builder.customerName
        entries = builder.entries().filter { entry in
            guard let d = view.inForceOn else { return true }
            return entry.effectiveDate.iso <= d.iso
        }
        figures = CaseFigures(finalState, on: view.inForceOn, register: register, configuration: configuration)
        // issue 18: panel
        easyRead = EasyReadSummary(caseId: history.caseId, state: finalState, on: view.inForceOn, register: register, configuration: configuration)
        timeline = TimelineData(events: events, states: builder.states, titles: builder.phrases.map(\.title),
            nextReviewDue: finalState.nextReviewDue(configuration.reviewIntervals))
    }
}
