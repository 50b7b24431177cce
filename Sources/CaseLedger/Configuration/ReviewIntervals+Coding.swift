extension ReviewIntervals: PayloadObject {
    /// The field names, in the order they are read.
    public static let fieldNames = ["newOrChangedPlan", "newDirectPayment", "routine"]

    /// Reads `newOrChangedPlan`, `newDirectPayment` and `routine`, each a period such as
    /// `"6 weeks"`, and the optional `newOrChangedPlanLate` (issue 15: absent, the first review
    /// is late from the day it falls due, as before it existed); any other field is an error.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        try r.requireOnly(Self.fieldNames + ["newOrChangedPlanLate"])
        self.init(newOrChangedPlan: try r("newOrChangedPlan"), newDirectPayment: try r("newDirectPayment"), routine: try r("routine"),
            newOrChangedPlanLate: try r.optional("newOrChangedPlanLate"))
    }

    /// Writes the three periods.
    public func encode(to w: inout PayloadWriter) {
        w.set("newOrChangedPlan", newOrChangedPlan)
        w.set("newDirectPayment", newDirectPayment)
        w.set("routine", routine)
        w.optional("newOrChangedPlanLate", newOrChangedPlanLate)
    }
}
