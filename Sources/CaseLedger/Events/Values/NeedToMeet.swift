/// One of the needs in a support plan (Care Act s25(1)(a)-(b)): whether it is eligible, whether the
/// council will meet it, and how.
public struct NeedToMeet: PayloadObject, Hashable {
    /// The need, in words.
    public var need: String
    /// True when it is an eligible need.
    public var eligible: Bool
    /// True when the council is going to meet it.
    public var councilWillMeet: Bool
    /// How it will be met.
    public var howMet: String

    /// A value with every field given.
    public init(need: String, eligible: Bool, councilWillMeet: Bool, howMet: String) {
        self.need = need
        self.eligible = eligible
        self.councilWillMeet = councilWillMeet
        self.howMet = howMet
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        need = try r("need")
        eligible = try r("eligible")
        councilWillMeet = try r("councilWillMeet")
        howMet = try r("howMet")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        w.set("need", need)
        w.set("eligible", eligible)
        w.set("councilWillMeet", councilWillMeet)
        w.set("howMet", howMet)
    }
}
