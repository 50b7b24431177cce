import CaseLedger

/// Builds an explanation's steps from the trail's entries and the case state.
struct Explainer {
    let entries: [TrailEntry]
    let state: CaseState
    /// The effective date asked about; nil for the latest.
    let date: CalendarDate?
    let copy: Copy
    let configuration: Configuration
    var answer = ""
    var steps: [ExplanationStep] = []
    var notes: [String] = []

    init(entries: [TrailEntry], state: CaseState, date: CalendarDate?, copy: Copy, configuration: Configuration) {
        self.entries = entries
        self.state = state
        self.date = date
        self.copy = copy
        self.configuration = configuration
    }

    /// "on 1 June 2026" or "now".
    var when: String { date.map { "on \(Words.date($0))" } ?? "now (the latest recorded)" }

    /// The entry with `seq`.
    func entry(_ seq: Int64) -> TrailEntry? { entries.first { $0.seq == seq } }

    /// The entry recording the value in force in `dated` (the correction, when one applies).
    func source<V>(_ dated: Dated<V>) -> TrailEntry? {
        if let correctionId = state.corrections[dated.eventId] { return entries.first { $0.eventId == correctionId } }
        return entry(dated.seq)
    }

    /// Adds a step for an entry: its headline, who decided and when, and chosen lines.
    mutating func step(_ e: TrailEntry, _ lead: String? = nil, details extra: [String] = [], withWhat: Bool = true) {
        var details = ["Recorded \(e.recordedWords) by \(e.who.display(copy)); effective \(e.effectiveDate.words)."]
        if withWhat { details += e.what }
        if !e.reasons.isEmpty { details.append("Reasons given: \(e.reasons.joined(separator: "; ")).") }
        if !e.references.isEmpty { details.append("Relied on: \(e.references.joined(separator: "; ")).") }
        if case .superseded(let by) = e.status { details.append("This was later corrected (ref. \(by)); the correction is used in its place.") }
        details += extra
        let text = "ref. \(e.seq): \(lead.map { "\($0) " } ?? "")\(e.title)"
        steps.append(ExplanationStep(number: steps.count + 1, seq: e.seq, effectiveDate: e.effectiveDate, text: text, details: details))
    }

    /// Adds a step of reasoning or arithmetic.
    mutating func reason(_ text: String, _ details: [String] = []) {
        steps.append(ExplanationStep(number: steps.count + 1, seq: nil, effectiveDate: nil, text: text, details: details))
    }

    /// The entries of these event types, corrections of them included, in recorded order.
    // issue 15: notices
    /// The entries of `entries(types)`, and the written notices (`noticeSent`) telling of them,
    /// in recorded order: what the person was told of each decision, as the eligibility
    /// explanation shows the eligibility notice.
    func entriesWithNotices(_ types: Set<String>) -> [TrailEntry] {
        let chosen = entries(types)
        var told: Set<Int64> = []
        for e in chosen { for n in e.notices { told.insert(n.seq) } }
        guard !told.isEmpty else { return chosen }
        let seqs = Set(chosen.map(\.seq))
        return entries.filter { e in
            e.eventType == "noticeSent" ? told.contains(e.seq) : seqs.contains(e.seq)
        }
    }

    func entries(_ types: Set<String>) -> [TrailEntry] {
        let ids = Set(entries.filter { types.contains($0.eventType) }.map(\.eventId))
        let seqs = Set(entries.filter { ids.contains($0.eventId) }.map(\.seq))
        return entries.filter { e in
            if types.contains(e.eventType) { return true }
            if case .correction(let of) = e.status { return seqs.contains(of) }
            return false
        }
    }
}
