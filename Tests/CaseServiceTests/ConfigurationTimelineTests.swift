import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Testing

@Suite struct ConfigurationTimelineTests {
    /// A publication of the England configuration with `reablementFreeDays` marking it, recorded
    /// at `recorded` and in force from `from`.
    static func publication(_ seq: Int64, recorded: String, from: String, days: Int) throws -> PublishedConfiguration {
        var published = try ConfigurationPublished(json: ServiceFixture.england(effectiveFrom: from), at: "")
        published.configuration.reablementFreeDays = days
        return PublishedConfiguration(seq: seq, id: "E-\(seq)", recordedAt: at(recorded), actor: "S-9", published: published)
    }

    @Test func givesWhatInForceGivesAtEveryInstantAroundEachChange() throws {
        let publications = [
            try Self.publication(3, recorded: "2026-03-01T10:00:00Z", from: "2025-04-07", days: 1),
            try Self.publication(9, recorded: "2026-03-02T10:00:00Z", from: "2026-06-01", days: 2),
            try Self.publication(12, recorded: "2026-07-15T08:30:00Z", from: "2026-04-01", days: 3),
            try Self.publication(20, recorded: "2026-07-15T08:30:00Z", from: "2026-06-01", days: 4),
            try Self.publication(25, recorded: "2026-09-01T00:00:00Z", from: "2026-09-03", days: 5),
            try Self.publication(31, recorded: "2026-08-01T12:00:00Z", from: "2026-09-03", days: 6),
        ]
        let timeline = ConfigurationTimeline(publications.reversed())
        var instants = publications.flatMap { [$0.recordedAt, $0.published.effectiveFrom.startOfDay] }
        instants += [at("2020-01-01T00:00:00Z"), at("2030-01-01T00:00:00Z")]
        for t in instants {
            for delta: Int64 in [-1, 0, 1, 3_600_000_000] {
                let instant = Timestamp(microsecondsSinceEpoch: t.microsecondsSinceEpoch + delta)
                let expected = PublishedConfiguration.inForce(at: instant, among: publications)?.configuration
                #expect(timeline.configuration(at: instant) == expected, "at \(instant)")
            }
        }
        #expect(timeline.configuration(at: at("2026-03-01T09:59:59Z")) == nil)
        #expect(timeline.configuration(at: at("2026-09-03T00:00:00Z"))?.reablementFreeDays == 6)
    }

    @Test func noPublicationsMeansNoneInForce() {
        #expect(ConfigurationTimeline([]).configuration(at: at("2026-03-01T10:00:00Z")) == nil)
    }
}
