// When a written notice is due: the one home of the eligibility notice rule, used by the caseload
// (the notice due) and the compliance check (the notice never recorded). The withdrawal notice:
// `CaseState.withdrawalAwaitingNotice`.

/// An eligibility determination with no written notice recorded after it on the same
/// assessment.
public struct DeterminationAwaitingNotice: Hashable, Sendable {
    /// The determination as recorded (or the correction that put it in place).
    public var event: RecordedCaseEvent
    /// The determination (the corrected one for a correction).
    public var determination: EligibilityDetermined

    /// The day the notice is due: the law sets no period, so the determination's effective
    /// date; overdue from the day after.
    ///
    /// Source: Care Act 2014 s13(2) (a written record of the determination and its reasons),
    /// s13(5) (advice and information where no needs are eligible).
    public var due: CalendarDate { determination.metadata.effectiveDate }

    /// A determination awaiting its notice.
    public init(event: RecordedCaseEvent, determination: EligibilityDetermined) {
        self.event = event
        self.determination = determination
    }
}

extension CaseState {
    /// Every eligibility determination in `events` (a case's events in recorded order) with no
    /// written notice on the same assessment recorded after it, in recorded order. A correction
    /// counts as the event it puts in place; an event whose id is a key of `superseded` (a later
    /// correction replaced it) is passed over.
    ///
    /// Source: Care Act 2014 s13(2).
    public static func determinationsAwaitingNotice(
        in events: [RecordedCaseEvent], superseded: [String: String] = [:]
    ) -> [DeterminationAwaitingNotice] {
        // From the last event back, the assessments a notice was recorded for later (a case has
        // few: a list, no hashing). Events are read in place, by index.
        var noticed: [String] = []
        var found: [DeterminationAwaitingNotice] = []
        func consider(_ event: CaseEvent, at i: Int) {
            switch event {
            case .eligibilityNoticeSent(let n): noticed.append(n.assessmentId)
            case .eligibilityDetermined(let d) where !noticed.contains(d.assessmentId):
                found.append(DeterminationAwaitingNotice(event: events[i], determination: d))
            default: break
            }
        }
        for i in events.indices.reversed() {
            switch events[i].kind {
            case .eligibilityDetermined, .eligibilityNoticeSent, .eventCorrected: break
            default: continue
            }
            if !superseded.isEmpty, superseded[events[i].id] != nil { continue }
            if events[i].kind == .eventCorrected, case .eventCorrected(let c) = events[i].event {
                consider(c.corrected, at: i)
            } else {
                consider(events[i].event, at: i)
            }
        }
        found.reverse()
        return found
    }

    /// The determinations of this case awaiting a written notice
    /// (`determinationsAwaitingNotice(in:superseded:)` over the history, corrections applied),
    /// the last on each assessment only, in recorded order.
    public var eligibilityNoticesDue: [DeterminationAwaitingNotice] {
        let all = Self.determinationsAwaitingNotice(in: history, superseded: corrections)
        guard all.count > 1 else { return all }
        // A case has few: a list scan, no hashing.
        var last: [DeterminationAwaitingNotice] = []
        for d in all.reversed() where !last.contains(where: { $0.determination.assessmentId == d.determination.assessmentId }) {
            last.append(d)
        }
        last.reverse()
        return last
    }
}

// issue 15: notices
// Every other written notice a decision needs (`NoticeSent`): the one home of which decision
// needs which notice, due when, and what every notice must state. `decide` (sendNotice), the
// caseload (the notice due), compliance (the decision without its notice) and the trail ("What
// the person was told") all ask it. The eligibility notice (above) and the withdrawal notice
// (`CaseState.withdrawalAwaitingNotice`) keep their own events.

/// The written notice a kind of decision needs: the subjects a notice of it may have, what the
/// decision is in the person's words, and the source requiring the notice.
public struct NoticeRequirement: Hashable, Sendable {
    /// The subjects a notice of the decision may have; the first is the one it needs.
    public let subjects: [NoticeSubject]
    /// The decision in words, e.g. "the financial assessment".
    public let decision: String
    /// The law or policy requiring the notice, quoted as a reader cites it.
    public let source: String

    /// The notice a decision of `kind` needs, or nil when it needs none of its own (the
    /// eligibility determination and the withdrawal of services have their own notice events).
    /// A correction counts as the event it puts in place: ask with the corrected event's kind.
    public static func of(_ kind: CaseEvent.Kind) -> NoticeRequirement? {
        switch kind {
        case .needsAssessed: needsAssessment
        case .carersAssessed: carersAssessment
        case .financialAssessmentCompleted: financialAssessment
        case .personalBudgetSet: personalBudget
        case .planSignedOff: planSignedOff
        case .planSignOffRefused: planSignOffRefused
        case .directPaymentRefused: directPaymentRefused
        case .directPaymentTerminated: directPaymentTerminated
        default: nil
        }
    }

    /// A copy of the needs assessment.
    static let needsAssessment = NoticeRequirement(
        subjects: [.assessmentCopy], decision: "the needs assessment",
        source: "Care Act 2014 s12(3)")
    /// A copy of the carer's assessment.
    static let carersAssessment = NoticeRequirement(
        subjects: [.assessmentCopy], decision: "the carer's assessment",
        source: "Care Act 2014 s12(4)")
    /// The financial assessment: the contribution and how it was worked out.
    static let financialAssessment = NoticeRequirement(
        subjects: [.financialAssessment], decision: "the financial assessment",
        source: "Care and Support (Charging and Assessment of Resources) Regulations 2014 [check] the regulation number")
    /// The personal budget, or the change to it.
    static let personalBudget = NoticeRequirement(
        subjects: [.personalBudget, .planOrBudgetChanged], decision: "the personal budget",
        source: "Care Act 2014 s26, s27")
    /// A copy of the signed-off plan, or of the changed plan.
    static let planSignedOff = NoticeRequirement(
        subjects: [.supportPlanCopy, .planOrBudgetChanged], decision: "the sign-off of the support plan",
        source: "Care Act 2014 s25(9), s27")
    /// Why the plan was not signed off.
    static let planSignOffRefused = NoticeRequirement(
        subjects: [.planSignOffRefused], decision: "the refusal to sign off the support plan",
        source: "LGSCO principles of good administrative practice (giving reasons for decisions); Wiltshire SDS policy 2014 (the council signs off support plans)")

    /// Why a direct payment was refused: written reasons.
    static let directPaymentRefused = NoticeRequirement(
        subjects: [.directPaymentRefused], decision: "the refusal of a direct payment",
        source: "Care and Support (Direct Payments) Regulations 2014 (refusals with written reasons)")
    /// Why the direct payment was ended: written reasons.
    static let directPaymentTerminated = NoticeRequirement(
        subjects: [.directPaymentTerminated], decision: "the ending of the direct payment",
        source: "Care and Support (Direct Payments) Regulations 2014 (terminations with written reasons)")

    /// The notices' own source: the written records and copies the Care Act and the charging
    /// regulations require.
    public static let noticesSource = "Care Act 2014 s12(3), s25(9), s26; Care and Support (Charging and Assessment of Resources) Regulations 2014"

    /// The source of stating what was decided and why.
    public static let reasonsSource = "LGSCO principles of good administrative practice (giving reasons for decisions)"

    /// For a kind of decision with a notice event of its own, that event in words.
    public static func ownNotice(_ kind: CaseEvent.Kind) -> String? {
        switch kind {
        case .eligibilityDetermined: "an eligibility determination's notice is recorded with sendEligibilityNotice"
        case .withdrawalDecided: "a withdrawal's notice is recorded with sendWithdrawalNotice"
        default: nil
        }
    }


    /// The rights every written notice states: how to challenge the decision, how to complain,
    /// and that the Ombudsman can look at a complaint once the council's procedure is finished.
    public static let rightsSource = "LGSCO guidance on council complaints and decision letters; Care Act 2014 statutory guidance"

    /// The rights of `NoticeRight` that `stated` leaves out, in order: every letter states all
    /// three. Source: `rightsSource`.
    public static func rightsMissing(_ stated: [NoticeRight]) -> [NoticeRight] {
        NoticeRight.allCases.filter { !stated.contains($0) }
    }

    /// The day the notice of `decision` (as recorded) is due: the law sets no period, so the
    /// later of the decision's effective date and the day it was recorded (a back-dated decision
    /// is told of when made), plus the days the configuration gives the requirement's subject
    /// (`Configuration.noticeDays`, none unless configured); overdue from the day after.
    public func due(of decision: RecordedCaseEvent, effectiveDate: CalendarDate, configuration: Configuration) -> CalendarDate {
        let recorded = CalendarDate(decision.recordedAt)
        let from = recorded > effectiveDate ? recorded : effectiveDate
        return from.adding(days: configuration.noticeDays(for: subjects[0]))
    }
}

/// A decision of a case with no written notice (`NoticeSent`) recorded telling of it.
public struct DecisionAwaitingNotice: Hashable, Sendable {
    /// The decision as recorded (or the correction that put it in place).
    public var event: RecordedCaseEvent
    /// The decision (the corrected one for a correction).
    public var decision: CaseEvent
    /// The notice it needs.
    public var requirement: NoticeRequirement
    /// The day the notice is due (`NoticeRequirement.due`).
    public var due: CalendarDate

    /// A decision awaiting its notice.
    public init(event: RecordedCaseEvent, decision: CaseEvent, requirement: NoticeRequirement, due: CalendarDate) {
        self.event = event
        self.decision = decision
        self.requirement = requirement
        self.due = due
    }

    /// The decision in words with its id and effective date: "the financial assessment F-1 of
    /// 6 April 2026".
    public var words: String { NoticeRequirement.describe(decision, requirement) }
}

extension NoticeRequirement {
    /// `decision` (of a kind needing `requirement`) in words, with its id and effective date.
    public static func describe(_ decision: CaseEvent, _ requirement: NoticeRequirement) -> String {
        let on = decision.effectiveDate.words
        switch decision {
        case .needsAssessed(let p): return "the needs assessment \(p.assessmentId) of \(on)"
        case .carersAssessed(let p): return "the carer's assessment \(p.assessmentId) of \(on)"
        case .financialAssessmentCompleted(let p): return "the financial assessment \(p.financialAssessmentId) of \(on)"
        case .personalBudgetSet(let p): return "the personal budget of \(p.weeklyTotal) a week from \(on)"
        case .planSignedOff(let p): return "the sign-off of plan \(p.planId) version \(p.version) of \(on)"
        case .planSignOffRefused(let p): return "the refused sign-off of plan \(p.planId) version \(p.version) of \(on)"
        default: return "\(requirement.decision) of \(on)"
        }
    }
}

extension CaseState {
    /// Every decision in `events` (a case's events in recorded order) needing a written notice
    /// (`NoticeRequirement.of`) with no `NoticeSent` recorded telling of it, in recorded order,
    /// due under `configuration`. A correction counts as the event it puts in place (its notice
    /// tells of the correction); an event whose id is a key of `superseded` (a later correction
    /// replaced it) is passed over. `told` reads a notice naming one of its keys as telling of
    /// the key's value instead (of nothing for ""): for a view of the history without its
    /// corrections, where a corrected decision stands under another id.
    ///
    /// Source: each requirement's (`NoticeRequirement.source`).
    public static func decisionsAwaitingNotice(
        in events: [RecordedCaseEvent], superseded: [String: String] = [:], told: [String: String] = [:], configuration: Configuration
    ) -> [DecisionAwaitingNotice] {
        // From the last event back, the decisions a notice was recorded for later (a case has
        // few: a list, no hashing). Events are read in place, by index; other kinds are passed
        // over on their kind alone.
        var noticed: [String] = []
        var found: [DecisionAwaitingNotice] = []
        for i in events.indices.reversed() {
            let kind = events[i].kind
            if kind == .noticeSent {
                if case .noticeSent(let n) = events[i].event {
                    let id = told.isEmpty ? n.decisionEventId : told[n.decisionEventId] ?? n.decisionEventId
                    if !id.isEmpty { noticed.append(id) }
                }
                continue
            }
            guard kind == .eventCorrected || NoticeRequirement.of(kind) != nil else { continue }
            if !superseded.isEmpty, superseded[events[i].id] != nil { continue }
            let decision: CaseEvent
            if kind == .eventCorrected, case .eventCorrected(let c) = events[i].event { decision = c.corrected } else { decision = events[i].event }
            guard let requirement = NoticeRequirement.of(decision.kind), !noticed.contains(events[i].id) else { continue }
            found.append(DecisionAwaitingNotice(
                event: events[i], decision: decision, requirement: requirement,
                due: requirement.due(of: events[i], effectiveDate: decision.effectiveDate, configuration: configuration)))
        }
        found.reverse()
        return found
    }

    /// The decisions of this case awaiting a written notice now
    /// (`decisionsAwaitingNotice(in:superseded:configuration:)` over the history, corrections
    /// applied), in recorded order.
    public func noticesDue(configuration: Configuration) -> [DecisionAwaitingNotice] {
        Self.decisionsAwaitingNotice(in: history, superseded: corrections, configuration: configuration)
    }
}

