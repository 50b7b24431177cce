import CaseLedger
import LedgerStore

/// Decides, field by field and note by note, what a copy shows of one decision: the staff copy
/// shows everything and marks restricted items; the customer's copy replaces each withheld item
/// with a placeholder and counts it. What is withheld comes from `CustomerCopyRules.withheld`, the
/// one function the evidence of a customer's copy asks too (`DisclosedLine`), so the words and the
/// proof withhold the same parts.
struct Disclosure {
    /// The copy being made.
    let copy: Copy
    /// The parts the customer's copy withholds, by pointer (`CustomerCopyRules`).
    let parts: [JSONKey: CustomerCopyRules.Reason]
    /// The members withheld as fields: each member with a part withheld for being restricted
    /// (notes are counted one by one, a corrected decision by its own disclosure), by their code
    /// units (events/INVARIANTS.md rule 65).
    let restricted: Set<JSONKey>
    /// Items withheld so far.
    private(set) var withheld: [WithheldItem] = []
    private var consulted: Set<String> = []

    /// The disclosure of `event` in `copy`.
    init(copy: Copy, event: CaseEvent) {
        self.copy = copy
        if case .erased(let e) = event {
            var present: [JSONKey: JSONValue] = [:]
            for part in PayloadParts.parts(of: e.remaining) { present[JSONKey(part.pointer)] = part.value }
            parts = CustomerCopyRules.withheld(type: e.originalType, present: present, erased: e.erasedParts)
        } else {
            parts = CustomerCopyRules.withheld(type: event.typeName, payload: event.payload.objectValue ?? [:])
        }
        var names: Set<JSONKey> = []
        for (pointer, reason) in parts where reason != .thirdPartyWithin {
            if let name = CustomerCopyRules.member(of: pointer.string), JSONKey(name) != "notes" { names.insert(JSONKey(name)) }
        }
        restricted = names
    }

    /// True when `field` is withheld from the customer's copy (marked restricted in the staff copy).
    func isRestricted(_ field: String) -> Bool { restricted.contains(JSONKey(field)) }

    /// `text` for field `name`, or the placeholder when the field is withheld and this is the
    /// customer's copy (the staff copy marks it).
    mutating func field(_ name: String, _ text: @autoclosure () -> String) -> String {
        guard restricted.contains(JSONKey(name)) else { return text() }
        switch copy {
        case .staff:
            return Marking.restricted(text())
        case .customer:
            if consulted.insert(name).inserted { withheld.append(WithheldItem(what: "the \(Words.uncamel(name)) of this decision")) }
            return WithheldItem.placeholder
        }
    }

    /// Note `index` of the decision in words; in the customer's copy a withheld note is the
    /// withheld mark with what kind of item it was, in the place the note had (as a withheld field
    /// is), and is counted.
    mutating func note(_ note: Note, index: Int) -> String {
        let body = note.kind == .opinion
            ? "Opinion of \(note.whose ?? "someone not named"): \(note.text)"
            : "Fact noted: \(note.text)"
        guard note.restricted || parts[JSONKey(PayloadParts.pointer(member: "notes", element: index))] != nil else { return body }
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

    /// Everything withheld, including withheld fields this report does not show at all.
    mutating func finish() -> [WithheldItem] {
        if copy == .customer {
            for name in restricted.sorted().map(\.string) where consulted.insert(name).inserted {
                withheld.append(WithheldItem(what: "the \(Words.uncamel(name)) of this decision"))
            }
        }
        return withheld
    }
}
