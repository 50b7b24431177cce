// When a written notice is due: the one home of the eligibility notice rule, used by the caseload
// (the notice due) and the compliance check (the notice never recorded). The withdrawal notice:
// `CaseState.withdrawalAwaitingNotice`.

/// An eligibility determination with no written notice recorded after it on the same
/// assessment.
public struct DeterminationAwaitingNotice: Hashable, Sendable {
    /// The determination as recorded (or the correction that put it in place).
    public var event: RecordedCaseEvent
    /// The determination (the corrected one for a correction).
    public var determination: EligibilityDetermined

    /// The day the notice is due: the law sets no period, so the determination's effective
    /// date; overdue from the day after.
    ///
    /// Source: Care Act 2014 s13(2) (a written record of the determination and its reasons),
    /// s13(5) (advice and information where no needs are eligible).
    public var due: CalendarDate { determination.metadata.effectiveDate }

    /// A determination awaiting its notice.
    public init(event: RecordedCaseEvent, determination: EligibilityDetermined) {
        self.event = event
        self.determination = determination
    }
}

extension CaseState {
    /// Every eligibility determination in `events` (a case's events in recorded order) with no
    /// written notice on the same assessment recorded after it, in recorded order. A correction
    /// counts as the event it puts in place; an event whose id is a key of `superseded` (a later
    /// correction replaced it) is passed over.
    ///
    /// Source: Care Act 2014 s13(2).
    public static func determinationsAwaitingNotice(
        in events: [RecordedCaseEvent], superseded: [String: String] = [:]
    ) -> [DeterminationAwaitingNotice] {
        // From the last event back, the assessments a notice was recorded for later (a case has
        // few: a list, no hashing). Events are read in place, by index.
        var noticed: [String] = []
        var found: [DeterminationAwaitingNotice] = []
        func consider(_ event: CaseEvent, at i: Int) {
            switch event {
            case .eligibilityNoticeSent(let n): noticed.append(n.assessmentId)
            case .eligibilityDetermined(let d) where !noticed.contains(d.assessmentId):
                found.append(DeterminationAwaitingNotice(event: events[i], determination: d))
            default: break
            }
        }
        for i in events.indices.reversed() {
            switch events[i].kind {
            case .eligibilityDetermined, .eligibilityNoticeSent, .eventCorrected: break
            default: continue
            }
            if !superseded.isEmpty, superseded[events[i].id] != nil { continue }
            if events[i].kind == .eventCorrected, case .eventCorrected(let c) = events[i].event {
                consider(c.corrected, at: i)
            } else {
                consider(events[i].event, at: i)
            }
        }
        found.reverse()
        return found
    }

    /// The determinations of this case awaiting a written notice
    /// (`determinationsAwaitingNotice(in:superseded:)` over the history, corrections applied),
    /// the last on each assessment only, in recorded order.
    public var eligibilityNoticesDue: [DeterminationAwaitingNotice] {
        let all = Self.determinationsAwaitingNotice(in: history, superseded: corrections)
        guard all.count > 1 else { return all }
        // A case has few: a list scan, no hashing.
        var last: [DeterminationAwaitingNotice] = []
        for d in all.reversed() where !last.contains(where: { $0.determination.assessmentId == d.determination.assessmentId }) {
            last.append(d)
        }
        last.reverse()
        return last
    }
}
