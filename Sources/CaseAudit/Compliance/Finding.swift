import CaseLedger
import CaseService

/// Whether a breach still stands in history as it reads now, or a later correction put it
/// right. A corrected breach is still reported: history is never hidden.
public enum FindingStatus: Hashable, Sendable {
    /// The breach stands.
    case open
    /// A correction (the ledger's seq of the `eventCorrected`) put it right.
    case corrected(by: Int64)

    /// `open` or `corrected`.
    public var code: String {
        switch self {
        case .open: "open"
        case .corrected: "corrected"
        }
    }

    /// "open", or "corrected by ref 31".
    public var words: String {
        switch self {
        case .open: "open"
        case .corrected(let by): "corrected by ref \(by)"
        }
    }

    /// The correction's seq, when corrected.
    public var correctedBy: Int64? {
        if case .corrected(let by) = self { return by }
        return nil
    }
}

/// One breach of a rule found in a case's recorded history.
public struct Finding: Hashable, Sendable {
    /// The case reference.
    public var caseId: String
    /// The rule breached.
    public var rule: ComplianceRule
    /// The events involved, by their ledger seq; the first is the one the breach is about.
    public var refs: [Int64]
    /// The ids of the same events.
    public var eventIds: [String]
    /// The effective date of the breach (the event's, or the date a missing step fell due).
    public var date: CalendarDate
    /// What was wrong, in plain words.
    public var sentence: String
    /// Open, or corrected by a later event.
    public var status: FindingStatus = .open

    /// A finding about `events` (the first being the one it is about).
    public init(_ caseId: String, _ rule: ComplianceRule, _ events: [RecordedCaseEvent], date: CalendarDate, _ sentence: Sentence) {
        self.caseId = caseId
        self.rule = rule
        self.refs = events.map(\.seq)
        self.eventIds = events.map(\.id)
        self.date = date
        self.sentence = sentence.text + Self.importedNote(events)
    }

    /// A finding about `event`, and `other` after it when there is one: the same as about
    /// `[event] + [other].compactMap { $0 }`, without building those lists.
    public init(_ caseId: String, _ rule: ComplianceRule, _ event: RecordedCaseEvent, and other: RecordedCaseEvent? = nil, date: CalendarDate, _ sentence: Sentence) {
        self.caseId = caseId
        self.rule = rule
        if let other {
            self.refs = [event.seq, other.seq]
            self.eventIds = [event.id, other.id]
        } else {
            self.refs = [event.seq]
            self.eventIds = [event.id]
        }
        self.date = date
        self.sentence = sentence.text + Self.importedNote(other.map { [event, $0] } ?? [event])
    }

    // issue 14: one way in for domain events
    /// What a finding adds about the imported events among `events`: "; ref. 13 was imported
    /// from CareFirst (record CF-9) on 6 December 2026, not decided in this ledger". Empty when
    /// none is imported.
    static func importedNote(_ events: [RecordedCaseEvent]) -> String {
        let notes = events.compactMap { e -> String? in
            guard let imported = e.event.metadata.imported else { return nil }
            return "ref. \(e.seq) was imported from \(imported.from) (record \(imported.sourceRef)) by \(e.actor) on "
                + "\(Words.date(CalendarDate(e.recordedAt))), not decided in this ledger"
        }
        return notes.isEmpty ? "" : "; " + notes.joined(separator: "; ")
    }

    /// A finding as saved (in an oversight checkpoint).
    public init(caseId: String, rule: ComplianceRule, refs: [Int64], eventIds: [String], date: CalendarDate, sentence: String) {
        self.caseId = caseId
        self.rule = rule
        self.refs = refs
        self.eventIds = eventIds
        self.date = date
        self.sentence = sentence
    }

    /// The finding an event that cannot be read gives (rule `event-unreadable`), dated the day it
    /// was recorded: the case's only finding, since its other rules were not checked.
    public init(unreadable e: UnreadableEvent) {
        self.init(
            caseId: e.caseId, rule: .eventUnreadable, refs: [e.seq], eventIds: [e.eventId], date: CalendarDate(e.recordedAt),
            sentence: "\(e.sentence); no other rule was checked on case \(e.caseId), and the caseload works out nothing due on it. "
                + UnreadableEvent.advice(caseId: e.caseId, seq: e.seq) + ".")
    }

    /// The source of the rule.
    public var source: String { rule.source }

    /// The finding with its source: "plan P-1 version 1 was signed off without component 6 … —
    /// training deck, 7 essential components of a support plan".
    public var statement: String { "\(sentence) — \(source)" }

    /// What identifies the breach across the history as recorded and as corrected.
    var key: String { "\(caseId)|\(rule.code)|\(refs.first.map(String.init) ?? date.iso)" }
}
