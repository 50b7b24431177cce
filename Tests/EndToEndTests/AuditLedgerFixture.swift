import CaseLedger
import Foundation
import LedgerStore

/// A small ledger for the audit command's end-to-end tests: a staff register and case C-1001
/// (referral, allocation, needs assessment with a restricted note, eligibility and its notice,
/// the copy of the assessment),
/// every event from `decide`, with a fixed clock and fixed ids.
enum AuditLedgerFixture {
    /// Creates the ledger at `path` (of format version 2 unless told otherwise); `adviceGiven` more
    /// events (information and advice given, one a second from 18:00 on 9 April 2026) follow the
    /// case's six, for a long case.
    static func create(at path: String, formatVersion: Int = 2, adviceGiven: Int = 0) throws {
        let ledger = try Ledger.create(at: path, formatVersion: formatVersion)
        var n: UInt64 = 0
        func id() -> EventID {
            n += 1
            return EventID(high: 0x0000_0000_0000_4000, low: 0x8000_0000_0000_0000 | n)
        }
        func meta(_ role: StaffRole, _ date: String, reasons: [String] = [], notes: [Note] = []) -> DecisionMetadata {
            DecisionMetadata(actingRole: role, effectiveDate: CalendarDate(date)!, reasons: reasons, notes: notes)
        }
        let m = meta(.registerAdministrator, "2025-01-01")
        let staff: [StaffEvent] = [
            .staffAdded(StaffAdded(metadata: m, staffId: "S-1", name: "Sam Patel", team: "North")),
            .staffRoleGranted(StaffRoleGranted(metadata: m, staffId: "S-1", role: .socialWorker)),
        ]
        try ledger.append(staff.map { NewEvent(id: id(), stream: "staff", type: $0.typeName, schema: Int64($0.schemaVersion), actor: "S-9", payload: $0.payload) },
            clock: { Timestamp(rfc3339: "2025-01-01T09:00:00Z")! })
        let register = StaffRegister(staff.enumerated().map { i, e in
            RecordedStaffEvent(seq: Int64(i + 1), id: "x\(i)", recordedAt: Timestamp(rfc3339: "2025-01-01T09:00:00Z")!, actor: "S-9", event: e)
        })
        let config = Configuration(chargingRateTables: [])
        var state = CaseState()
        let commands: [(CaseCommand, String)] = [
            (.receiveReferral(ReferralReceived(
                metadata: meta(.socialWorker, "2026-04-01"), customerName: "Joe Bloggs", caseKind: .adult,
                routeOfAccess: .communityOrOtherRoute, source: .family, referrerName: "his sister",
                presentingNeed: "needs help at home", caredForPerson: nil)), "2026-04-01T17:00:00Z"),
            (.allocateWorker(WorkerAllocated(metadata: meta(.socialWorker, "2026-04-01"), workerId: "S-1")), "2026-04-01T17:01:00Z"),
            (.assessNeeds(NeedsAssessed(
                metadata: meta(.socialWorker, "2026-04-08", reasons: ["assessed at home"],
                    notes: [.opinion("he drinks too much", whose: "a neighbour", restricted: true)]),
                assessmentId: "A-1", needsArisingFromImpairment: true, impairmentOrIllness: "physical disability",
                outcomes: AdultOutcome.allCases.map { AdultOutcomeFinding(outcome: $0, achieved: $0.rawValue.count > 24, grounds: $0.rawValue.count > 24 ? [] : [.cannotWithoutAssistance]) },
                wellbeingImpact: WellbeingImpact(significant: true, description: "isolated"),
                participants: [Participant(name: "Joe", role: .customer)],
                advocacy: AdvocacyConsideration(considered: true, advocateNeeded: false))), "2026-04-08T17:00:00Z"),
            (.determineEligibility(DetermineEligibility(metadata: meta(.socialWorker, "2026-04-09", reasons: ["meets the criteria"]), assessmentId: "A-1", eligible: true)),
             "2026-04-09T17:00:00Z"),
            (.sendEligibilityNotice(EligibilityNoticeSent(
                metadata: meta(.socialWorker, "2026-04-09"), assessmentId: "A-1", format: .largePrint, sentTo: "Joe",
                includesAdviceAndInformation: true)), "2026-04-09T17:01:00Z"),
        ]
        func record(_ command: CaseCommand, _ time: String) throws {
            let now = Timestamp(rfc3339: time)!
            let events = try decide(command, state, DecisionContext(actor: "S-1", now: now, staff: register, configuration: config))
            let results = try ledger.append(events.map {
                NewEvent(id: id(), stream: "C-1001", type: $0.typeName, schema: Int64($0.schemaVersion), actor: "S-1", payload: $0.payload)
            }, clock: { now })
            for (e, r) in zip(events, results) {
                state = evolve(state, RecordedCaseEvent(seq: r.seq, id: r.id.description, stream: "C-1001", recordedAt: now, actor: "S-1", event: e))
            }
        }
        for (command, time) in commands { try record(command, time) }
        // issue 15: notices — the copy of his assessment, so nothing is left due.
        try record(.sendNotice(NoticeSent(
            metadata: meta(.socialWorker, "2026-04-09"), noticeId: "N-1", subject: .assessmentCopy,
            decisionEventId: state.history.first { $0.kind == .needsAssessed }!.id, format: .largePrint, recipient: .person, sentTo: "Joe",
            decisionStated: "you need help at home with most daily tasks", reasonsStated: "what you told us at home on 8 April 2026",
            rightsStated: NoticeRight.allCases)), "2026-04-09T17:02:00Z")
        for n in 0..<adviceGiven {
            try record(.giveInformationAndAdvice(InformationAndAdviceGiven(
                metadata: meta(.socialWorker, "2026-04-09"), topics: ["topic \(n + 1)"], signpostedTo: ["service \(n + 1)"],
                furtherActionNeeded: true)), "2026-04-09T18:\(String(format: "%02d:%02d", n / 60, n % 60))Z")
        }
    }
}
