/// The impact of the needs on the person's wellbeing (Care Act s1), part (c) of the eligibility
/// test.
public struct WellbeingImpact: PayloadObject, Hashable {
    /// True when there is, or is likely to be, a significant impact on wellbeing.
    public var significant: Bool
    /// The impact in words.
    public var description: String

    /// A value with every field given.
    public init(significant: Bool, description: String) {
        self.significant = significant
        self.description = description
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        significant = try r("significant")
        description = try r("description")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        w.set("significant", significant)
        w.set("description", description)
    }
}
