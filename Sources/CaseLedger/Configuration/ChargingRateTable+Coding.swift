extension ChargingRateTable: PayloadObject {
    /// The field names, in the order they are read.
    public static let fieldNames = [
        "id", "validFrom", "upperCapitalLimit", "lowerCapitalLimit", "tariffStep", "weeklyTariffPerStep",
        "tariffCountsPartStep", "weeklyMinimumIncomeGuarantee",
    ]

    /// Reads every field (money in pence; `weeklyMinimumIncomeGuarantee` an object of pence by
    /// income category). Any other field is an error, and so are figures that cannot be right:
    /// a negative amount, a lower capital limit above the upper one, a tariff step of zero.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        try r.requireOnly(Self.fieldNames)
        let id: String = try r("id")
        if id.isBlank { throw PayloadDecodingError(field: r.pathOf("id"), problem: "is empty: name the table, e.g. \"2026-27\"") }
        let guarantee = try r.child("weeklyMinimumIncomeGuarantee")
        var mig: [String: Money] = [:]
        for name in guarantee.members.keys.sorted() {
            let key = name.string
            let amount: Money = try guarantee(JSONTape.Key(key))
            try Self.checkNotNegative(amount, at: guarantee.pathOf(key))
            // Keeps events/INVARIANTS.md rule 65: two names the format keeps apart are never merged.
            // A category is looked up by its name as text (canonical equivalence), so two names
            // that differ only by Unicode normalisation would be one category: refused.
            if let earlier = mig.keys.first(where: { $0 == key }) {
                throw PayloadDecodingError(
                    field: guarantee.pathOf(key),
                    problem: "is the category \"\(earlier)\" written in another Unicode form: use one spelling for each category")
            }
            mig[key] = amount
        }
        self.init(
            id: id, validFrom: try r("validFrom"), upperCapitalLimit: try r("upperCapitalLimit"),
            lowerCapitalLimit: try r("lowerCapitalLimit"), tariffStep: try r("tariffStep"),
            weeklyTariffPerStep: try r("weeklyTariffPerStep"), tariffCountsPartStep: try r("tariffCountsPartStep"),
            weeklyMinimumIncomeGuarantee: mig)
        for (name, amount) in [
            ("upperCapitalLimit", upperCapitalLimit), ("lowerCapitalLimit", lowerCapitalLimit),
            ("weeklyTariffPerStep", weeklyTariffPerStep),
        ] {
            try Self.checkNotNegative(amount, at: r.pathOf(name))
        }
        if lowerCapitalLimit > upperCapitalLimit {
            throw PayloadDecodingError(
                field: r.pathOf("lowerCapitalLimit"),
                problem: "\(lowerCapitalLimit) is above the upper capital limit \(upperCapitalLimit)")
        }
        if tariffStep.pence <= 0 {
            throw PayloadDecodingError(field: r.pathOf("tariffStep"), problem: "must be more than 0 pence; \(tariffStep.pence) was given")
        }
    }

    /// Writes every field.
    public func encode(to w: inout PayloadWriter) {
        w.set("id", id)
        w.set("validFrom", validFrom)
        w.set("upperCapitalLimit", upperCapitalLimit)
        w.set("lowerCapitalLimit", lowerCapitalLimit)
        w.set("tariffStep", tariffStep)
        w.set("weeklyTariffPerStep", weeklyTariffPerStep)
        w.set("tariffCountsPartStep", tariffCountsPartStep)
        w.setRaw("weeklyMinimumIncomeGuarantee", .object(JSONObject(names: weeklyMinimumIncomeGuarantee.mapValues(\.json))))
    }

    private static func checkNotNegative(_ amount: Money, at path: String) throws(PayloadDecodingError) {
        if amount.pence < 0 {
            throw PayloadDecodingError(field: path, problem: "cannot be negative; \(amount.pence) pence was given")
        }
    }
}
