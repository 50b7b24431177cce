/// What a needs assessment found for one of the 10 outcomes: achieved or not, and if not, on which
/// of the 4 grounds.
public typealias AdultOutcomeFinding = OutcomeFinding<AdultOutcome>

/// What a carer's assessment found for one carer outcome: achieved or not, and if not, on which
/// grounds.
public typealias CarerOutcomeFinding = OutcomeFinding<CarerOutcome>

/// What an assessment found for one outcome (an adult's or a carer's list): achieved or not, and
/// if not, on which grounds.
public struct OutcomeFinding<Outcome: PayloadEnum>: PayloadObject, Hashable {
    /// The outcome.
    public var outcome: Outcome
    /// True when the person assessed can achieve it.
    public var achieved: Bool
    /// When not achieved, the grounds (at least one); empty when achieved.
    public var grounds: [InabilityGround]
    /// What the assessor observed.
    public var notes: String?

    /// A value with every field given.
    public init(
        outcome: Outcome,
        achieved: Bool,
        grounds: [InabilityGround] = [],
        notes: String? = nil
    ) {
        self.outcome = outcome
        self.achieved = achieved
        self.grounds = grounds
        self.notes = notes
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        outcome = try r("outcome")
        achieved = try r("achieved")
        grounds = try r("grounds")
        notes = try r.optional("notes")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        w.set("outcome", outcome)
        w.set("achieved", achieved)
        w.set("grounds", grounds)
        w.optional("notes", notes)
    }
}
