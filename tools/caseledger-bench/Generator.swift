import LedgerJSON
import LedgerStore

/// A small deterministic random generator (SplitMix64): the same seed always gives the same
/// events, so every run of the bench, and every baseline within a run, sees the same data.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// One element of `list`.
    mutating func pick<T>(_ list: [T]) -> T { list[Int(next() % UInt64(list.count))] }

    /// True with probability `percent`/100.
    mutating func chance(_ percent: Int) -> Bool { Int(next() % 100) < percent }
}

/// Synthetic adult-social-care events, as a council's case system would record them: each case
/// (a stream `C-100001`, `C-100002`, …) goes from referral through assessment, eligibility, the
/// person's contribution, a support plan and its sign-off, payments and reviews to closure, about
/// 20 events in all. Several hundred cases are open at once, so one case's events are spread
/// through the log as they would be in a real ledger. Payloads hold dates, amounts in pence,
/// short reasons and policy references; the canonical input line (`caseledger append`'s JSON
/// Lines form, id included) averages about 400 bytes.
struct SyntheticEvents {
    /// How many cases are open at any moment.
    static let openCases = 500
    /// The first case number.
    static let firstCase = 100_001

    private var random: SplitMix64
    private var open: [CaseInProgress] = []
    private var nextCase = firstCase
    /// Events generated so far.
    private(set) var count = 0

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// The stream id of case number `n` (counting from 0).
    static func stream(ofCase n: Int) -> String { "C-\(firstCase + n)" }

    /// The next event.
    mutating func next() -> NewEvent {
        if open.count < Self.openCases {
            open.append(newCase())
        }
        let slot = Int(random.next() % UInt64(open.count))
        var c = open[slot]
        let type = c.plan[c.step]
        c.step += 1
        c.day += random.int(0...6)
        let payload = payload(type, &c)
        let event = NewEvent(
            id: EventID.random(using: &random), stream: c.stream, type: type, schema: 1,
            actor: c.worker, payload: .object(payload))
        if c.step == c.plan.count {
            open[slot] = newCase()
        } else {
            open[slot] = c
        }
        count += 1
        return event
    }

    /// The next `n` events.
    mutating func next(_ n: Int) -> [NewEvent] {
        var out: [NewEvent] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(next()) }
        return out
    }

    /// `event` as one line of `caseledger append` input (canonical JSON, no newline): the body
    /// the SQLite baselines store.
    static func jsonLine(_ event: NewEvent) -> [UInt8] {
        var members: JSONObject = [
            "stream": .string(event.stream), "type": .string(event.type), "schema": .integer(event.schema),
            "actor": .string(event.actor), "data": event.payload,
        ]
        if let id = event.id { members["id"] = .string(id.description) }
        return CanonicalJSON.encode(.object(members))
    }

    // MARK: - Cases

    private struct CaseInProgress {
        let stream: String
        let worker: String
        var plan: [String]
        var step = 0
        /// Days since 1970-01-01 of the latest event.
        var day: Int
        var weeklyBudgetPence: Int
        var weeklyContributionPence: Int
        var paymentNumber = 0
    }

    private mutating func newCase() -> CaseInProgress {
        defer { nextCase += 1 }
        var plan = ["referralReceived", "initialContactMade", "needsAssessmentScheduled", "needsAssessmentCompleted", "eligibilityDetermined"]
        plan += ["financialAssessmentRequested", "contributionAssessed", "indicativeBudgetSet", "planDrafted"]
        if random.chance(35) { plan.append("planRevised") }
        plan += ["planSignedOff", "directPaymentAgreed"]
        for _ in 0..<random.int(3...7) { plan.append("paymentIssued") }
        plan.append("reviewCompleted")
        if random.chance(30) { plan += ["contributionReassessed", "paymentIssued"] }
        if random.chance(15) { plan += ["complaintReceived", "complaintResolved"] }
        if random.chance(40) { plan += ["paymentIssued", "reviewCompleted"] }
        plan.append("caseClosed")
        let budget = random.int(120...1_400) * 100 + random.int(0...99)
        return CaseInProgress(
            stream: "C-\(nextCase)", worker: "S-\(random.int(10...420))", plan: plan,
            day: 19_723 + random.int(0...850),  // 2024-01-01 onwards
            weeklyBudgetPence: budget, weeklyContributionPence: min(budget, random.int(0...180) * 100 + random.int(0...99)))
    }

    // MARK: - Payloads

    private static let referralSources = ["self", "family member", "GP", "hospital discharge team", "community nurse", "housing officer", "police welfare check"]
    private static let referralReasons = [
        "falls at home, struggling with stairs", "carer breakdown after spouse admitted to hospital",
        "discharge from ward 7 with new mobility needs", "self-neglect reported by neighbour",
        "deteriorating memory, missed medication", "request for assessment after stroke",
    ]
    private static let outcomes = [
        "managing and maintaining nutrition", "maintaining personal hygiene", "managing toilet needs",
        "being appropriately clothed", "being able to make use of the home safely", "maintaining a habitable home",
        "developing and maintaining relationships", "accessing work, training or volunteering",
        "making use of facilities in the local community",
    ]
    private static let services = ["home care 14h/week", "day opportunities 2 days", "personal assistant 10h/week", "respite 7 nights/year", "telecare pendant", "meal delivery"]
    private static let reviewOutcomes = ["plan continues unchanged", "budget increased after change in needs", "budget reduced: needs met by community support", "move to residential care considered"]
    private static let complaintTopics = ["late payment to provider", "contribution higher than expected", "missed home care visits", "delay in assessment"]
    private static let closeReasons = ["person moved out of area", "needs met without funded support", "person died", "moved to residential placement", "person declined further support"]
    private static let notes = [
        "Spoke with the person and their daughter; both agree with the outcome.",
        "Person prefers morning visits; key safe code held by the provider.",
        "Interpreter (Polish) used throughout; person understood and agreed.",
        "Advocate present at the meeting; no concerns about capacity noted.",
        "Carer is under strain; carer's assessment offered and booked.",
        "Home is cluttered but safe; occupational therapy referral made.",
        "Decision explained in writing with the right to ask for a review.",
        "Person wishes to stay at home; risks discussed and accepted.",
    ]
    private static let policies = [
        "Care Act 2014 s.9", "Care Act 2014 s.13", "Care Act 2014 s.14", "Care Act 2014 s.24", "Care Act 2014 s.25",
        "Care Act 2014 s.27", "Care and Support (Eligibility Criteria) Regulations 2015 reg.2",
        "Care and Support (Charging and Assessment of Resources) Regulations 2014 reg.7", "CSSG 2024 ch.11 para 11.7",
        "Council charging policy 2025 v3 s.4.2",
    ]

    private func date(_ day: Int) -> JSONValue {
        let (y, m, d) = Timestamp.civilFromDays(Int64(day))
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return .string("\(y)-\(two(m))-\(two(d))")
    }

    private mutating func reference(_ prefix: String) -> JSONValue {
        .string("\(prefix)-\(random.int(100_000...999_999))")
    }

    private mutating func payload(_ type: String, _ c: inout CaseInProgress) -> JSONObject {
        var p: JSONObject = ["recordedBy": .string(c.worker), "team": .string(random.pick(["North locality", "South locality", "Hospital social work", "Reablement", "Transitions"]))]
        if random.chance(80) { p["note"] = .string(random.pick(Self.notes)) }
        switch type {
        case "referralReceived":
            p["receivedOn"] = date(c.day)
            p["source"] = .string(random.pick(Self.referralSources))
            p["reason"] = .string(random.pick(Self.referralReasons))
            p["priority"] = .string(random.pick(["routine", "urgent", "same day"]))
            p["personRef"] = reference("P")
            p["policyRef"] = .string("Care Act 2014 s.9")
        case "initialContactMade":
            p["contactedOn"] = date(c.day)
            p["method"] = .string(random.pick(["telephone", "home visit", "video call"]))
            p["outcome"] = .string("assessment offered and accepted")
            p["consentRecorded"] = .bool(true)
        case "needsAssessmentScheduled":
            p["scheduledFor"] = date(c.day + random.int(3...20))
            p["assessor"] = .string("S-\(random.int(10...420))")
            p["location"] = .string(random.pick(["person's home", "hospital ward", "day centre"]))
            p["advocateRequired"] = .bool(random.chance(20))
        case "needsAssessmentCompleted":
            p["assessedOn"] = date(c.day)
            var chosen: [JSONValue] = []
            for _ in 0..<random.int(2...4) { chosen.append(.string(random.pick(Self.outcomes))) }
            p["outcomesNotAchieved"] = .array(chosen)
            p["carerAssessmentOffered"] = .bool(random.chance(60))
            p["policyRef"] = .string("Care Act 2014 s.9")
        case "eligibilityDetermined":
            p["decidedOn"] = date(c.day)
            p["eligible"] = .bool(true)
            p["outcomesNotAchievedCount"] = .integer(Int64(random.int(2...6)))
            p["wellbeingImpact"] = .string(random.pick(["significant", "significant: risk to safety", "significant: isolation"]))
            p["policyRef"] = .string("Care and Support (Eligibility Criteria) Regulations 2015 reg.2")
        case "financialAssessmentRequested":
            p["requestedOn"] = date(c.day)
            p["formSent"] = .string(random.pick(["FA1 paper", "FA1 online", "FA1 by visiting officer"]))
            p["deadline"] = date(c.day + 28)
            p["policyRef"] = .string("Care Act 2014 s.17")
        case "contributionAssessed", "contributionReassessed":
            if type == "contributionReassessed" { c.weeklyContributionPence = max(0, c.weeklyContributionPence + random.int(-2_000...2_500)) }
            p["assessedOn"] = date(c.day)
            p["weeklyContributionPence"] = .integer(Int64(c.weeklyContributionPence))
            p["weeklyIncomePence"] = .integer(Int64(random.int(18_000...60_000)))
            p["disregardedIncomePence"] = .integer(Int64(random.int(0...9_000)))
            p["capitalPence"] = .integer(Int64(random.int(0...2_300_000) * 100))
            p["minimumIncomeGuaranteePence"] = .integer(21_465)
            p["reason"] = .string(random.pick(["state pension and occupational pension", "benefits only: PIP daily living", "capital below lower limit"]))
            p["policyRef"] = .string("Care and Support (Charging and Assessment of Resources) Regulations 2014 reg.7")
        case "indicativeBudgetSet":
            p["setOn"] = date(c.day)
            p["weeklyBudgetPence"] = .integer(Int64(c.weeklyBudgetPence))
            p["method"] = .string("resource allocation system v4")
            p["policyRef"] = .string("Care Act 2014 s.26")
        case "planDrafted", "planRevised":
            if type == "planRevised" { c.weeklyBudgetPence += random.int(-20...40) * 100 }
            p["draftedOn"] = date(c.day)
            p["weeklyBudgetPence"] = .integer(Int64(c.weeklyBudgetPence))
            p["services"] = .array([.string(random.pick(Self.services)), .string(random.pick(Self.services))])
            p["deliveryRoute"] = .string(random.pick(["direct payment", "council-managed", "individual service fund"]))
            p["policyRef"] = .string("Care Act 2014 s.25")
        case "planSignedOff":
            p["signedOffOn"] = date(c.day)
            p["approver"] = .string("M-\(random.int(1...40))")
            p["weeklyBudgetPence"] = .integer(Int64(c.weeklyBudgetPence))
            p["panelRef"] = reference("PNL")
            p["policyRef"] = .string(random.pick(Self.policies))
        case "directPaymentAgreed":
            p["agreedOn"] = date(c.day)
            p["accountRef"] = reference("DP")
            p["weeklyNetPence"] = .integer(Int64(max(0, c.weeklyBudgetPence - c.weeklyContributionPence)))
            p["managedBy"] = .string(random.pick(["person", "nominated person", "managed account provider"]))
            p["policyRef"] = .string("Care Act 2014 s.31")
        case "paymentIssued":
            c.paymentNumber += 1
            p["paidOn"] = date(c.day)
            p["periodFrom"] = date(c.day - 28)
            p["periodTo"] = date(c.day - 1)
            p["amountPence"] = .integer(Int64(max(0, c.weeklyBudgetPence - c.weeklyContributionPence) * 4))
            p["paymentNumber"] = .integer(Int64(c.paymentNumber))
            p["paymentRef"] = reference("PAY")
        case "reviewCompleted":
            p["reviewedOn"] = date(c.day)
            let outcome = random.pick(Self.reviewOutcomes)
            if outcome.hasPrefix("budget increased") { c.weeklyBudgetPence += random.int(5...60) * 100 }
            if outcome.hasPrefix("budget reduced") { c.weeklyBudgetPence = max(5_000, c.weeklyBudgetPence - random.int(5...40) * 100) }
            p["outcome"] = .string(outcome)
            p["weeklyBudgetPence"] = .integer(Int64(c.weeklyBudgetPence))
            p["nextReviewDue"] = date(c.day + 365)
            p["policyRef"] = .string("Care Act 2014 s.27")
        case "complaintReceived":
            p["receivedOn"] = date(c.day)
            p["topic"] = .string(random.pick(Self.complaintTopics))
            p["complaintRef"] = reference("CMP")
            p["stage"] = .integer(1)
        case "complaintResolved":
            p["resolvedOn"] = date(c.day)
            p["upheld"] = .bool(random.chance(40))
            p["remedyPence"] = .integer(random.chance(30) ? Int64(random.int(50...500) * 100) : 0)
            p["policyRef"] = .string("Local Authority Social Services and NHS Complaints Regulations 2009 reg.14")
        default:  // caseClosed
            p["closedOn"] = date(c.day)
            p["reason"] = .string(random.pick(Self.closeReasons))
            p["finalPaymentPence"] = .integer(Int64(random.int(0...3_000) * 100))
        }
        return p
    }
}
