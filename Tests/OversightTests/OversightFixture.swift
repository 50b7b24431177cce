import CaseAudit
import CaseDemo
import CaseLedger
import CaseLedgerTestSupport
import CaseService
import Testing

/// A synthetic ledger opened for audit, and rebuilds of its oversight projection as
/// `caseledger-audit` makes them (the configuration in force now for deadlines; the one in force
/// at each decision time for compliance), judged on a fixed day.
struct OversightFixture {
    static let asOf = CalendarDate("2026-11-01")!

    let ledger: AuditLedger
    let deadlineConfiguration: (configuration: Configuration, seq: Int64)
    let configurationAt: @Sendable (Timestamp) -> Configuration

    init(path: String) throws {
        try self.init(ledger: try AuditLedger.open(at: path))
    }

    // issue 18: delta18
    /// A fixture over a synthetic ledger of `cases` cases (from `seed`) written at `l` in a fresh
    /// temporary directory (`name` in its name), and that directory, for the caller to remove.
    static func synthetic(_ name: String, cases: Int, seed: UInt64) throws -> (OversightFixture, TempDirectory) {
        let dir = try TempDirectory(name)
        do {
            try SyntheticCaseload.write(to: dir.path + "/l", cases: cases, seed: seed)
            return (try OversightFixture(path: dir.path + "/l"), dir)
        } catch {
            dir.remove()
            throw error
        }
    }

    /// The setting of a checkpoint test with seeded split points: a synthetic fixture of `cases`
    /// cases from `seed`, its directory (for the caller to remove), the ledger's head, the first seq
    /// a checkpoint can be saved at (after the last configuration: `low`), and a generator seeded
    /// by `seed` for the test's further choices, so a failure replays from its seed.
    struct SeededSplit {
        let fx: OversightFixture
        let dir: TempDirectory
        let head: Int64
        let low: Int64
        var random: SeededGenerator

        init(_ name: String, cases: Int, seed: UInt64) throws {
            (fx, dir) = try OversightFixture.synthetic(name, cases: cases, seed: seed)
            head = fx.ledger.head.seq
            random = SeededGenerator(seed: seed)
            do { low = try fx.lastConfigurationSeq + 1 } catch {
                dir.remove()
                throw error
            }
        }

        /// The first usable seq, one drawn between it and the head, the one before the head, and the head.
        mutating func splitPoints() -> [Int64] {
            [low, Int64.random(in: low..<head, using: &random), head - 1, head]
        }

        /// A seq drawn in the first half of the usable ones.
        mutating func startInFirstHalf() -> Int64 {
            low + Int64(random.next() % UInt64(max(1, (head - low) / 2)))
        }
    }

    /// The fixture over a ledger already opened (issue 18: fastload: from a checkpoint).
    init(ledger: AuditLedger) throws {
        self.ledger = ledger
        let service = CaseService(ledger: try ledger.ledger)
        let now = try #require(try service.configuration(inForceAt: .now()))
        deadlineConfiguration = (now.configuration, now.seq)
        let published = try service.publishedConfigurations()
        configurationAt = { t in PublishedConfiguration.inForce(at: t, among: published)?.configuration ?? now.configuration }
    }

    /// A rebuild reflecting the ledger up to `through` (its head when nil).
    func rebuild(through: Int64? = nil, asOf: CalendarDate = OversightFixture.asOf) -> OversightRebuild {
        OversightRebuild(
            ledger: ledger, asOf: asOf, deadlineConfiguration: deadlineConfiguration, configurationAt: configurationAt, through: through)
    }

    /// The seq of the last configuration published.
    var lastConfigurationSeq: Int64 {
        get throws { try ledger.ledger.events(inStream: Streams.configuration).last!.seq }
    }

    /// The caseload and compliance reports of `projection`, as text, JSON and CSV.
    func reports(_ projection: OversightProjection, on day: CalendarDate) throws -> [String] {
        let staff = StaffRegister(try ledger.staffEvents())
        let caseload = projection.caseload(
            on: day, filter: CaseloadFilter(), staff: staff, configuration: deadlineConfiguration.configuration, configurationSource: "test")
        let compliance = try projection.compliance()
        let integrity = try ledger.integrity()
        return [ReportFormat.text, .json, .csv].flatMap { f in
            [caseload.render(RenderOptions(format: f), integrity: integrity), compliance.render(RenderOptions(format: f), integrity: integrity)]
        }
    }
}
