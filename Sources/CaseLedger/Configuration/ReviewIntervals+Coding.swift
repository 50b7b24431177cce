extension ReviewIntervals: PayloadObject {
    /// The field names, in the order they are read.
    public static let fieldNames = ["newOrChangedPlan", "newDirectPayment", "routine"]

    /// Reads `newOrChangedPlan`, `newDirectPayment` and `routine`, each a period such as
    /// `"6 weeks"`; any other field is an error.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        try r.requireOnly(Self.fieldNames)
        self.init(newOrChangedPlan: try r("newOrChangedPlan"), newDirectPayment: try r("newDirectPayment"), routine: try r("routine"))
    }

    /// Writes the three periods.
    public func encode(to w: inout PayloadWriter) {
        w.set("newOrChangedPlan", newOrChangedPlan)
        w.set("newDirectPayment", newDirectPayment)
        w.set("routine", routine)
    }
}
