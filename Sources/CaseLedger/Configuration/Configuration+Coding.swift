extension Configuration: PayloadObject {
    /// The field names, in the order they are read. Every one is required (a published
    /// configuration states every figure it relies on) except `correctionAuthority`, added later,
    /// whose absence means what it meant before it existed.
    public static let fieldNames = [
        "chargingRateTables", "reviewIntervals", "reablementFreeDays", "carersServicesFree",
        "directPaymentExcludedServices", "complaintAcknowledgementWorkingDays", "complaintResponsePeriod",
        "complaintTimeLimit", "nonWorkingDays", "registerAdministrationRoles",
        // issue 14: corrections (optional: absent means `coversAmount`)
        "correctionAuthority",
    ]

    /// Reads a configuration from its JSON object. Every field is required and no other field
    /// is allowed (a misspelt name is an error, never silently ignored); errors name the field's
    /// path, e.g. `chargingRateTables[1].tariffStep`. Also refused: two rate tables with the same
    /// id or valid-from date, a negative number of days, and no register administration role.
    /// Periods are written `"6 weeks"`, `"12 months"`, `"42 days"`; money in pence; sets as lists.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        try r.requireOnly(Self.fieldNames)
        let tables: [ChargingRateTable] = try r("chargingRateTables")
        for (i, table) in tables.enumerated() {
            if let j = tables[..<i].firstIndex(where: { $0.id == table.id || $0.validFrom == table.validFrom }) {
                let same = tables[j].id == table.id ? "id \"\(table.id)\"" : "valid-from date \(table.validFrom)"
                throw PayloadDecodingError(
                    field: "\(r.pathOf("chargingRateTables"))[\(i)]",
                    problem: "has the same \(same) as chargingRateTables[\(j)]: each table needs its own id and date")
            }
        }
        let freeDays: Int = try r("reablementFreeDays")
        let acknowledgementDays: Int = try r("complaintAcknowledgementWorkingDays")
        for (name, value) in [("reablementFreeDays", freeDays), ("complaintAcknowledgementWorkingDays", acknowledgementDays)]
        where value < 0 {
            throw PayloadDecodingError(field: r.pathOf(name), problem: "cannot be negative; \(value) was given")
        }
        let excluded: [ServiceKind] = try r("directPaymentExcludedServices")
        let nonWorking: [CalendarDate] = try r("nonWorkingDays")
        let roles: [StaffRole] = try r("registerAdministrationRoles")
        if roles.isEmpty {
            throw PayloadDecodingError(
                field: r.pathOf("registerAdministrationRoles"),
                problem: "is empty: name at least one role that may change the staff register, e.g. \"registerAdministrator\"")
        }
        self.init(
            chargingRateTables: tables, reviewIntervals: try r("reviewIntervals"), reablementFreeDays: freeDays,
            carersServicesFree: try r("carersServicesFree"), directPaymentExcludedServices: Set(excluded),
            complaintAcknowledgementWorkingDays: acknowledgementDays,
            complaintResponsePeriod: try r("complaintResponsePeriod"), complaintTimeLimit: try r("complaintTimeLimit"),
            nonWorkingDays: Set(nonWorking), registerAdministrationRoles: Set(roles))
        correctionAuthority = try r.optional("correctionAuthority") ?? .coversAmount
    }

    /// Writes every field; sets as sorted lists, so the same configuration always has the same
    /// bytes.
    public func encode(to w: inout PayloadWriter) {
        w.set("chargingRateTables", chargingRateTables)
        w.set("reviewIntervals", reviewIntervals)
        w.set("reablementFreeDays", reablementFreeDays)
        w.set("carersServicesFree", carersServicesFree)
        w.set("directPaymentExcludedServices", directPaymentExcludedServices.map(\.rawValue).sorted())
        w.set("complaintAcknowledgementWorkingDays", complaintAcknowledgementWorkingDays)
        w.set("complaintResponsePeriod", complaintResponsePeriod)
        w.set("complaintTimeLimit", complaintTimeLimit)
        w.set("nonWorkingDays", nonWorkingDays.sorted())
        w.set("registerAdministrationRoles", registerAdministrationRoles.sorted())
        // Written only when not the default, so a configuration without it keeps its bytes.
        if correctionAuthority != .coversAmount { w.set("correctionAuthority", correctionAuthority) }
    }
}

extension PayloadReader {
    /// Refuses any member not in `names`, naming the first unknown one (in sorted order) and the
    /// names allowed.
    func requireOnly(_ names: [String]) throws(PayloadDecodingError) {
        let allowed = Set(names)
        if let unknown = members.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw PayloadDecodingError(
                field: pathOf(unknown), problem: "is not a known field (expected: \(names.joined(separator: ", ")))")
        }
    }

    /// A reader over the object in member `key`, which must be present.
    func child(_ key: String) throws(PayloadDecodingError) -> PayloadReader {
        guard let v = members[key], !v.isNull else {
            throw PayloadDecodingError(field: pathOf(key), problem: "is missing")
        }
        return try PayloadReader(v, at: pathOf(key))
    }
}
