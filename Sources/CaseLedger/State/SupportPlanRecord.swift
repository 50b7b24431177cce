/// A support plan's versions, and for each version its sign-off or refusals.
public struct SupportPlanRecord: Hashable, Sendable {
    /// The plan's id.
    public var planId: String
    /// Every version, in order; version n is at index n − 1.
    public var versions: [SupportPlanContent]
    /// Sign-offs by version.
    public var signOffs: [Int: SignOffRecord]
    /// Refusals by version.
    public var refusals: [Int: [PlanSignOffRefused]]
    // issue 15: voice
    /// Each version's effective date (the draft's or revision's), in order: version n's at index
    /// n − 1; empty for a record made without dates.
    public var versionDates: [CalendarDate] = []

    /// A plan with its first version.
    public init(first: SupportPlanContent) {
        planId = first.planId
        versions = [first]
        signOffs = [:]
        refusals = [:]
    }

    /// "plan P-1 version 2 of 3 June 2026": a version as a person knows it, by its effective date.
    public func words(version: Int) -> String {
        let date = version >= 1 && version <= versionDates.count ? " of \(versionDates[version - 1].words)" : ""
        return "plan \(planId) version \(version)\(date)"
    }

    /// The current version number.
    public var currentVersion: Int { versions.count }
    /// The current version's content.
    public var current: SupportPlanContent { versions[versions.count - 1] }
    /// True when the current version is signed off.
    public var currentIsSignedOff: Bool { signOffs[currentVersion] != nil }
}

/// A plan version's sign-off and who signed.
public struct SignOffRecord: Hashable, Sendable {
    /// The sign-off.
    public var signedOff: PlanSignedOff
    /// The signer's staff id.
    public var signer: String
    /// The sign-off event's id.
    public var eventId: String
    /// When it was recorded.
    public var recordedAt: Timestamp

    /// A sign-off record.
    public init(signedOff: PlanSignedOff, signer: String, eventId: String, recordedAt: Timestamp) {
        self.signedOff = signedOff
        self.signer = signer
        self.eventId = eventId
        self.recordedAt = recordedAt
    }
}
