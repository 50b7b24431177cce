import LedgerJSON

// issue 16: staff ids — the one home of how a staff id is compared. Used by the register (every
// lookup), `decide` (the actor, an allocated worker, a staff register change), the service
// (publishing the configuration, importing) and the read models (compliance, the trail, the
// caseload), which compare staff ids through `StaffId` or `StaffId.same`.

// Keeps events/INVARIANTS.md rule 67: a staff id is its exact bytes; a look-alike is another id.
/// A staff id ("S-12", "Zoë-1") as the register keys it: equal and hashed by its exact UTF-8 bytes
/// (`JSONKey`'s equality, rule 65), never by canonical equivalence, as a Swift `String` is.
///
/// Why: staff ids follow the actor rule of the envelope (any printable UTF-8), so unlike the ids
/// of rule 66 they may hold characters with more than one spelling. A Swift `String` compares by
/// canonical equivalence, so "S-\u{212A}" (a Kelvin sign) *is* "S-K" and "Zoe\u{308}-1" *is*
/// "Zo\u{EB}-1" as text, while the ledger keeps and signs the exact bytes: a command under the
/// look-alike spelling would act as member S-K, and the ledger would record an actor the register
/// does not hold. Compared by bytes, the look-alike is simply not on the register, and `decide`
/// says so naming both spellings (`StaffIdRules.lookAlike`).
///
/// Source: UK GDPR Article 5(1)(d) (accurate records); Unicode Standard Annex #15 (canonically
/// equivalent spellings look and compare alike).
public struct StaffId: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The id's bytes as a name compared by its code units (rule 65's `JSONKey`).
    private let key: JSONKey

    /// The id `text`, exactly as its bytes are.
    public init(_ text: String) { key = JSONKey(text) }

    /// The id written in the source.
    public init(stringLiteral value: String) { key = JSONKey(value) }

    /// The id as text.
    public var text: String { key.string }

    /// The id as text.
    public var description: String { key.string }

    /// Ordered by UTF-16 code units (a stable order that never merges two spellings).
    public static func < (a: StaffId, b: StaffId) -> Bool { a.key < b.key }

    /// Whether `a` and `b` are the same staff id: the same UTF-8 bytes. The one comparison of two
    /// staff ids held as text (an event's actor against another's, a worker against a filter).
    public static func same(_ a: String, _ b: String) -> Bool { JSONKey.sameBytes(a, b) }
}

// Keeps events/INVARIANTS.md rule 67: a staff id that only looks like a member's is refused, naming both spellings.
/// The rule on staff ids a command gives (the actor, an allocated worker, the member a register
/// change names): compared by bytes (`StaffId`), an id that is not on the register while a member's
/// id is the same text in another Unicode spelling is refused (`staff-id-look-alike`), naming both
/// spellings and the characters that differ, so the person types the register's spelling; and a
/// new member whose id is such a look-alike of an existing member's is not added (two staff ids
/// that print alike could not be told apart in a trail, a letter or a panel pack).
public enum StaffIdRules {
    /// The source the rule cites.
    public static let source = "UK GDPR Article 5(1)(d) (accurate records); Unicode Standard Annex #15 (canonically equivalent spellings look and compare alike)"

    /// The characters where `given` and `registered` differ, in words: the characters between
    /// their common beginning and common end, each by code point and name ("U+212A KELVIN SIGN
    /// where the register has U+004B LATIN CAPITAL LETTER K").
    public static func difference(given: String, registered: String) -> String {
        let a = Array(given.unicodeScalars), b = Array(registered.unicodeScalars)
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var end = 0
        while end < a.count - start, end < b.count - start, a[a.count - 1 - end] == b[b.count - 1 - end] { end += 1 }
        func named(_ s: ArraySlice<Unicode.Scalar>) -> String {
            s.isEmpty ? "nothing" : s.map(IdRules.codePoint).joined(separator: " + ")
        }
        return "\(named(a[start..<(a.count - end)])) where the register has \(named(b[start..<(b.count - end)]))"
    }

    /// The refusal of staff id `id`, given as `what` ("the acting member of staff", "the allocated
    /// worker"), when it is not on `register` byte for byte but a member's id is the same text in
    /// another spelling; nil otherwise (an id on the register, or one nothing looks like).
    public static func lookAlike(_ id: String, as what: String, in register: StaffRegister) -> Rejection? {
        guard register.member(id) == nil, let member = register.lookAlike(of: id) else { return nil }
        return Rejection(.staffIdLookAlike,
            "\(what) \"\(IdRules.shown(id))\" is not on the staff register: it looks like \(member.name)'s staff id \"\(IdRules.shown(member.staffId))\" but is spelt differently (\(difference(given: id, registered: member.staffId))); staff ids are compared by their exact characters, so type the id as the register spells it (caseledger staff show)")
    }

    /// The refusal of adding a new member `id` to `register` when an existing member's id is the
    /// same text in another spelling; nil otherwise.
    public static func lookAlikeOfMember(adding id: String, to register: StaffRegister) -> Rejection? {
        guard register.member(id) == nil, let member = register.lookAlike(of: id) else { return nil }
        return Rejection(.staffIdLookAlike,
            "staff id \"\(IdRules.shown(id))\" cannot be added: it looks like \(member.name)'s staff id \"\(IdRules.shown(member.staffId))\", already on the register, but is spelt differently (\(difference(given: id, registered: member.staffId))); two staff ids that print alike could not be told apart in a trail or a letter, so choose another id")
    }
}
