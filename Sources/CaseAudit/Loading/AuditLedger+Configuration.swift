import CaseLedger
import CaseService

/// The configuration a report uses, chosen at one instant, and where it came from.
///
/// Of the configurations recorded in the ledger's `configuration` stream by that instant, the one
/// in force on its day (`PublishedConfiguration.inForce(at:among:)`), so a report as known at a
/// past time uses the figures the council had then. When none is, or the stream's events cannot
/// be decoded, the built-in defaults: reviews 6 weeks after a new or changed plan, 6 months after
/// a new direct payment, and at least every 12 months (statutory guidance); no bank holidays; no
/// charging rate tables (the audit never recalculates a contribution: each financial assessment
/// records its own figures and the rate table it used).
public struct ReportConfiguration: Sendable {
    /// What was found in the ledger.
    public enum Found: Sendable {
        /// The configuration in force then.
        case published(PublishedConfiguration)
        /// No configuration was in force then.
        case none
        /// The stream's events could not be decoded: why.
        case unreadable(String)
    }

    /// The instant asked about: the report's `--as-known-at`, nil for now.
    public let asKnownAt: Timestamp?
    /// What was found.
    public let found: Found

    /// The configuration chosen at `asKnownAt` (nil: now) among `published`, or why none could be read.
    public init(asKnownAt: Timestamp?, now: Timestamp, published: Result<[PublishedConfiguration], ServiceError>) {
        self.asKnownAt = asKnownAt
        switch published {
        case .success(let all): found = PublishedConfiguration.inForce(at: asKnownAt ?? now, among: all).map { .published($0) } ?? .none
        case .failure(let error): found = .unreadable(error.message)
        }
    }

    /// The built-in defaults used when no configuration is in force.
    public static let defaults = Configuration(chargingRateTables: [], reviewIntervals: ReviewIntervals())

    /// The configuration: the one published, or the defaults.
    public var configuration: Configuration {
        if case .published(let p) = found { return p.configuration }
        return Self.defaults
    }

    /// The seq of the event that published it; 0 for the defaults.
    public var seq: Int64 {
        if case .published(let p) = found { return p.seq }
        return 0
    }

    /// Where it came from, as the case reports say it: "the configuration in force from 2026-04-06,
    /// published by S-9 at … (seq 12)", or which defaults and why.
    public var source: String {
        switch found {
        case .published(let p):
            "the configuration in force from \(p.published.effectiveFrom), published by \(p.actor) at \(UKTime.words(p.recordedAt)) (seq \(p.seq))"
        case .none:
            "built-in defaults (no configuration \(asKnownAt.map { "in force at \(UKTime.words($0))" } ?? "in force now") is published in the ledger)"
        case .unreadable(let why):
            "built-in defaults (the ledger's configuration could not be read: \(why))"
        }
    }

    /// Where it came from, as the caseload says it (which also says the defaults have no bank
    /// holidays, which its working days skip).
    public var deadlineSource: String {
        switch found {
        case .published(let p):
            "the configuration in force from \(p.published.effectiveFrom), published at \(UKTime.words(p.recordedAt)) (seq \(p.seq))"
        case .none:
            "built-in defaults, no bank holidays (no configuration was published by then)"
        case .unreadable(let why):
            "built-in defaults, no bank holidays (the ledger's configuration could not be read: \(why))"
        }
    }
}

extension AuditLedger {
    /// Every configuration published in the ledger, upcast and decoded, in order; the failure
    /// when one cannot be decoded. Reading the stream is checked like every read (a ledger that
    /// fails its checks gives no report), so a failure to read it is thrown.
    public func publishedConfigurations() throws -> Result<[PublishedConfiguration], ServiceError> {
        let stored = try storedEvents(inStream: Streams.configuration)
        return Result { () throws(ServiceError) in try CaseService.publishedConfigurations(in: stored, upcaster: upcaster) }
    }

    /// The configuration a report as known at `asKnownAt` (nil: `now`) uses, and where it came from.
    public func configuration(asKnownAt: Timestamp? = nil, now: Timestamp = .now()) throws -> ReportConfiguration {
        ReportConfiguration(asKnownAt: asKnownAt, now: now, published: try publishedConfigurations())
    }

    /// The configuration in force at each decision time, for judging every event of the ledger:
    /// the one published and in force then, or before any is, the one in force `now` (the
    /// defaults when none is, or when the configuration cannot be decoded).
    public func configurationTimeline(now: Timestamp = .now()) throws -> @Sendable (Timestamp) -> Configuration {
        let published = try publishedConfigurations()
        let fallback = ReportConfiguration(asKnownAt: nil, now: now, published: published).configuration
        let timeline = ConfigurationTimeline((try? published.get()) ?? [])
        return { t in timeline.configuration(at: t) ?? fallback }
    }

    /// The decision authority (`Configuration.authority`) of every configuration
    /// `configurationTimeline(now:)` can give — each published one and the fallback — when they
    /// are all the same, else nil: then who may decide is judged without a configuration looked up
    /// for each event.
    public func authorityEverywhere(now: Timestamp = .now()) throws -> DecisionAuthority? {
        let published = try publishedConfigurations()
        let fallback = ReportConfiguration(asKnownAt: nil, now: now, published: published).configuration.authority
        let all = ((try? published.get()) ?? []).map(\.configuration.authority)
        return all.allSatisfy { $0 == fallback } ? fallback : nil
    }
}
