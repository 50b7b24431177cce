/// What an append expects of a stream before its event is written (optimistic concurrency).
/// A stream's version is the number of events it holds.
public enum ExpectedVersion: Hashable, Sendable {
    /// No expectation: append whatever the stream holds.
    case any
    /// The stream must not exist yet (version 0).
    case noStream
    /// The stream must hold exactly this many events.
    case exactly(Int64)

    /// Whether a stream at `version` satisfies the expectation.
    public func isSatisfied(by version: Int64) -> Bool {
        switch self {
        case .any: return true
        case .noStream: return version == 0
        case .exactly(let v): return version == v
        }
    }

    /// "new (no events yet)", "at version 4".
    public var phrase: String {
        switch self {
        case .any: return "at any version"
        case .noStream: return "new (no events yet)"
        case .exactly(let v): return "at version \(v)"
        }
    }
}
