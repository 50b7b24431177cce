/// The conclusion of a complaint response.
public enum ComplaintFinding: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ComplaintFinding>()

    /// The complaint is upheld.
    case upheld
    /// The complaint is partly upheld.
    case partlyUpheld
    /// The complaint is not upheld.
    case notUpheld
}
