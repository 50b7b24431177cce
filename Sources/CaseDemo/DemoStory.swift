import CaseLedger

/// One demo case as the decisions recorded on it, in order. Each step names the day it is
/// recorded and who records it, and makes its command from the case as recorded so far (so a
/// challenge can name the decision it challenges, and a budget the contribution assessed).
struct DemoStory {
    /// One decision to record.
    struct Step {
        /// The day it is recorded (its effective date may be earlier: a back-dated decision).
        let recordedOn: CalendarDate
        /// The staff member who records it.
        let actor: String
        /// The command, made from the case's state just before.
        let command: (CaseState) -> CaseCommand
    }

    /// The case id, e.g. `C-1001`.
    let caseId: String
    /// Who the case is about, and what the demo shows with it.
    let title: String
    /// The decisions, in order of recording.
    private(set) var steps: [Step] = []

    /// A story for case `caseId`.
    init(_ caseId: String, _ title: String) {
        self.caseId = caseId
        self.title = title
    }

    /// Adds a decision recorded on `date` by `actor`, made from the state so far.
    mutating func on(_ date: String, by actor: String, _ command: @escaping (CaseState) -> CaseCommand) {
        let recordedOn = day(date)
        precondition(steps.last.map { $0.recordedOn <= recordedOn } ?? true, "\(caseId): steps go in order of recording")
        steps.append(Step(recordedOn: recordedOn, actor: actor, command: command))
    }

    /// Adds a decision recorded on `date` by `actor`.
    mutating func on(_ date: String, by actor: String, _ command: CaseCommand) {
        on(date, by: actor) { _ in command }
    }
}

extension CaseState {
    /// The id of the last event of `type` recorded on the case (the demo's stories only ask for
    /// events they recorded).
    func lastId(of type: String) -> String { history.last { $0.event.typeName == type }!.id }

    /// The weekly contribution assessed for `date`, nothing when none is.
    func contribution(on date: String) -> Money { contributions.value(on: day(date))?.weeklyContribution ?? .zero }
}
