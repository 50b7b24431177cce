/// Why a stored payload could not be read as a domain event: names the field (a path such as
/// `outcomes[2].grounds`) and what was wrong with it. A value, never a crash.
public struct PayloadDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The field's path inside the payload; empty for the payload itself.
    public let field: String
    /// What was expected and what was found, in words.
    public let problem: String

    /// An error about `field`.
    public init(field: String, problem: String) {
        self.field = field
        self.problem = problem
    }

    /// "field `planId`: expected a string, found an integer".
    public var description: String {
        field.isEmpty ? problem : "field `\(field)`: \(problem)"
    }
}
