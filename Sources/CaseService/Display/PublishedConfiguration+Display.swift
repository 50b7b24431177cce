import CaseLedger

extension PublishedConfiguration {
    /// The stored payload with the event's `seq`, `id`, `recordedAt` and `publishedBy`.
    public var json: JSONValue {
        var members = published.json.objectValue ?? [:]
        members["seq"] = .integer(seq)
        members["id"] = .string(id)
        members["recordedAt"] = .string(recordedAt.rfc3339)
        members["publishedBy"] = .string(actor)
        return .object(members)
    }

    /// The figures in words, one topic per line.
    public var text: String {
        let c = configuration
        var lines = [
            "Configuration seq \(seq), in force from \(published.effectiveFrom), published by \(actor) at \(UKTime.words(recordedAt))"
        ]
        if let summary = published.summary { lines.append("Summary: \(summary)") }
        lines.append("Charging rate tables:")
        for t in c.chargingRateTables.sorted(by: { $0.validFrom < $1.validFrom }) {
            let mig = t.weeklyMinimumIncomeGuarantee.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            lines.append("  \(t.id) from \(t.validFrom): capital limits \(t.lowerCapitalLimit) and \(t.upperCapitalLimit); "
                + "tariff \(t.weeklyTariffPerStep) a week per \(t.tariffStep)\(t.tariffCountsPartStep ? " or part of it" : ""); "
                + "Minimum Income Guarantee a week: \(mig.isEmpty ? "none" : mig)")
        }
        let r = c.reviewIntervals
        lines.append("Reviews: \(r.newOrChangedPlan) after a new or changed plan; \(r.newDirectPayment) after a new direct payment; at least every \(r.routine)")
        lines.append("Free reablement: \(c.reablementFreeDays) days")
        lines.append("Carers' services free: \(c.carersServicesFree ? "yes" : "no")")
        lines.append("Minor adaptations free up to: \(c.minorAdaptationCostLimit) each (community equipment always free)")
        lines.append("Direct payments may not pay for: " + c.directPaymentExcludedServices.map { DisplayWords.spaced($0.rawValue) }.sorted().joined(separator: ", "))
        lines.append("Complaints: made within \(c.complaintTimeLimit); acknowledged within \(c.complaintAcknowledgementWorkingDays) working days; answered within \(c.complaintResponsePeriod)")
        let days = c.nonWorkingDays.sorted()
        lines.append("Non-working days besides weekends: \(days.count)" + (days.isEmpty ? "" : " (\(days.first!) to \(days.last!))"))
        lines.append("Register administration roles: " + c.registerAdministrationRoles.sorted().map(\.rawValue).joined(separator: ", "))
        // Who may make each decision: each table as published, or "the defaults".
        let a = c.authority
        func roles(_ set: Set<StaffRole>?) -> String { (set ?? []).sorted().map(\.rawValue).joined(separator: ", ") }
        let published = c.decisionRoles == nil ? " (the defaults)" : ""
        lines.append("Who may make each decision\(published):")
        for name in DecisionAuthority.decisionNames { lines.append("  \(name): \(roles(a.roles[name]))") }
        lines.append("Who may resolve a challenge at each level\(c.challengeResolutionRoles == nil ? " (the defaults)" : ""):")
        for level in ChallengeLevel.allCases { lines.append("  \(level.rawValue): \(roles(a.challengeResolution[level]))") }
        let above = a.above.sorted { $0.key < $1.key }.map { "\($0.key) above \(roles($0.value))" }
        lines.append("Roles above others, for corrections\(c.rolesAbove == nil ? " (the defaults)" : ""): \(above.isEmpty ? "none" : above.joined(separator: "; "))")
        return lines.map { VisibleText.neutralised($0, oneLine: true) }.joined(separator: "\n")
    }
}
