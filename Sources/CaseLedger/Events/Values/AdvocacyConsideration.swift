/// Whether independent advocacy was considered (Care Act s67) and whether an advocate took part.
public struct AdvocacyConsideration: PayloadObject, Hashable {
    /// True when the need for an advocate was considered.
    public var considered: Bool
    /// True when the person would have substantial difficulty being involved and has no one
    /// appropriate to help.
    public var advocateNeeded: Bool
    /// The advocate, when one took part.
    public var advocateName: String?

    /// A value with every field given.
    public init(considered: Bool, advocateNeeded: Bool, advocateName: String? = nil) {
        self.considered = considered
        self.advocateNeeded = advocateNeeded
        self.advocateName = advocateName
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        considered = try r("considered")
        advocateNeeded = try r("advocateNeeded")
        advocateName = try r.optional("advocateName")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        w.set("considered", considered)
        w.set("advocateNeeded", advocateNeeded)
        w.optional("advocateName", advocateName)
    }
}
