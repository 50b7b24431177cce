/// Why `decide` refused a command: the rule broken (a stable code), what is wrong in the reader's
/// words and the rule's source, which the message ends with.
public struct Rejection: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule broken.
    public let rule: Rule
    /// What is wrong and what would put it right, with the people, amounts, dates and ids
    /// involved, ending with its source: "plan P-3 cannot be signed off: … — Wiltshire SDS policy
    /// 2014, 3. Support planning (…)".
    public let message: String
    /// Where the rule comes from: the rule's own `Rule.source`, or a more precise part of it
    /// (the subsection the refusal turns on).
    public let source: String
    /// What is wrong, without the source (for a refusal quoted inside another's message).
    public let detail: String

    /// A rejection under `rule`: `message` says what is wrong (without its source); the message
    /// kept ends with `source`, the rule's own unless a more precise one is given.
    public init(_ rule: Rule, _ message: String, source: String? = nil) {
        let source = source ?? rule.source
        self.rule = rule
        self.source = source
        self.detail = message
        self.message = message + " — " + source
    }

    /// "[plan-components-missing] plan P-3 cannot be signed off: … — source".
    public var description: String { "[\(rule.rawValue)] \(message)" }
}
