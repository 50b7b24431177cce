import CaseLedger

/// One figure or status of a case traced, step by step, to the events behind it.
public struct Explanation: Hashable, Sendable {
    /// The case reference.
    public var caseId: String
    /// What is explained.
    public var subject: ExplainSubject
    /// Whose copy.
    public var copy: Copy
    /// The point of view in time.
    public var view: TimeView
    /// The answer in one sentence, e.g. "Weekly contribution: £23.10 a week, from 13 April 2026".
    public var answer: String
    /// The steps, in order.
    public var steps: [ExplanationStep]
    /// Notes on how the explanation was made (e.g. where the review intervals came from).
    public var notes: [String]

    /// The explanation of `subject` on `history` from `view`, for `copy`. `configurationSource`
    /// says where `configuration` came from.
    public init(
        history: CaseHistory, subject: ExplainSubject, view: TimeView, copy: Copy, configuration: Configuration,
        configurationSource: String
    ) {
        let events = view.visible(history.events)
        let register = history.staffRegister(asKnownAt: view.asKnownAt)
        let builder = TrailBuilder(events: events, register: register, copy: copy, configuration: configuration)
        var explainer = Explainer(
            entries: builder.entries(), state: builder.states.last ?? CaseState(), date: view.inForceOn, copy: copy,
            configuration: configuration)
        switch subject {
        case .contribution: explainer.contribution()
        case .budget: explainer.budget()
        case .eligibility: explainer.eligibility()
        case .nextReview: explainer.nextReview(configurationSource: configurationSource)
        case .stage: explainer.stage()
        }
        caseId = history.caseId
        self.subject = subject
        self.copy = copy
        self.view = view
        answer = explainer.answer
        steps = explainer.steps
        notes = explainer.notes
    }
}
