// issue 17: copy17 — the provable customer copy
import LedgerJSON
import LedgerStore

// Keeps events/INVARIANTS.md rule 54: what the customer's copy withholds is decided once, part by
// part, and the rendered copy and its evidence both ask this function.
/// What the person's own copy of their record withholds from one event, decided part by part (the
/// parts of events/FORMAT.md "Format version 2": each top-level member, each element of a non-empty
/// top-level list): the one home for the rendered customer's copy (`caseledger-audit trail`) and
/// for the evidence that proves it (`trail --copy customer --evidence`), so the words and the proof
/// never disagree about what was withheld.
///
/// Source: UK GDPR Article 15(4) (the right to a copy shall not adversely affect the rights and
/// freedoms of others) and Data Protection Act 2018 Schedule 2 paragraph 16 (information about
/// another individual may be withheld from a subject access disclosure). What is third-party
/// information is marked when it is recorded: a field named in the decision's `restricted` list, or
/// a note with `restricted: true` (`DecisionMetadata`, `Note`).
public enum CustomerCopyRules {
    /// Why a part is withheld: a stable code (written in evidence) and the words for the person.
    public enum Reason: String, CaseIterable, Sendable, Hashable {
        /// A field named in the decision's `restricted` list, or a note marked restricted.
        case thirdParty = "third-party"
        /// A corrected decision (`eventCorrected`'s `corrected`) that itself holds restricted
        /// information: the part is committed to whole, so it can only be withheld whole.
        case thirdPartyWithin = "third-party-within"
        /// The event's `restricted` list was erased under the retention rules, so which of its
        /// remaining details are about other people can no longer be told: everything but the
        /// acting role and the effective date (which every event type keeps on erasure) is withheld.
        case restrictionsErased = "restrictions-erased"

        /// The reason in plain words, with its source.
        public var text: String {
            switch self {
            case .thirdParty:
                "third-party information (about or from another person), withheld to protect their rights (UK GDPR Article 15(4)); "
                    + "ask the council if you want this reconsidered"
            case .thirdPartyWithin:
                "a corrected decision that holds third-party information (about or from another person): it can be proven only whole, "
                    + "so it is withheld whole to protect their rights (UK GDPR Article 15(4)); the decision trail shows what of it can be shown"
            case .restrictionsErased:
                "the record of which details of this decision were about other people was erased under the retention rules, so no "
                    + "detail but the role and date of the decision can safely be given (UK GDPR Article 15(4))"
            }
        }
    }

    /// The members every event keeps on erasure, disclosed even when its restrictions were erased.
    static let alwaysShown: Set<String> = ["/actingRole", "/effectiveDate"]

    /// The parts of an event of `type` to withhold from the customer's copy, by pointer, with why.
    /// `present` maps each part still held to its value (the pointers of events/FORMAT.md, so an
    /// element of a list keeps its pointer after an earlier element was erased); `erased` lists the
    /// parts erased (nothing to withhold: they are already gone, and are marked so in a copy).
    public static func withheld(type: String, present: [String: JSONValue], erased: some Sequence<String>) -> [String: Reason] {
        var out: [String: Reason] = [:]
        if erased.contains(where: { $0 == "/restricted" || $0.hasPrefix("/restricted/") }) {
            for pointer in present.keys where !alwaysShown.contains(pointer) { out[pointer] = .restrictionsErased }
            return out
        }
        var names: [String] = []
        for (pointer, value) in present where pointer == "/restricted" || pointer.hasPrefix("/restricted/") {
            if let name = value.stringValue { names.append(name) }
            if case .array(let items) = value { names += items.compactMap(\.stringValue) }
        }
        for name in names {
            let whole = PayloadParts.pointer(member: name)
            for pointer in present.keys where pointer == whole || pointer.hasPrefix(whole + "/") { out[pointer] = .thirdParty }
        }
        for (pointer, value) in present where pointer.hasPrefix("/notes/") {
            if value.objectValue?["restricted"] == .bool(true) { out[pointer] = .thirdParty }
        }
        if type == "eventCorrected", let corrected = present["/corrected"]?.objectValue,
            !withheld(type: present["/correctedType"]?.stringValue ?? "", payload: corrected).isEmpty
        {
            out["/corrected"] = .thirdPartyWithin
        }
        return out
    }

    /// The parts of a whole payload (nothing erased) of an event of `type` to withhold.
    public static func withheld(type: String, payload: [String: JSONValue]) -> [String: Reason] {
        var present: [String: JSONValue] = [:]
        for part in PayloadParts.parts(of: payload) { present[part.pointer] = part.value }
        return withheld(type: type, present: present, erased: [String]())
    }

    /// The top-level member a part's pointer names ("notes" for "/notes/2").
    public static func member(of pointer: String) -> String? {
        PayloadParts.parse(pointer: pointer)?.member
    }
}
