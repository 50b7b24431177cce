/// Whether a note records a fact or someone's opinion (opinions are marked with whose).
public enum NoteKind: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<NoteKind>()

    /// A fact.
    case fact
    /// Someone's opinion, with whose.
    case opinion
}
