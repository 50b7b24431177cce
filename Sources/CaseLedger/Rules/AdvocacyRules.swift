// The duty to arrange an independent advocate: the one home of the s67 test and of the check
// that an assessment, a plan's sign-off or a review of a person found to need an advocate had
// one, used by `decide` (a consideration that contradicts itself is refused), the panel pack and
// the compliance check (an assessment, sign-off or review without the advocate the person needed).
//
// Source: Care Act 2014 s67(2)-(5) (the council must arrange an independent advocate where the
// person would experience substantial difficulty in understanding, retaining, using or weighing
// relevant information, or communicating their views, wishes or feelings, and there is no
// appropriate person to represent and support them), s68 (safeguarding enquiries); the Care and
// Support (Independent Advocacy Support) (No. 2) Regulations 2014.

/// The rules of independent advocacy (Care Act 2014 s67-68).
public enum AdvocacyRules {
    /// The source cited by refusals and findings.
    public static let source = "Care Act 2014 s67"

    /// True when the council must arrange an advocate: substantial difficulty (s67(4)) and no
    /// appropriate person (s67(5)).
    public static func advocateNeeded(_ c: AdvocacyConsidered) -> Bool {
        c.substantialDifficulty && !c.appropriatePersonAvailable
    }

    /// The refusal of a consideration that contradicts itself, or nil.
    public static func inconsistency(_ c: AdvocacyConsidered, person: String) -> Rejection? {
        if c.substantialDifficulty && c.difficultyAreas.isEmpty {
            return Rejection(.advocacyConsiderationInconsistent,
                "consideration \(c.considerationId) finds that \(person) would have substantial difficulty being involved in \(c.process.words) but names none of the four areas (understanding, retaining, using or weighing information, communicating)", source: "\(source)(4)")
        }
        if !c.substantialDifficulty && !c.difficultyAreas.isEmpty {
            return Rejection(.advocacyConsiderationInconsistent,
                "consideration \(c.considerationId) names areas of difficulty (\(c.difficultyAreas.map(\.words).joined(separator: "; "))) but finds no substantial difficulty for \(person); record substantialDifficulty true, or no areas", source: "\(source)(4)")
        }
        if c.appropriatePersonAvailable && (c.appropriatePerson ?? "").isBlank {
            return Rejection(.advocacyConsiderationInconsistent,
                "consideration \(c.considerationId) finds an appropriate person to support \(person) but does not name them", source: "\(source)(5)")
        }
        return nil
    }

    /// The consideration that governs `process` on `date`: the latest (by effective date, then
    /// as recorded) on or before it for that process, or, when there is none for it, the latest
    /// for any process (the finding that a person needs an advocate carries over until a new
    /// consideration says otherwise).
    public static func governing(_ considerations: [AdvocacyConsidered], for process: AdvocacyProcess, on date: CalendarDate) -> AdvocacyConsidered? {
        let dated = considerations.filter { $0.metadata.effectiveDate <= date }
        func latest(_ list: [AdvocacyConsidered]) -> AdvocacyConsidered? {
            var best: AdvocacyConsidered?
            for c in list where best.map({ $0.metadata.effectiveDate <= c.metadata.effectiveDate }) ?? true { best = c }
            return best
        }
        return latest(dated.filter { $0.process == process }) ?? latest(dated)
    }

    /// The consideration that found the person needs an advocate for `process` on `date` with none
    /// appointed, or nil when there is none (the duty met, or never found).
    public static func unmetDuty(_ considerations: [AdvocacyConsidered], for process: AdvocacyProcess, on date: CalendarDate) -> AdvocacyConsidered? {
        guard let c = governing(considerations, for: process, on: date), advocateNeeded(c) else { return nil }
        return (c.advocateAppointed ?? "").isBlank ? c : nil
    }

    /// True when an assessment's own record of advocacy says an advocate was needed and none took
    /// part.
    public static func assessmentWithoutAdvocate(_ a: AdvocacyConsideration) -> Bool {
        a.advocateNeeded && (a.advocateName ?? "").isBlank
    }
}
