// issue 17: retention
/// What an erasure of a case's personal content rests on.
public enum ErasureBasis: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ErasureBasis>()

    /// The retention period for the case's records has run (`RetentionRules`).
    case retentionPeriod
    /// A court ordered the records erased (cited in `courtOrder`).
    case courtOrder
}
