import CaseLedger
import CaseService
import LedgerStore

/// The demo ledger: a realistic council ledger recorded through `CaseService`, so every rule
/// is enforced, with a fixed clock and fixed event ids so every byte is the same on every run
/// (`events/demo` is a copy, and a test checks it still is).
///
/// It records the staff register (3 March 2025), the 2025-26 configuration, the cases in
/// `DemoLedger.cases` interleaved by the day each decision is recorded, and the 2026-27
/// configuration (`events/config/england-2026.json`) in March 2026.
public enum DemoLedger {
    /// The seed of the event ids.
    static let seed: UInt64 = 0x00C0_FFEE_2026_0001

    /// The demo's cases, in order.
    public static var cases: [DemoCase] { stories.map { DemoCase(caseId: $0.caseId, title: $0.title) } }

    /// The stories behind the cases.
    static var stories: [DemoStory] {
        [DemoStories.joe, DemoStories.paul, DemoStories.mrsA, DemoStories.mrsC, DemoStories.mrsE, DemoStories.mrD]
    }

    /// Creates a ledger at `path` (a new or empty directory) and records the demo in it.
    ///
    /// - Returns: the number of events recorded.
    /// - Throws: `LedgerError` when the ledger cannot be created; `DemoError` when a step is
    ///   refused (a bug in the demo).
    @discardableResult
    public static func write(to path: String) throws -> Int64 {
        let ledger = try Ledger.create(at: path)
        // The demo's bytes must be the same on every run (events/demo is checked against them), so
        // its salts come from the seed: UNSAFE for any real ledger (an erased low-entropy value could
        // be guessed against its digest); the demo holds no one's records.
        ledger.saltSource = .unsafeDeterministicSalts(seed: seed)
        let ids = DemoEventIDs(seed: seed)
        let service = CaseService(ledger: ledger, eventIDs: { ids.nextID() })
        for item in schedule() {
            do throws(ServiceError) {
                try item.run(service, item.time)
            } catch {
                throw DemoError(stream: item.stream, recordedAt: item.time.rfc3339, error: error)
            }
        }
        return ledger.headSeq
    }

    /// One thing to record at a time.
    struct Scheduled {
        let time: Timestamp
        let stream: String
        let run: (CaseService, Timestamp) throws(ServiceError) -> Void
    }

    /// Everything to record, in order of time. A case's decisions recorded on one day are a few
    /// minutes apart from 09:00, each case in its own part of the day.
    static func schedule() -> [Scheduled] {
        var items: [Scheduled] = [
            Scheduled(time: time(DemoStaff.setUpOn, hour: 8, minute: 30), stream: Streams.staff) { service, now throws(ServiceError) in
                try service.recordStaff(DemoStaff.commands, actor: DemoStaff.administrator, now: now)
            },
            Scheduled(time: time(DemoStaff.setUpOn, hour: 8, minute: 45), stream: Streams.configuration) { service, now throws(ServiceError) in
                try service.publishConfiguration(DemoConfiguration.england2025, actor: DemoStaff.administrator, now: now)
            },
            Scheduled(time: time("2026-03-16", hour: 8, minute: 30), stream: Streams.configuration) { service, now throws(ServiceError) in
                try service.publishConfiguration(DemoConfiguration.england2026, actor: DemoStaff.administrator, now: now)
            },
        ]
        for (index, story) in stories.enumerated() {
            var previous: CalendarDate?
            var sameDay = 0
            for step in story.steps {
                sameDay = step.recordedOn == previous ? sameDay + 1 : 0
                previous = step.recordedOn
                let at = time(step.recordedOn.iso, hour: 9, minute: index * 40 + sameDay * 4)
                items.append(Scheduled(time: at, stream: story.caseId) { service, now throws(ServiceError) in
                    let state = CaseState(rebuiltFrom: try service.caseEvents(story.caseId))
                    try service.record(step.command(state), case: story.caseId, actor: step.actor, now: now)
                })
            }
        }
        return items.enumerated().sorted { a, b in
            a.element.time == b.element.time ? a.offset < b.offset : a.element.time < b.element.time
        }.map(\.element)
    }

    /// `hour`:`minute` UTC on `date`.
    static func time(_ date: String, hour: Int, minute: Int) -> Timestamp {
        Timestamp(microsecondsSinceEpoch: day(date).startOfDay.microsecondsSinceEpoch + Int64(hour * 60 + minute) * 60_000_000)
    }
}
