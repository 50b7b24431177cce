/// A risk identified in a plan or by the Risk Enablement Panel, how it is managed, and who owns it.
public struct RiskEntry: PayloadObject, Hashable {
    /// The risk, in words.
    public var risk: String
    /// How it will be managed or mitigated.
    public var howManaged: String
    /// Who owns the action (a staff id, or the person's name).
    public var owner: String

    /// A value with every field given.
    public init(risk: String, howManaged: String, owner: String) {
        self.risk = risk
        self.howManaged = howManaged
        self.owner = owner
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        risk = try r("risk")
        howManaged = try r("howManaged")
        owner = try r("owner")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        w.set("risk", risk)
        w.set("howManaged", howManaged)
        w.set("owner", owner)
    }
}
