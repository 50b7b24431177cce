import CaseLedger
import CaseLedgerTestSupport
import LedgerJSON
import Testing

// issue 17: retention
/// Retention periods, legal holds and the erasure decision (`RetentionRules`): given a case, when
/// its retention is reviewed or its erasure decided, then the due day, the holds and the refusals.
@Suite("Retention periods, legal holds and erasure")
struct RetentionRuleTests {
    static let tm = TestStaff.teamManager

    /// An adult case assessed, closed on 1 October 2026, a written notice sent on 5 October 2026.
    static let assessedAndClosed: TestCase = {
        var c = TestCase()
        c.record(Make.referral(name: "Mrs H"))
        c.record(Make.allocate())
        c.record(.assessNeeds(Make.needsAssessment(notAchieved: [.managingNutrition: [.cannotWithoutAssistance]])))
        c.record(Make.close(.supportDeclined, date: "2026-10-01"))
        return c
    }()

    @Test("given an initial contact closed on 1 April 2026, then its records fall due 2 years after the last contact, on 1 April 2028")
    func initialContactTwoYears() throws {
        let c = CaseRuleTable.closedContact
        #expect(RetentionRules.recordKinds(c.state) == [.initialContact])
        let clock = try #require(RetentionRules.governing(c.state, c.configuration))
        #expect(clock.due == day("2028-04-01"))
        #expect(RetentionRules.review(c.state, on: day("2028-03-31"), c.configuration).standing == .retained)
        #expect(RetentionRules.review(c.state, on: day("2028-04-01"), c.configuration).standing == .due)
    }

    @Test("given an assessed adult case closed on 1 October 2026, then it is an adult case kept 8 years after the last contact")
    func adultCaseEightYears() throws {
        let c = Self.assessedAndClosed
        #expect(RetentionRules.recordKinds(c.state) == [.adultCase])
        let clock = try #require(RetentionRules.governing(c.state, c.configuration))
        #expect(clock.due == day("2034-10-01"))
        #expect(clock.ruleWords.hasPrefix("adult case: 8 years after the last contact ("))
        c.when(Make.erase(date: "2034-09-30"), by: Self.tm).thenRejected(.erasureNotDue, containing: "1 October 2034")
        c.when(Make.erase(date: "2034-10-01"), by: Self.tm).thenAccepted()
    }

    @Test("given a closed case, when a complaint is received and answered, then its 6 years from closure govern only when they end later")
    func complaintAddsItsClock() throws {
        let answered = CaseRuleTable.closedContact.then(Make.complaint(date: "2026-06-01"), Make.acknowledge(), Make.respond(date: "2026-07-01"), by: TestStaff.complaintsManager)
        #expect(RetentionRules.recordKinds(answered.state) == [.initialContact, .complaint])
        let clock = try #require(RetentionRules.governing(answered.state, answered.configuration))
        #expect(clock.kind == .complaint)
        #expect(clock.due == day("2032-04-01"))
        answered.when(Make.erase(date: "2032-03-31"), by: Self.tm).thenRejected(.erasureNotDue, containing: "complaint: 6 years after closure")
    }

    @Test("given an open complaint, an open challenge or an unanswered subject access request, then erasure is held without any hold placed")
    func openMattersHold() {
        let complaint = CaseRuleTable.closedContact.then(Make.complaint(date: "2026-06-01"), by: TestStaff.complaintsManager)
        #expect(RetentionRules.holds(complaint.state) == [.openComplaint("CO-1")])
        complaint.when(Make.erase(date: "2032-05-01"), by: Self.tm).thenRejected(.erasureUnderHold, containing: "complaint CO-1 is open")
        let challenge = CaseRuleTable.closedContact.then(Make.challenge(date: "2026-05-10"))
        challenge.when(Make.erase(date: "2028-06-01"), by: Self.tm).thenRejected(.erasureUnderHold, containing: "challenge CH-1 is open")
        let access = CaseRuleTable.closedContact.then(Make.accessRequest(date: "2026-06-03"))
        access.when(Make.erase(date: "2028-07-01"), by: Self.tm).thenRejected(.erasureUnderHold, containing: "subject access request SAR-1")
        #expect(RetentionRules.review(access.state, on: day("2028-07-01"), access.configuration).standing == .held)
    }

    @Test("given a legal hold, when a court order is relied on, then erasure is still refused until the hold is lifted")
    func courtOrderDoesNotOverrideAHold() {
        let order = "Order of HHJ Smith, Manchester County Court, 1 May 2026"
        CaseRuleTable.heldContact.when(Make.erase(.courtOrder, courtOrder: order, date: "2026-05-01"), by: Self.tm)
            .thenRejected(.erasureUnderHold, containing: "legal hold LH-1 (a public inquiry")
    }

    @Test("given an open case, when erasure is asked for, then it is refused: records are kept while the council is involved")
    func openCaseIsNotDue() {
        let open = TestCase().then(Make.referral(name: "Mrs J"))
        #expect(RetentionRules.review(open.state, on: day("2040-01-01"), open.configuration).standing == .open)
        open.when(Make.erase(date: "2040-01-01"), by: Self.tm).thenRejected(.erasureNotDue, containing: "is open")
    }

    @Test("given a due case, when a social worker authorises erasure, then it is refused: only a team manager may")
    func authorityToErase() {
        CaseRuleTable.closedContact.when(Make.erase(role: .socialWorker)).thenRejected(.decisionRoleNotAllowed, containing: "teamManager")
    }

    @Test("given a due case, when erasure is authorised, then it names every event and every member but the role and the date, and the rule with its dates")
    func whatIsErased() throws {
        let c = CaseRuleTable.closedContact
        guard case .accepted(let events) = c.when(Make.erase(), by: Self.tm), case .erasureAuthorised(let a) = try #require(events.first) else {
            Issue.record("not an erasure"); return
        }
        #expect(a.erases.map(\.seq) == [1, 2])
        for target in a.erases {
            #expect(!target.parts.contains("/actingRole") && !target.parts.contains("/effectiveDate"))
            #expect(target.parts.contains("/reasons") || target.parts.contains("/notes"))
        }
        #expect(a.erases[0].parts.contains("/customerName"))
        #expect(a.basis == .retentionPeriod)
        #expect(a.dueOn == day("2028-04-01"))
        #expect(a.retentionFrom == day("2026-04-01"))
        #expect(a.retentionRule?.hasPrefix("initial contact: 2 years after the last contact") == true)
    }

    @Test("given every case event type, then what its erasure keeps is declared, and always includes the role and the effective date")
    func everyTypeDeclaresWhatRemains() {
        for (type, e) in GrandTour.oneOfEach {
            var c = TestCase()
            c.given([e.event])
            let targets = RetentionRules.erasureTargets(c.state)
            if type == "erasureAuthorised" { #expect(targets.isEmpty); continue }
            let parts = targets.first?.parts ?? []
            #expect(!parts.contains("/actingRole") && !parts.contains("/effectiveDate"), "\(type)")
            let payload = e.event.payload.objectValue ?? [:]
            let named = parts.map { String($0.dropFirst().split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)[0]) }
            #expect(Set(named).isSubset(of: Set(payload.keys.map(\.string))), "\(type)")
            // As format version 2 divides a payload: a non-empty list is erased element by
            // element (each is a part of its own), anything else as one member.
            for (name, value) in payload where named.contains(name.string) {
                if case .array(let items) = value, !items.isEmpty {
                    #expect(Set(parts.filter { $0.hasPrefix("/\(name)/") }) == Set(items.indices.map { "/\(name)/\($0)" }), "\(type) \(name)")
                    #expect(!parts.contains("/\(name)"), "\(type) \(name)")
                } else {
                    #expect(parts.contains("/\(name)"), "\(type) \(name)")
                }
            }
        }
    }

    @Test("given an erased case, when anything more is recorded, then it is refused; its review says erased")
    func erasedCaseIsFinal() {
        let erased = CaseRuleTable.erasedContact
        erased.when(Make.hold("LH-9"), by: Self.tm).thenRejected(.caseErased)
        erased.when(Make.erase(date: "2028-05-01"), by: Self.tm).thenRejected(.caseErased)
        #expect(RetentionRules.review(erased.state, on: day("2030-01-01"), erased.configuration).standing == .erased)
    }

    @Test("given a legal hold, when it is lifted twice or an unknown hold is lifted, then it is refused")
    func liftingHolds() {
        CaseRuleTable.heldContact.when(Make.liftHold("LH-7"), by: Self.tm).thenRejected(.legalHoldInvalid, containing: "in place: LH-1")
        let lifted = CaseRuleTable.heldContact.then(Make.liftHold(), by: Self.tm)
        lifted.when(Make.liftHold(), by: Self.tm).thenRejected(.legalHoldInvalid, containing: "already lifted")
        #expect(RetentionRules.holds(lifted.state).isEmpty)
    }

    @Test("given an event whose parts were erased, when it is read, then it is an erased event of its type, and evolve folds the case without failing")
    func erasedEventsRead() throws {
        let c = CaseRuleTable.erasedContact
        guard case .erasureAuthorised(let a) = c.recorded.last!.event else { Issue.record("no erasure"); return }
        var history: [RecordedCaseEvent] = []
        for e in c.recorded {
            var payload = e.event.payload.objectValue!
            let parts = a.erases.first { Int64($0.seq) == e.seq }?.parts ?? []
            for p in parts { payload[String(p.dropFirst())] = nil }
            let event = try CaseEvent.decode(type: e.event.typeName, schema: e.event.schemaVersion, payload: .object(payload), erasedParts: parts)
            history.append(RecordedCaseEvent(seq: e.seq, id: e.id, stream: e.stream, recordedAt: e.recordedAt, actor: e.actor, event: event))
        }
        guard case .erased(let referral) = history[0].event else { Issue.record("the referral was not read as erased"); return }
        #expect(referral.originalKind == .referralReceived)
        #expect(history[0].event.typeName == "referralReceived")
        #expect(referral.metadata.effectiveDate == day("2026-04-01"))
        #expect(referral.erasedMembers.contains("customerName"))
        let state = CaseState(rebuiltFrom: history)
        #expect(state.referral == nil)
        #expect(state.history.count == 3)
        #expect(RetentionRules.review(state, on: day("2030-01-01"), c.configuration).standing == .erased)
        // A payload missing a member no erasure names is still damage.
        var damaged = c.recorded[1].event.payload.objectValue!
        damaged["reason"] = nil
        #expect(throws: PayloadDecodingError.self) { try CaseEvent.decode(type: "caseClosed", schema: 1, payload: .object(damaged), erasedParts: []) }
    }
}
