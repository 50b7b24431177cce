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
    ///
    /// Pointers and names are compared by their code units, never by Unicode normalisation
    /// (events/INVARIANTS.md rule 65): a restricted field "e\u{301}" withholds that member, not a
    /// member "\u{E9}".
    public static func withheld(type: String, present: [JSONKey: JSONValue], erased: some Sequence<String>) -> [JSONKey: Reason] {
        var out: [JSONKey: Reason] = [:]
        if erased.contains(where: { names($0, member: "restricted") }) {
            for pointer in present.keys where !alwaysShown.contains(pointer.string) { out[pointer] = .restrictionsErased }
            return out
        }
        var restricted: [String] = []
        for (pointer, value) in present where Self.names(pointer.string, member: "restricted") {
            if let name = value.stringValue { restricted.append(name) }
            if case .array(let items) = value { restricted += items.compactMap(\.stringValue) }
        }
        for name in restricted {
            for pointer in present.keys where Self.names(pointer.string, member: name) { out[pointer] = .thirdParty }
        }
        for (pointer, value) in present where pointer.string.utf8.starts(with: "/notes/".utf8) {
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
    public static func withheld(type: String, payload: JSONObject) -> [JSONKey: Reason] {
        var present: [JSONKey: JSONValue] = [:]
        for part in PayloadParts.parts(of: payload) { present[JSONKey(part.pointer)] = part.value }
        return withheld(type: type, present: present, erased: [String]())
    }

    /// Whether `pointer` is the top-level member `name` or a part inside it (`/name` or
    /// `/name/…`), byte for byte.
    static func names(_ pointer: String, member name: String) -> Bool {
        let whole = PayloadParts.pointer(member: name)
        guard pointer.utf8.starts(with: whole.utf8) else { return false }
        let rest = pointer.utf8.dropFirst(whole.utf8.count)
        return rest.isEmpty || rest.first == UInt8(ascii: "/")
    }

    /// The top-level member a part's pointer names ("notes" for "/notes/2").
    public static func member(of pointer: String) -> String? {
        PayloadParts.parse(pointer: pointer)?.member
    }
}
