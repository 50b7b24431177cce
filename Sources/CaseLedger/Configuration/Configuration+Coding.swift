extension Configuration: PayloadObject {
    /// The field names, in the order they are read. Every one is required: a published
    /// configuration states every figure it relies on.
    public static let fieldNames = [
        "chargingRateTables", "reviewIntervals", "reablementFreeDays", "carersServicesFree",
        "directPaymentExcludedServices", "complaintAcknowledgementWorkingDays", "complaintResponsePeriod",
        "complaintTimeLimit", "nonWorkingDays", "registerAdministrationRoles",
    ]

    /// The optional field names: each a table of who may make which decision, whose absence
    /// means its default (`DecisionAuthority.standard`), so configurations published before they
    /// existed read as they always did.
    /// Also `correctionAuthority` (issue 14: corrections), absent meaning `coversAmount`.
    /// Also `minorAdaptationCostLimit` (issue 15: charging), absent meaning £1,000.
    /// Also `noticeDays` (issue 15: notices), absent meaning no period for any notice.
    /// Also `councilContact` (issue 18: panel), absent meaning none is published.
    /// Also the safeguarding and subject access periods (issue 15: safeguard), each absent meaning
    /// its default (see `Configuration`).
    public static let optionalFieldNames = [
        "decisionRoles", "challengeResolutionRoles", "rolesAbove", "correctionAuthority", "minorAdaptationCostLimit", "noticeDays",
        // issue 15: safeguard
        "safeguardingDecisionWorkingDays", "safeguardingEnquiryPeriod", "subjectAccessResponsePeriod",
        "subjectAccessExtensionPeriod", "subjectAccessClarificationPausesClock",
        // issue 15: carers
        "carersAssessmentOfferPeriod", "reablementProgressInterval",
        // issue 17: retention
        "retentionPeriods",
        // issue 18: panel
        "councilContact",
    ]

    /// Reads a configuration from its JSON object. Every field is required and no other field
    /// is allowed (a misspelt name is an error, never silently ignored); errors name the field's
    /// path, e.g. `chargingRateTables[1].tariffStep`. Also refused: two rate tables with the same
    /// id or valid-from date, a negative number of days, and no register administration role.
    /// Periods are written `"6 weeks"`, `"12 months"`, `"42 days"`; money in pence; sets as lists.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        try r.requireOnly(Self.fieldNames + Self.optionalFieldNames)
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
            nonWorkingDays: Set(nonWorking), registerAdministrationRoles: Set(roles),
            decisionRoles: try Self.roleTable(r, "decisionRoles", keys: DecisionAuthority.decisionNames) { $0 },
            challengeResolutionRoles: try Self.roleTable(r, "challengeResolutionRoles", keys: ChallengeLevel.allCases.map(\.rawValue)) {
                ChallengeLevel(rawValue: $0)
            },
            rolesAbove: try Self.roleTable(r, "rolesAbove", keys: nil) { StaffRole(rawValue: $0) })
        correctionAuthority = try r.optional("correctionAuthority") ?? .coversAmount
        // issue 15: safeguard
        let standard = Configuration(chargingRateTables: [])
        let decisionDays: Int = try r.optional("safeguardingDecisionWorkingDays") ?? standard.safeguardingDecisionWorkingDays
        if decisionDays < 0 {
            throw PayloadDecodingError(field: r.pathOf("safeguardingDecisionWorkingDays"), problem: "cannot be negative; \(decisionDays) was given")
        }
        safeguardingDecisionWorkingDays = decisionDays
        safeguardingEnquiryPeriod = try r.optional("safeguardingEnquiryPeriod") ?? standard.safeguardingEnquiryPeriod
        subjectAccessResponsePeriod = try r.optional("subjectAccessResponsePeriod") ?? standard.subjectAccessResponsePeriod
        subjectAccessExtensionPeriod = try r.optional("subjectAccessExtensionPeriod") ?? standard.subjectAccessExtensionPeriod
        subjectAccessClarificationPausesClock =
            try r.optional("subjectAccessClarificationPausesClock") ?? standard.subjectAccessClarificationPausesClock
        // issue 15: carers
        carersAssessmentOfferPeriod = try r.optional("carersAssessmentOfferPeriod") ?? Self.defaultCarersAssessmentOfferPeriod
        reablementProgressInterval = try r.optional("reablementProgressInterval") ?? Self.defaultReablementProgressInterval
        let adaptationLimit: Money? = try r.optional("minorAdaptationCostLimit")
        if let adaptationLimit, adaptationLimit < .zero {
            throw PayloadDecodingError(field: r.pathOf("minorAdaptationCostLimit"), problem: "cannot be negative; \(adaptationLimit.pence) was given")
        }
        minorAdaptationCostLimit = adaptationLimit ?? Self.standardMinorAdaptationCostLimit
        noticeDays = try Self.noticeDays(r)
        // issue 17: retention
        retentionPeriods = try Self.retentionPeriods(r) ?? RetentionPeriod.standard
        // issue 18: panel
        councilContact = try r.optional("councilContact")
    }

    // issue 17: retention
    /// Reads the optional `retentionPeriods`, an object naming every `RetentionRecordKind` with its
    /// period: nil when absent (the standard schedule applies). A table states every kind it
    /// governs, so none is left to a default by a slip.
    static func retentionPeriods(_ r: borrowing PayloadReader) throws(PayloadDecodingError) -> [RetentionRecordKind: RetentionPeriod]? {
        guard let table = try r.object(JSONTape.Key("retentionPeriods")) else { return nil }
        let keys = RetentionRecordKind.allCases.map(\.rawValue)
        try table.requireOnly(keys)
        var result: [RetentionRecordKind: RetentionPeriod] = [:]
        for kind in RetentionRecordKind.allCases {
            guard let v = table.members[kind.rawValue] else {
                throw PayloadDecodingError(field: table.pathOf(kind.rawValue), problem: "is missing: the table names every one of \(keys.joined(separator: ", "))")
            }
            result[kind] = try RetentionPeriod(json: v, at: table.pathOf(kind.rawValue))
        }
        return result
    }

    /// Reads the optional `noticeDays`, an object from notice subjects to whole days (0 or
    /// more): nil when absent.
    static func noticeDays(_ r: borrowing PayloadReader) throws(PayloadDecodingError) -> [NoticeSubject: Int]? {
        guard let table = try r.object(JSONTape.Key("noticeDays")) else { return nil }
        try table.requireOnly(NoticeSubject.allCases.map(\.rawValue))
        var result: [NoticeSubject: Int] = [:]
        for (key, v) in table.members {
            let k = key.string
            guard let subject = NoticeSubject(rawValue: k) else { continue }
            let days = try Int(json: v, at: table.pathOf(k))
            if days < 0 { throw PayloadDecodingError(field: table.pathOf(k), problem: "cannot be negative; \(days) was given") }
            result[subject] = days
        }
        return result
    }

    /// Reads the optional table `name`, an object from keys to lists of roles: nil when absent.
    /// With `keys`, it must name each of them exactly (none missing, none unknown: a table
    /// states every decision it governs) and give each at least one role; without, any key
    /// (a role) is allowed.
    static func roleTable<Key: Hashable>(
        _ r: borrowing PayloadReader, _ name: String, keys: [String]?, _ key: (String) -> Key?
    ) throws(PayloadDecodingError) -> [Key: Set<StaffRole>]? {
        guard let table = try r.object(JSONTape.Key(name)) else { return nil }
        if let keys {
            try table.requireOnly(keys)
            for k in keys where table.members[k] == nil && !DecisionAuthority.decisionNamesDefaultedWhenUnnamed.contains(k) {
                throw PayloadDecodingError(field: table.pathOf(k), problem: "is missing: the table names every one of \(keys.joined(separator: ", "))")
            }
        }
        var result: [Key: Set<StaffRole>] = [:]
        for (name, v) in table.members {
            let k = name.string
            let roles = try [StaffRole](json: v, at: table.pathOf(k))
            if keys != nil, roles.isEmpty {
                throw PayloadDecodingError(field: table.pathOf(k), problem: "is empty: name at least one role")
            }
            guard let typed = key(k) else { continue }
            result[typed] = Set(roles)
        }
        return result
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
        // issue 15: safeguard — each written only when not its default, so older bytes stay.
        let standard = Configuration(chargingRateTables: [])
        if safeguardingDecisionWorkingDays != standard.safeguardingDecisionWorkingDays {
            w.set("safeguardingDecisionWorkingDays", safeguardingDecisionWorkingDays)
        }
        if safeguardingEnquiryPeriod != standard.safeguardingEnquiryPeriod { w.set("safeguardingEnquiryPeriod", safeguardingEnquiryPeriod) }
        if subjectAccessResponsePeriod != standard.subjectAccessResponsePeriod { w.set("subjectAccessResponsePeriod", subjectAccessResponsePeriod) }
        if subjectAccessExtensionPeriod != standard.subjectAccessExtensionPeriod { w.set("subjectAccessExtensionPeriod", subjectAccessExtensionPeriod) }
        if subjectAccessClarificationPausesClock != standard.subjectAccessClarificationPausesClock {
            w.set("subjectAccessClarificationPausesClock", subjectAccessClarificationPausesClock)
        }
        // issue 15: carers. Each only when not the default, so a configuration without it keeps its bytes.
        if carersAssessmentOfferPeriod != Self.defaultCarersAssessmentOfferPeriod { w.set("carersAssessmentOfferPeriod", carersAssessmentOfferPeriod) }
        if reablementProgressInterval != Self.defaultReablementProgressInterval { w.set("reablementProgressInterval", reablementProgressInterval) }
        if minorAdaptationCostLimit != Self.standardMinorAdaptationCostLimit { w.set("minorAdaptationCostLimit", minorAdaptationCostLimit) }
        // The tables only when published: a configuration without them keeps its bytes.
        func table<Key>(_ t: [Key: Set<StaffRole>]?, _ word: (Key) -> String) -> JSONValue? {
            t.map { .object(JSONObject(names: Dictionary(uniqueKeysWithValues: $0.map { (word($0.key), JSONValue.array($0.value.sorted().map(\.json))) }))) }
        }
        if let v = table(decisionRoles, { $0 }) { w.setRaw("decisionRoles", v) }
        if let v = table(challengeResolutionRoles, \.rawValue) { w.setRaw("challengeResolutionRoles", v) }
        if let v = table(rolesAbove, \.rawValue) { w.setRaw("rolesAbove", v) }
        // issue 17: retention — only when not the standard schedule, so older bytes stay.
        if retentionPeriods != RetentionPeriod.standard {
            w.setRaw("retentionPeriods", .object(JSONObject(names: Dictionary(uniqueKeysWithValues: retentionPeriods.map { ($0.key.rawValue, $0.value.json) }))))
        }
        // issue 18: panel — only when published, so a configuration without it keeps its bytes.
        w.optional("councilContact", councilContact)
        if let days = noticeDays {
            w.setRaw("noticeDays", .object(JSONObject(names: Dictionary(uniqueKeysWithValues: days.map { ($0.key.rawValue, JSONValue.integer(Int64($0.value))) }))))
        }
    }
}

extension PayloadReader {
    /// Refuses any member not in `names`, naming the first unknown one (in sorted order) and the
    /// names allowed.
    func requireOnly(_ names: [String]) throws(PayloadDecodingError) {
        // Names compared by their code units (rule 65): a name canonically equivalent to a known
        // one, but spelt otherwise, is unknown, since no field is read from it.
        let allowed = Set(names.map { JSONKey($0) })
        if let unknown = members.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw PayloadDecodingError(
                field: pathOf(unknown.string), problem: "is not a known field (expected: \(names.joined(separator: ", ")))")
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
