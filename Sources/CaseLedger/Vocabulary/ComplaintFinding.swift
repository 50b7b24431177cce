/// The conclusion of a complaint response.
public enum ComplaintFinding: String, PayloadEnum {
    /// The complaint is upheld.
    case upheld
    /// The complaint is partly upheld.
    case partlyUpheld
    /// The complaint is not upheld.
    case notUpheld
}
