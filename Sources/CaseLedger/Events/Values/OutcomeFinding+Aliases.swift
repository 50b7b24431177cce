/// What a needs assessment found for one of the 10 outcomes: achieved or not, and if not, on which
/// of the 4 grounds.
public typealias AdultOutcomeFinding = OutcomeFinding<AdultOutcome>

/// What a carer's assessment found for one carer outcome: achieved or not, and if not, on which
/// grounds.
public typealias CarerOutcomeFinding = OutcomeFinding<CarerOutcome>
