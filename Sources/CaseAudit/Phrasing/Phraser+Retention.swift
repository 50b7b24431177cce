import CaseLedger

// issue 17: retention — legal holds, the erasure decision, and events whose details were erased.

/// What the trail says of an erasure, by the seq of each event it erased.
struct ErasureNote: Hashable, Sendable {
    /// The day the erasure was decided.
    var date: CalendarDate
    /// "under the retention rule adult case: 8 years after the last contact (…)" or "under the
    /// court order …".
    var under: String

    /// The note of erasure decision `a`, taking effect on `date`.
    init(_ a: ErasureAuthorised, date: CalendarDate) {
        self.date = date
        switch a.basis {
        case .retentionPeriod: under = "under the retention rule \(a.retentionRule ?? "in the configuration")"
        case .courtOrder: under = "under the court order \(a.courtOrder ?? "cited")"
        }
    }

    /// Every erasure in `events`, by the seq of each event it erased.
    static func byErasedSeq(_ events: [RecordedCaseEvent]) -> [Int64: ErasureNote] {
        var out: [Int64: ErasureNote] = [:]
        for e in events where e.kind == .erasureAuthorised {
            guard case .erasureAuthorised(let a) = e.event else { continue }
            let note = ErasureNote(a, date: e.effectiveDate)
            for t in a.erases { out[Int64(t.seq)] = note }
        }
        return out
    }
}

extension Phraser {
    /// A legal hold placed or lifted, an erasure decided, or an event whose details were erased.
    /// `seq` is the event's own, which finds the erasure that erased it.
    func phraseRetention(_ event: CaseEvent, _ g: inout Disclosure, seq: Int64? = nil) -> EventPhrase {
        switch event {
        case .legalHoldPlaced(let h):
            return EventPhrase(title: "Legal hold \(h.holdId) placed: \(h.reason.words)", what: [
                "The case's records are kept, whatever their retention period, until the hold is lifted: \(g.field("matter", h.matter)).",
            ])
        case .legalHoldLifted(let h):
            return EventPhrase(title: "Legal hold \(h.holdId) lifted", what: [
                "The hold no longer keeps the case's records; their retention period applies again.",
            ])
        case .erasureAuthorised(let a):
            let count = a.erases.count
            var what = ["The personal content of \(count) \(count == 1 ? "entry" : "entries") of this case was authorised for erasure (\(a.erases.map { "ref. \($0.seq)" }.joined(separator: ", ")))."]
            switch a.basis {
            case .retentionPeriod:
                what.append("It rests on the retention rule \(a.retentionRule ?? "in the configuration")"
                    + (a.retentionFrom.map { ", counted from \(Words.date($0))" } ?? "")
                    + (a.dueOn.map { "; the records fell due on \(Words.date($0))" } ?? "") + ".")
            case .courtOrder:
                what.append("It rests on the court order \(a.courtOrder ?? "cited").")
            }
            what.append("No legal hold, open complaint, challenge or subject access request held the records when it was decided. This record of the erasure is never erased.")
            return EventPhrase(title: "Erasure of the case's personal content authorised", what: what)
        case .erased(let e):
            return EventPhrase(title: "\(Words.erasedTitle(e)) (details erased)", what: [erasedSentence(e, seq: seq)])
        default:
            return EventPhrase(title: Words.uncamel(event.typeName))
        }
    }

    /// "The details of this decision were erased on 3 March 2035 under the retention rule …; the
    /// record that a decision was made remains."
    func erasedSentence(_ e: ErasedEvent, seq: Int64?) -> String {
        let members = e.erasedMembers.map(Words.uncamel).joined(separator: ", ")
        guard let seq, let note = erasures[seq] else {
            return "The details of this decision (\(members)) were erased; the record that a decision was made remains."
        }
        return "The details of this decision (\(members)) were erased on \(Words.date(note.date)) \(note.under); the record that a decision was made remains."
    }
}

extension Words {
    /// An erased event's type as a headline: "Needs assessed".
    static func erasedTitle(_ e: ErasedEvent) -> String {
        let words = uncamel(e.originalType)
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
