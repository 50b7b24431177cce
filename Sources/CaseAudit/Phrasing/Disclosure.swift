import CaseLedger

/// Decides, field by field and note by note, what a copy shows of one decision: the staff copy
/// shows everything and marks restricted items; the customer's copy replaces each restricted
/// item with a placeholder and counts it as withheld.
struct Disclosure {
    /// The copy being made.
    let copy: Copy
    /// Field names marked restricted at record time.
    let restricted: Set<String>
    /// Items withheld so far.
    private(set) var withheld: [WithheldItem] = []
    private var consulted: Set<String> = []

    init(copy: Copy, restricted: [String]) {
        self.copy = copy
        self.restricted = Set(restricted)
    }

    /// True when `field` was marked restricted.
    func isRestricted(_ field: String) -> Bool { restricted.contains(field) }

    /// `text` for field `name`, or the placeholder when the field is restricted and this is the
    /// customer's copy (the staff copy marks it).
    mutating func field(_ name: String, _ text: @autoclosure () -> String) -> String {
        guard restricted.contains(name) else { return text() }
        switch copy {
        case .staff:
            return Marking.restricted(text())
        case .customer:
            if consulted.insert(name).inserted { withheld.append(WithheldItem(what: "the \(Words.uncamel(name)) of this decision")) }
            return WithheldItem.placeholder
        }
    }

    /// A note in words; in the customer's copy a restricted note is the withheld mark with what
    /// kind of item it was, in the place the note had (as a withheld field is), and is counted.
    mutating func note(_ note: Note) -> String {
        let body = note.kind == .opinion
            ? "Opinion of \(note.whose ?? "someone not named"): \(note.text)"
            : "Fact noted: \(note.text)"
        guard note.restricted else { return body }
        switch copy {
        case .staff:
            return Marking.restricted(body)
        case .customer:
            let item = WithheldItem(what: note.kind == .opinion ? "an opinion noted with this decision" : "a note with this decision")
            withheld.append(item)
            return "\(Marking.withheld): \(item.what)."
        }
    }

    /// Counts items withheld by another disclosure (a corrected event inside a correction).
    mutating func absorb(_ items: [WithheldItem]) { withheld.append(contentsOf: items) }

    /// Everything withheld, including restricted fields this report does not show at all.
    mutating func finish() -> [WithheldItem] {
        if copy == .customer {
            for name in restricted.sorted() where consulted.insert(name).inserted {
                withheld.append(WithheldItem(what: "the \(Words.uncamel(name)) of this decision"))
            }
        }
        return withheld
    }
}
