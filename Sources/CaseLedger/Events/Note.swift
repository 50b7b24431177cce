/// A note on a decision: a fact, or an opinion marked with whose it is. A restricted note holds
/// third-party information and is withheld from the customer's copy of the record.
public struct Note: PayloadObject, Hashable {
    /// The note's words.
    public var text: String
    /// Fact or opinion.
    public var kind: NoteKind
    /// Whose opinion it is (a name or staff id); nil for a fact.
    public var whose: String?
    /// True when the note carries third-party information to withhold from the customer.
    public var restricted: Bool

    /// A note.
    public init(text: String, kind: NoteKind = .fact, whose: String? = nil, restricted: Bool = false) {
        self.text = text
        self.kind = kind
        self.whose = whose
        self.restricted = restricted
    }

    /// An opinion, marked with whose it is.
    public static func opinion(_ text: String, whose: String, restricted: Bool = false) -> Note {
        Note(text: text, kind: .opinion, whose: whose, restricted: restricted)
    }

    /// Reads `text`, `kind`, `whose` (optional) and `restricted`.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        text = try r("text")
        kind = try r("kind")
        whose = try r.optional("whose")
        restricted = try r("restricted")
    }

    /// Writes `text`, `kind`, `whose` (when known) and `restricted`.
    public func encode(to w: inout PayloadWriter) {
        w.set("text", text)
        w.set("kind", kind)
        w.optional("whose", whose)
        w.set("restricted", restricted)
    }
}
