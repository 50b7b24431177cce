/// One event in words: a headline, what was decided, and the evidence it refers to.
struct EventPhrase: Hashable, Sendable {
    /// A short headline, e.g. "Personal budget set: £240.00 a week".
    var title: String
    /// What was decided, one statement per line.
    var what: [String] = []
    /// Evidence referred to: who took part, notes, documents.
    var evidence: [String] = []
    /// For a correction: the corrected event's headline.
    var correctedTitle: String? = nil
}
