/// Why `decide` refused a command: the rule broken (a stable code) and a message for the person
/// who must act, naming the rule and the specifics.
public struct Rejection: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule broken.
    public let rule: Rule
    /// What is wrong and what would put it right, with the amounts, dates and ids involved.
    public let message: String

    /// A rejection under `rule`.
    public init(_ rule: Rule, _ message: String) {
        self.rule = rule
        self.message = message
    }

    /// "[plan-components-missing] plan P-3 cannot be signed off: …".
    public var description: String { "[\(rule.rawValue)] \(message)" }
}
