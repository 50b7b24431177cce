import CaseService

/// A demo step the service refused: the demo's stories must keep every rule, so this is a bug in
/// the demo, reported with the case, the day and the service's one-line message.
public struct DemoError: Error, CustomStringConvertible {
    /// The stream the step was for (a case id, `staff` or `configuration`).
    public let stream: String
    /// When the step was recorded.
    public let recordedAt: String
    /// Why the service refused it.
    public let error: ServiceError

    /// One line saying which step failed and why.
    public var description: String { "the demo's step on \(stream) at \(recordedAt) was refused: \(error.message)" }
}
