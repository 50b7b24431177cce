/// Where a trail entry stands: in force, superseded by a correction (still shown), or itself a
/// correction.
public enum EntryStatus: Hashable, Sendable {
    /// The decision stands as recorded.
    case standing
    /// A later correction (seq) is used in its place; the original is still shown.
    case superseded(bySeq: Int64)
    /// This entry corrects the entry with that seq.
    case correction(ofSeq: Int64)

    /// A stable word for programs: `standing`, `superseded`, `correction`.
    public var code: String {
        switch self {
        case .standing: "standing"
        case .superseded: "superseded"
        case .correction: "correction"
        }
    }

    /// In words, e.g. "is superseded by the correction ref. 31 (shown below; nothing is hidden)".
    public var words: String {
        switch self {
        case .standing: "stands as recorded"
        case .superseded(let seq): "is superseded by the correction ref. \(seq); the original is still shown here"
        case .correction(let seq): "corrects ref. \(seq), which stays in the record"
        }
    }
}
