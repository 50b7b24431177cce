import CaseLedger
import Testing

/// Generates case histories by proposing plausible random commands to `decide` and recording
/// the accepted ones. Rejections are expected (the rules prune the proposals); only decided
/// events are recorded, so every history is one the ledger could hold.
public struct HistoryGenerator: Sendable {
    /// The random source, seeded so a history can be replayed.
    public var rng: SeededGenerator
    /// The case being generated.
    public var c = TestCase()
    /// The working date, moving forward; effective dates are sometimes back-dated from it.
    public var today = day("2026-04-01")
    /// The state after each recorded event (index i: after event i + 1).
    public var states: [CaseState] = []
    /// The last number used by `newId`.
    public var counter = 0

    /// A generator whose choices follow from `seed`.
    public init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    /// A random integer in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    /// True with a probability of `percent` in 100.
    public mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
    /// A random element of `items` (which must not be empty).
    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    /// A fresh id: `prefix`, a hyphen and the next number.
    public mutating func newId(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)-\(counter)"
    }

    /// An effective date: usually today, sometimes back-dated by up to 10 days.
    public mutating func effective() -> String { (chance(25) ? today.adding(days: -int(1...10)) : today).iso }

    /// Proposes `attempts` commands and returns the recorded events.
    public mutating func run(attempts: Int) -> [RecordedCaseEvent] {
        for _ in 0..<attempts {
            today = today.adding(days: int(0...4))
            let (command, actor) = propose()
            let before = c.recorded.count
            if case .accepted(let events) = c.when(command, by: actor) {
                let t = c.nextTime(for: command.metadata.effectiveDate)
                for e in events {
                    c.append(e, actor: actor, at: t)
                    states.append(c.state)
                }
            }
            #expect(c.recorded.count >= before)
        }
        return c.recorded
    }

    /// A random plausible command for the current state, and who gives it.
    public mutating func propose() -> (CaseCommand, String) {
        let s = c.state
        let date = effective()
        let sw = TestStaff.socialWorker
        guard s.isOpened else { return (Make.referral(date: date), sw) }
        let assessments = Array(s.needsAssessments.keys).sorted()
        let planId = s.currentPlanId
        let plan = planId.flatMap { s.plans[$0] }
        // A personal budget for the current plan (or none), usually charging the assessed contribution.
        func budget() -> (CaseCommand, String) {
            let cost = plan?.current.weeklyCost ?? pounds(100)
            let total = cost + Money(pence: Int64(int(0...2_000)))
            let fa = s.contributions.value(on: day(date))
            let customer = fa.map { $0.paysFullCost ? total : min($0.weeklyContribution, total) } ?? .zero
            return (Make.budget(total: total, customer: chance(85) ? customer : pounds(5), planId: planId, date: date,
                role: .teamManager), TestStaff.headOfService)
        }
        switch int(0...23) {
        case 0: return (Make.allocate(pick([sw, TestStaff.nurse]), date: date), sw)
        case 1, 2:
            var notAchieved: [AdultOutcome: [InabilityGround]] = [:]
            for _ in 0..<int(0...4) { notAchieved[pick(AdultOutcome.allCases)] = [pick(InabilityGround.allCases)] }
            return (.assessNeeds(Make.needsAssessment(newId("A"), notAchieved: notAchieved,
                significantImpact: chance(80), date: date)), sw)
        case 3: return (Make.determine(assessments.isEmpty ? "A-0" : pick(assessments), eligible: chance(70), date: date), sw)
        case 4: return (Make.notice(assessments.isEmpty ? "A-0" : pick(assessments), advice: chance(70), date: date), sw)
        case 5:
            return (Make.financial(newId("F"), income: Money(pence: Int64(int(15_000...40_000))),
                capital: Money(pence: Int64(int(0...3_000_000))), date: date), TestStaff.financeOfficer)
        case 6: return chance(50) ? (Make.reablement(newId("R"), date: date), sw)
            : (Make.endReablement(s.reablements.keys.sorted().last ?? "R-0", date: date), sw)
        case 7: return (Make.indicative(Money(pence: Int64(int(10_000...60_000))), date: date), sw)
        case 8, 9:
            var lines: [PlanLine] = []
            for i in 1...int(1...3) {
                lines.append(Make.line("L\(i)", pick([.personalAssistant, .homeCare, .dayOpportunity, .councilProvidedService]),
                    Money(pence: Int64(int(2_000...15_000)))))
            }
            var components = Make.fullComponents()
            if chance(20) { components[pick(PlanComponent.allCases)] = nil }
            let id = (plan != nil && chance(60)) ? planId! : newId("P")
            let content = Make.plan(id, lines: lines, components: components)
            return (plan != nil && id == planId ? Make.revise(content, date: date) : Make.draft(content, date: date), sw)
        case 10, 11:
            return budget()
        case 12, 13:
            // A sign-off is against the plan version's own budget: mostly set it first when the one
            // in force is another plan's or version's (so histories still reach delivery).
            if let planId, let plan, chance(80),
               s.personalBudget.current?.funds(planId: planId, version: plan.currentVersion) != true {
                return budget()
            }
            return (Make.signOff(planId ?? "P-0", version: plan?.currentVersion ?? 1, date: date),
                pick([TestStaff.teamManager, TestStaff.headOfService]))
        case 14:
            let arrangements = (plan?.current.lines ?? []).map {
                Make.arrangement(pick([.directPayment, .managedAccount, .individualServiceFund]), lines: [$0.lineId], weekly: $0.weeklyCost)
            }
            return (Make.deliver(planId ?? "P-0", arrangements, date: date), sw)
        case 15: return (Make.requestReview(newId("RV"), date: date), sw)
        case 16:
            let open = s.reviews.values.filter(\.isOpen).map(\.reviewId).sorted()
            let outcome = pick(ReviewOutcome.allCases)
            return (Make.completeReview(open.first ?? newId("RV"), outcome: outcome,
                stillEligible: outcome != .withdrawalRecommended, date: date), sw)
        case 17:
            if s.withdrawal == nil { return (Make.withdraw(s.lastCompletedReviewId ?? "RV-0", date: date), sw) }
            return (chance(50) ? Make.withdrawalNotice(date: date) : Make.close(date: date), sw)
        case 18: return (s.isClosed ? Make.reopen(date: date) : Make.close(pick([.informationAndAdviceOnly, .movedAway]), date: date,
            receivingCouncil: "Coventry City Council"), sw)
        case 19:
            let open = s.challenges.values.filter(\.isOpen).map(\.raised.challengeId).sorted()
            if open.isEmpty || chance(30) { return (Make.challenge(newId("CH"), date: date), sw) }
            let id = pick(open)
            if chance(30) { return (Make.resolve(id, date: date), sw) }
            if s.challenges[id]?.level == .riskEnablementPanel, chance(50) {
                return (Make.panel(newId("REP"), challenge: id, date: date), TestStaff.panelChair)
            }
            let level = s.challenges[id]?.level ?? .allocatedWorker
            let next = ChallengeLevel.allCases.first { $0.rank == level.rank + 1 } ?? .complaint
            return (Make.escalate(id, to: chance(75) ? next : pick(ChallengeLevel.allCases), date: date), sw)
        case 20:
            let open = s.complaints.values.filter(\.isOpen).map(\.received.complaintId).sorted()
            let cm = TestStaff.complaintsManager
            if open.isEmpty || chance(30) { return (Make.complaint(newId("CO"), matter: today.adding(days: -30).iso, date: date), cm) }
            let id = pick(open)
            return (chance(50) ? Make.acknowledge(id, date: date) : Make.respond(id, date: date), cm)
        case 21: return (Make.bestInterests(newId("BI"), lacksCapacity: chance(80), date: date), sw)
        case 22:
            let target = pick(c.recorded)
            var m = target.event.metadata
            m.effectiveDate = m.effectiveDate.adding(days: int(-5...5))
            m.reasons.append("date recorded in error")
            let corrected = target.event.replacingMetadata(m)
            return (Make.correct(chance(90) ? target.id : "E-0", with: corrected, date: date), sw)
        default:
            return (Make.dispute(chance(90) ? pick(c.recorded).id : "E-0", date: date), sw)
        }
    }
}
