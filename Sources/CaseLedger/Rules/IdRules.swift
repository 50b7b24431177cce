import LedgerJSON
import LedgerStore

// issue 16: ids — the one home of what an id given in a command may hold. Used by `decide`
// (every case command, before its own rules). `evolve` never checks it: a ledger recorded before
// the rule folds as it always did, whatever its ids hold.

// Keeps events/INVARIANTS.md rule 66: an id given in a command is a short ASCII token, so two ids
// that look alike are one id or are refused, never two records under one name.
/// What an id given in a case command may hold: the id of a record the command creates (plan
/// "P-1", financial assessment "F-1", review "RV-1", challenge "CH-1", complaint "CO-1", a plan
/// line "L1"…) or refers to (those, an event's id, a linked case's id).
///
/// The rule: 1–128 characters, each a letter A–Z or a–z, a digit 0–9, `-`, `_`, `.` or `:` —
/// exactly the characters and length of a case reference (a stream id, `EnvelopeRules`), so every
/// case id, event id (a UUID) and every id the demo, the README and the tests use is one.
///
/// Why: Swift and most software compare text by canonical equivalence, so "P-\u{212A}" (with a
/// Kelvin sign) is equal to "P-K", and "A-e\u{301}" to "A-\u{E9}", while the ledger keeps and
/// signs the exact bytes. An id typed with a look-alike character would name an existing record
/// under a spelling the record does not have — the trail would show a plan id the plan never had,
/// or two records whose ids print alike. An id is a reference the person copies from a letter or
/// a screen, not words: a short ASCII token has one spelling, prints the same everywhere, and is
/// compared by its bytes.
///
/// Which members are ids: every member of the command's input (at any depth) whose name ends in
/// `Id` (a string) or `Ids` (a list of strings), except those naming a member of staff
/// (`workerId`, `staffId`): staff ids are the register's, and follow the actor rule of the
/// envelope (any printable UTF-8), which this rule does not narrow; rule 67 compares them by
/// their bytes instead (`StaffId`, `StaffIdRules`).
///
/// Source: UK GDPR Article 5(1)(d) (accurate records); Unicode Standard Annex #15 (canonically
/// equivalent spellings); events/FORMAT.md (a case reference's characters).
public enum IdRules {
    /// The longest id, in characters (each one byte): the longest case reference,
    /// `EnvelopeRules.maxNameBytes` (128).
    public static let maxLength = EnvelopeRules.maxNameBytes

    /// The characters an id may use, as a refusal states them.
    public static let allowedInWords = "letters A–Z and a–z, digits 0–9, '-', '_', '.' and ':'"

    /// Members whose names end in `Id` but name a member of staff (the register's ids, which may
    /// be any printable UTF-8): not checked here.
    public static let staffMembers: Set<String> = ["workerId", "staffId"]

    /// The source the rule cites.
    public static let source = "UK GDPR Article 5(1)(d) (accurate records); Unicode Standard Annex #15 (canonically equivalent spellings look and compare alike); events/FORMAT.md (the characters of a case reference)"

    /// True when `byte` may appear in an id.
    @inline(__always)
    static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    /// True when the member `name` holds an id (or a list of ids) this rule checks.
    public static func isIdMember(_ name: String) -> Bool {
        (name.utf8.hasSuffix("Id".utf8) || name.utf8.hasSuffix("Ids".utf8)) && !staffMembers.contains(name)
    }

    /// Why `id` is not an id, in words naming the character at fault; nil when it is one.
    public static func problem(id: String) -> String? {
        if id.utf8.isEmpty { return "is empty" }
        if let bad = id.unicodeScalars.first(where: { !$0.isASCII || !isAllowed(UInt8($0.value)) }) {
            return "has \(describe(bad))"
        }
        if id.utf8.count > maxLength { return "is \(id.utf8.count) characters long, more than \(maxLength)" }
        return nil
    }

    /// The id as the person typed it, for a message: control characters (which would break the
    /// line) are shown as `\u{…}`; every other character as it is.
    public static func shown(_ id: String) -> String {
        var out = ""
        for s in id.unicodeScalars {
            if s.properties.generalCategory == .control || s == "\"" || s == "\\" {
                out += "\\u{\(String(s.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// A character, named so a reader can find it: "a space", "the character '/'", "U+212A
    /// KELVIN SIGN".
    static func describe(_ s: Unicode.Scalar) -> String {
        if s == " " { return "a space" }
        if s.isASCII && s.properties.generalCategory != .control { return "the character '\(s)'" }
        return codePoint(s)
    }

    /// A character by code point and Unicode name, whatever it is: "U+212A KELVIN SIGN", "U+004B
    /// LATIN CAPITAL LETTER K" (the code point alone when it has no name).
    public static func codePoint(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if let name = s.properties.name ?? s.properties.nameAlias { return "\(code) \(name)" }
        return code
    }

    /// The member `name` as a person reads it: "planId" → "plan id", "challengedEventIds" →
    /// "challenged event id".
    public static func fieldInWords(_ name: String) -> String {
        var base = Substring(name)
        if base.hasSuffix("Ids") { base = base.dropLast(3) } else if base.hasSuffix("Id") { base = base.dropLast(2) }
        var words = ""
        for c in base {
            if c.isUppercase { words += " " + c.lowercased() } else { words.append(c) }
        }
        return words.isEmpty ? "id" : words + " id"
    }

    /// An id in a command's input that breaks the rule: the member it was given in and the id.
    public struct Breach: Sendable, Hashable {
        /// The member's name, e.g. "planId".
        public let field: String
        /// The id as given.
        public let id: String
        /// Why it is not an id, e.g. "has U+212A KELVIN SIGN".
        public let problem: String

        /// The refusal's sentence, e.g. `plan id "P-K" has U+212A KELVIN SIGN: ids are 1–128 of …`.
        public var sentence: String {
            "\(IdRules.fieldInWords(field)) \"\(IdRules.shown(id))\" \(problem): ids are 1–\(IdRules.maxLength) of the \(IdRules.allowedInWords), so an id has one spelling that reads and compares the same everywhere; type it again in those characters"
        }
    }

    // issue 16: staff ids — correcting an event recorded before rule 66
    /// An id an event already holds: the member it is held under and the id, both compared by
    /// their bytes (`JSONKey`), so only the exact spelling the event holds is one.
    public struct Held: Sendable, Hashable {
        /// The member's name, e.g. "planId".
        public let field: JSONKey
        /// The id, e.g. "P 3".
        public let id: JSONKey

        /// The id `id` held under member `field`.
        public init(field: String, id: String) {
            self.field = JSONKey(field)
            self.id = JSONKey(id)
        }
    }

    /// Every id `payload` (an event's payload as JSON) holds, at any depth, under a member this
    /// rule checks, each with the member's name: what a correction of that event may carry again
    /// although it breaks the rule (`firstBreach(in:keeping:)`).
    public static func held(in payload: JSONValue) -> Set<Held> {
        var out: Set<Held> = []
        func walk(_ value: JSONValue) {
            switch value {
            case .object(let object):
                for (key, member) in object where isIdMember(key.string) {
                    if case .string(let id) = member { out.insert(Held(field: key.string, id: id)) }
                    if case .array(let items) = member {
                        for case .string(let id) in items { out.insert(Held(field: key.string, id: id)) }
                    }
                }
                for (_, member) in object { walk(member) }
            case .array(let items):
                items.forEach(walk)
            default:
                break
            }
        }
        walk(payload)
        return out
    }

    /// The first id in `input` (a command's input as JSON) that breaks the rule, looking at the
    /// members in name order at each depth, so the same input always names the same id; nil when
    /// every id keeps it. An id in `kept` (the same member name and the same bytes) is not a
    /// breach: a correction carrying again an id the corrected event already holds.
    public static func firstBreach(in input: JSONValue, keeping kept: Set<Held> = []) -> Breach? {
        func breach(_ field: String, _ id: String) -> Breach? {
            guard let p = problem(id: id), !kept.contains(Held(field: field, id: id)) else { return nil }
            return Breach(field: field, id: id, problem: p)
        }
        switch input {
        case .object(let object):
            for key in object.members.keys.sorted() {
                guard let value = object.members[key] else { continue }
                if isIdMember(key.string) {
                    switch value {
                    case .string(let id):
                        if let b = breach(key.string, id) { return b }
                        continue
                    case .array(let items):
                        for case .string(let id) in items {
                            if let b = breach(key.string, id) { return b }
                        }
                        continue
                    default:
                        break
                    }
                }
                if let b = firstBreach(in: value, keeping: kept) { return b }
            }
            return nil
        case .array(let items):
            for item in items {
                if let b = firstBreach(in: item, keeping: kept) { return b }
            }
            return nil
        default:
            return nil
        }
    }
}

extension String.UTF8View {
    /// True when the bytes end with `suffix`'s (compared byte for byte).
    fileprivate func hasSuffix(_ suffix: String.UTF8View) -> Bool {
        count >= suffix.count && self.suffix(suffix.count).elementsEqual(suffix)
    }
}
