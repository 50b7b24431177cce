/// The conclusion of a complaint response.
public enum ComplaintFinding: String, PayloadEnum {
    case upheld
    case partlyUpheld
    case notUpheld
}
