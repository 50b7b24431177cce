import CaseLedger

/// What an oversight projection was worked out under, besides the events: if any of it but
/// `asOf` differs, none of its per-case results can be reused (a different `asOf` is judged case
/// by case: see `CaseOversight.findingsHold(for:)`).
public struct OversightBasis: Hashable, Sendable {
    /// The date missing steps count to in the compliance findings.
    public var asOf: CalendarDate
    /// The compliance view's in-force date, when given.
    public var inForceOn: CalendarDate?
    /// How many events the staff register's stream held.
    public var staffVersion: Int64
    /// How many events the configuration stream held.
    public var configurationVersion: Int64
    /// The seq of the configuration whose intervals and bank holidays worked out the deadlines
    /// (0 for the built-in defaults).
    public var deadlineConfigurationSeq: Int64
    /// issue 18: fastload. The `StreamDigest` of the staff register's events (hex; empty when none).
    public var staffDigest: String
    /// The `StreamDigest` of the configuration stream's events (hex; empty when none).
    public var configurationDigest: String

    /// A basis.
    public init(
        asOf: CalendarDate, inForceOn: CalendarDate?, staffVersion: Int64, configurationVersion: Int64, deadlineConfigurationSeq: Int64,
        staffDigest: String = "", configurationDigest: String = ""
    ) {
        self.staffDigest = staffDigest
        self.configurationDigest = configurationDigest
        self.asOf = asOf
        self.inForceOn = inForceOn
        self.staffVersion = staffVersion
        self.configurationVersion = configurationVersion
        self.deadlineConfigurationSeq = deadlineConfigurationSeq
    }

    /// What differs from `other`, in words, `asOf` aside; nil when nothing does.
    public func difference(from other: OversightBasis) -> String? {
        var parts: [String] = []
        if inForceOn != other.inForceOn { parts.append("another --in-force-on") }
        if staffVersion != other.staffVersion { parts.append("the staff register changed") }
        if configurationVersion != other.configurationVersion { parts.append("a configuration was published") }
        if deadlineConfigurationSeq != other.deadlineConfigurationSeq { parts.append("another configuration is in force") }
        if staffVersion == other.staffVersion, staffDigest != other.staffDigest { parts.append("the staff register's events are not those it was worked out from") }
        if configurationVersion == other.configurationVersion, configurationDigest != other.configurationDigest {
            parts.append("the configuration stream's events are not those it was worked out from")
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
