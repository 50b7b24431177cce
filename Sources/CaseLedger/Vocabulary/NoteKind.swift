/// Whether a note records a fact or someone's opinion (opinions are marked with whose).
public enum NoteKind: String, PayloadEnum {
    /// A fact.
    case fact
    /// Someone's opinion, with whose.
    case opinion
}
