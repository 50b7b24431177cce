import CaseLedger
import CaseService
import LedgerStore

/// A realistic synthetic caseload, deterministic from a seed: the demo's six stories replayed
/// as thousands of cases, each moved later in time by its own number of days, some stopped
/// early (cases still at contact, assessment or planning), through the domain's `decide`, so
/// every event is one a council could have recorded.
///
/// The mix follows a large council's: most cases in delivery or review (Joe, Paul, Mrs A,
/// Mrs C), carers' cases (Mrs E), and about one in eight with a challenge escalated to the Risk
/// Enablement Panel, a withdrawal, closure and a complaint (Mr D); Joe's story carries a
/// correction of a financial assessment. Cases start spread over up to two years (so at any day
/// a few thousand are in progress), and each day's decisions are appended as one batch recorded
/// at 17:00 that day, straight through `Ledger.append` (a case's state is kept while it is in
/// progress and dropped when its story ends). The staff register and the 2025-26 configuration
/// come first, as in the demo, and the 2026-27 configuration on 16 March 2026.
public enum SyntheticCaseload {
    /// The stories replayed, and how often each is chosen (out of 100).
    static var mix: [(weight: Int, story: () -> DemoStory)] {
        [
            (22, { DemoStories.joe }), (20, { DemoStories.paul }), (15, { DemoStories.mrsA }),
            (20, { DemoStories.mrsC }), (11, { DemoStories.mrsE }), (12, { DemoStories.mrD }),
        ]
    }
    /// Out of 100, how many cases stop at a random step before their story ends.
    static let stoppedEarly = 20

    /// One case to replay: which story, moved by how many days, and how many of its steps.
    struct Plan {
        let story: Int
        let shift: Int
        let steps: Int
    }

    /// A case in progress.
    struct Active {
        let story: DemoStory
        let shift: Int
        let steps: Int
        var next = 0
        var state = CaseState()
        var version: Int64 = 0
    }

    /// The case reference of the `index`th case (from 0): `C-100000`, `C-100001`, ….
    public static func caseId(_ index: Int) -> String { "C-\(100_000 + index)" }

    /// Creates a ledger at `path` (a new or empty directory) holding `cases` synthetic cases
    /// drawn with `seed`. About 13 events a case (a fifth stop early): 80,000 cases make about 1,000,000
    /// events.
    ///
    /// - Throws: `LedgerError` when the ledger cannot be created or written; `DemoError` when
    ///   the staff register or a configuration is refused.
    @discardableResult
    public static func write(to path: String, cases: Int, seed: UInt64) throws -> SyntheticSummary {
        let ledger = try Ledger.create(at: path)
        // The same bytes for the same seed and size: salts from the seed, UNSAFE for real records
        // (an erased low-entropy value could be guessed); a synthetic caseload holds no one's.
        ledger.saltSource = .unsafeDeterministicSalts(seed: seed ^ 0x5A17_5A17_0000_0001)
        let ids = DemoEventIDs(seed: seed ^ 0x5EED_CA5E_0000_0001)
        let random = DemoEventIDs(seed: seed)
        let service = CaseService(ledger: ledger, eventIDs: { ids.nextID() })
        try setUp(service)
        let staff = try service.staffRegister()

        let mix = Self.mix
        let templates = mix.map { $0.story() }
        let spanDays = min(730, max(28, cases / 50))
        var plans: [Plan] = []
        var buckets: [CalendarDate: [Int]] = [:]
        for i in 0..<cases {
            var pick = Int(random.next() % 100), story = 0
            while pick >= mix[story].weight { pick -= mix[story].weight; story += 1 }
            let shift = i * spanDays / max(cases, 1) + Int(random.next() % 14)
            let count = templates[story].steps.count
            let steps = Int(random.next() % 100) < stoppedEarly ? 1 + Int(random.next() % UInt64(count - 1)) : count
            plans.append(Plan(story: story, shift: shift, steps: steps))
            buckets[templates[story].steps[0].recordedOn.adding(days: shift), default: []].append(i)
        }

        var summary = SyntheticSummary(cases: cases, events: 0, refusedSteps: 0)
        var active: [Int: Active] = [:]
        var configurations: [CalendarDate: Configuration] = [:]
        let secondConfiguration = day("2026-03-16")
        var secondPublished = false
        guard var today = buckets.keys.min() else { return finished(ledger, summary) }
        while !buckets.isEmpty {
            if !secondPublished && today >= secondConfiguration {
                try publish(DemoConfiguration.england2026, service, at: DemoLedger.time(secondConfiguration.iso, hour: 8, minute: 30))
                secondPublished = true
            }
            guard let due = buckets.removeValue(forKey: today) else { today = today.adding(days: 1); continue }
            let now = Timestamp(microsecondsSinceEpoch: today.startOfDay.microsecondsSinceEpoch + 17 * 3_600_000_000)
            let configuration = try configurations[today] ?? { () throws -> Configuration in
                guard let c = try service.configuration(inForceAt: now)?.configuration else {
                    throw DemoError(stream: Streams.configuration, recordedAt: now.rfc3339, error: .configurationMissing(on: today))
                }
                configurations[today] = c
                return c
            }()
            var batch: [NewEvent] = []
            let base = ledger.headSeq
            for i in due.sorted() {
                var c = active.removeValue(forKey: i) ?? {
                    let p = plans[i]
                    return Active(story: DemoShift.$days.withValue(p.shift) { mix[p.story].story() }, shift: p.shift, steps: p.steps)
                }()
                var refused = false
                while c.next < c.steps, c.story.steps[c.next].recordedOn == today {
                    let step = c.story.steps[c.next]
                    let state = c.state
                    let command = DemoShift.$days.withValue(c.shift) { step.command(state) }
                    let context = DecisionContext(actor: step.actor, now: now, staff: staff, configuration: configuration)
                    guard let events = try? decide(command, c.state, context) else { refused = true; break }
                    for e in events {
                        let id = ids.nextID()
                        batch.append(NewEvent(
                            id: id, stream: caseId(i), type: e.typeName, schema: Int64(e.schemaVersion), actor: step.actor,
                            payload: e.payload, expectedVersion: .exactly(c.version)))
                        c.version += 1
                        c.state = evolve(c.state, RecordedCaseEvent(
                            seq: base + Int64(batch.count), id: id.description, stream: caseId(i), recordedAt: now, actor: step.actor, event: e))
                    }
                    c.next += 1
                }
                if refused { summary.refusedSteps += 1; continue }
                if c.next < c.steps {
                    buckets[c.story.steps[c.next].recordedOn, default: []].append(i)
                    active[i] = c
                }
            }
            if !batch.isEmpty {
                try ledger.append(batch, clock: { now })
                summary.firstDay = summary.firstDay ?? today
                summary.lastDay = today
            }
            today = today.adding(days: 1)
        }
        return finished(ledger, summary)
    }

    /// The summary, with the ledger's index cache saved to the head (the writer saves it every
    /// 4,096 events by itself), so a reader opening the new ledger reads no event to complete it.
    private static func finished(_ ledger: Ledger, _ summary: SyntheticSummary) -> SyntheticSummary {
        ledger.saveIndex()
        var s = summary
        s.events = ledger.headSeq
        return s
    }

    /// Records the staff register and the 2025-26 configuration, as the demo does.
    private static func setUp(_ service: CaseService) throws {
        let at = DemoLedger.time(DemoStaff.setUpOn, hour: 8, minute: 30)
        do throws(ServiceError) {
            try service.recordStaff(DemoStaff.commands, actor: DemoStaff.administrator, now: at)
        } catch {
            throw DemoError(stream: Streams.staff, recordedAt: at.rfc3339, error: error)
        }
        try publish(DemoConfiguration.england2025, service, at: DemoLedger.time(DemoStaff.setUpOn, hour: 8, minute: 45))
    }

    private static func publish(_ publication: ConfigurationPublished, _ service: CaseService, at: Timestamp) throws {
        do throws(ServiceError) {
            try service.publishConfiguration(publication, actor: DemoStaff.administrator, now: at)
        } catch {
            throw DemoError(stream: Streams.configuration, recordedAt: at.rfc3339, error: error)
        }
    }
}
