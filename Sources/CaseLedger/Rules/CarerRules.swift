// issue 15: carers
// The carer's case and the cared-for person's case, and the offer of a carer's assessment: the one
// home of these rules, used by `decide` (refusing a link or an offer), the caseload (the offer
// due), the compliance check (the offer never made, or made late) and the trail (what each copy
// shows of a link).
//
// Design. Cases live on separate streams and `decide` sees one case. A link is recorded on both
// cases in one batch by `CaseService`: it reads the other case, passes what the rules need of it
// (`LinkedCaseFacts`: whether it is opened, its kind, whether it is closed) in the decision
// context, decides the link on this case, then decides the mirror (`CarerLinked.mirror`) on the
// other with this case's facts. Each case records the other's id, the relationship and the
// consent each person gave to share particular information; never anything else of the other
// person. The offer of a carer's assessment is recorded on the case of the person cared for, where
// the carer appears (a needs assessment or a referral names them), before any carer's case exists.

/// What `decide` is told of another case a command names: read by the service, never by the
/// domain.
public struct LinkedCaseFacts: Hashable, Sendable {
    /// The case id.
    public var caseId: String
    /// Adult or carer; nil when the stream holds no case (never opened).
    public var kind: CaseKind?
    /// True while the case is closed.
    public var isClosed: Bool

    /// Facts of another case.
    public init(caseId: String, kind: CaseKind?, isClosed: Bool) {
        self.caseId = caseId
        self.kind = kind
        self.isClosed = isClosed
    }

    /// The facts of `state`, the case `caseId` as read.
    public init(caseId: String, state: CaseState) {
        self.init(caseId: caseId, kind: state.kind, isClosed: state.isClosed)
    }
}

extension CarerLinked {
    /// The same link as recorded on the other case: naming `caseId` (this case) of `kind`, with
    /// the same relationship, consent and metadata.
    public func mirror(caseId: String, kind: CaseKind) -> CarerLinked {
        CarerLinked(
            metadata: metadata, linkedCaseId: caseId, linkedCaseKind: kind, relationship: relationship,
            carerConsentsToShare: carerConsentsToShare, caredForConsentsToShare: caredForConsentsToShare)
    }

    /// True on the cared-for person's case (the linked case is the carer's).
    public var isOnCaredForCase: Bool { linkedCaseKind == .carer }

    /// What the other person consented to share with the person whose case this is.
    public var sharedWithThisPerson: [String] { isOnCaredForCase ? carerConsentsToShare : caredForConsentsToShare }
    /// What the person whose case this is consented to share with the other.
    public var sharedByThisPerson: [String] { isOnCaredForCase ? caredForConsentsToShare : carerConsentsToShare }
}

/// The rules of carers' cases and the carer's assessment offer.
public enum CarerRules {
    /// The breach of the linking rules, nil when `link` may be recorded on `caseId` (of `kind`)
    /// given `other`, what was read of the linked case: the other case exists and is open, is
    /// not this case, and one of the two is a carer's case and the other an adult's, as the link
    /// says; the relationship is given.
    ///
    /// Source: Care Act 2014 s10 (a carer's assessment of a carer of an adult), s20 (support to
    /// a carer of an adult); DOMAIN.md, "Carers": the cases are linked, neither person's
    /// information disclosed to the other without consent.
    public static func linkBreach(
        _ link: CarerLinked, caseId: String, caseName: String? = nil, kind: CaseKind?, other: LinkedCaseFacts?
    ) -> Rejection? {
        let name = caseName ?? caseId
        guard link.linkedCaseId != caseId else {
            return Rejection(.carerLinkCaseUnknown, "\(name) cannot be linked to itself: a carer's case is linked to the case of the person they care for")
        }
        guard let other, other.caseId == link.linkedCaseId, let otherKind = other.kind else {
            return Rejection(.carerLinkCaseUnknown,
                "\(name) cannot be linked to \(link.linkedCaseId): there is no case \(link.linkedCaseId) on this ledger; open it with a referral first")
        }
        guard !other.isClosed else {
            return Rejection(.carerLinkCaseUnknown,
                "\(name) cannot be linked to \(link.linkedCaseId): case \(link.linkedCaseId) is closed; reopen it first")
        }
        guard let kind, kind != otherKind else {
            let both = otherKind == .carer ? "carers' cases" : "adults' cases"
            return Rejection(.carerLinkKindMismatch,
                "\(name) and \(link.linkedCaseId) are both \(both): a link joins a carer's case to the case of the adult they care for")
        }
        guard otherKind == link.linkedCaseKind else {
            return Rejection(.carerLinkKindMismatch,
                "\(link.linkedCaseId) is \(otherKind == .carer ? "a carer's" : "an adult's") case, not \(link.linkedCaseKind == .carer ? "a carer's" : "an adult's"); give linkedCaseKind \(otherKind.rawValue)")
        }
        guard !link.relationship.isBlank else {
            return Rejection(.carerLinkKindMismatch,
                "the link of \(name) and \(link.linkedCaseId) needs the relationship: the carer's relationship to the person cared for, e.g. \"mother\"")
        }
        return nil
    }

    /// The breach of the offer rules, nil when `offer` may be recorded on `state`: on an adult's
    /// case (the person cared for); an offer id not used, or used by an offer to the same carer
    /// not yet answered (this records the answer); a refusal with the carer's own words.
    ///
    /// Source: Care Act 2014 s10(1), (3) (the duty to offer), s10(7) (a refusal).
    public static func offerBreach(_ offer: CarersAssessmentOffered, state: CaseState) -> Rejection? {
        let caseName = state.caseId ?? "the case"
        guard state.kind == .adult else {
            return Rejection(.carersAssessmentOfferInvalid,
                "a carer's assessment is offered on the case of the person cared for, where the carer appears; \(caseName) is a carer's own case, where the carer's assessment itself is recorded", source: "Care Act 2014 s10(1)")
        }
        if let earlier = state.carersAssessmentOffers[offer.offerId] {
            guard earlier.response == .notYetAnswered else {
                return Rejection(.carersAssessmentOfferInvalid,
                    "offer \(offer.offerId) to \(earlier.carerName) was \(earlier.response == .accepted ? "accepted" : "refused") on \(earlier.metadata.effectiveDate.words); record a new offer under a new id", source: "Care Act 2014 s10(7)")
            }
            guard earlier.carerName == offer.carerName, offer.response != .notYetAnswered else {
                return Rejection(.carersAssessmentOfferInvalid,
                    "offer \(offer.offerId) was made to \(earlier.carerName) and is not yet answered; record \(earlier.carerName)'s answer under it, or a new offer under a new id", source: "Care Act 2014 s10")
            }
        }
        if offer.carerName.isBlank {
            return Rejection(.carersAssessmentOfferInvalid, "offer \(offer.offerId) needs the carer's name", source: "Care Act 2014 s10(1)")
        }
        if offer.response == .refused, offer.carersWords?.isBlank ?? true {
            return Rejection(.carersAssessmentRefusalWords,
                "\(offer.carerName)'s refusal of a carer's assessment (offer \(offer.offerId)) is recorded with \(offer.carerName)'s own words (carersWords): the refusal ends the duty unless circumstances change or the carer asks later", source: "Care Act 2014 s10(7)")
        }
        return nil
    }


    /// The fields of an offer withheld from the copy of the person cared for (the carer's answer
    /// and their words are the carer's information): marked restricted when the offer is
    /// recorded (the words when given).
    public static let carersOwnFields = ["response", "carersWords"]

    /// Every carer who appears on `events` (a case's events in recorded order; a correction
    /// counts as the event it puts in place, and an event whose id is a key of `superseded` is
    /// passed over): each named as a participant with the role `carer` in a needs assessment, or
    /// as the referrer of a referral made by a carer, with the first event naming them; with
    /// the offers recorded for them (names compared ignoring case and surrounding spaces), in
    /// order of first appearance. Empty on a carer's own case.
    ///
    /// Source: Care Act 2014 s10(1), (3): the duty arises where it appears that a carer may
    /// have needs for support.
    public static func carers(in events: [RecordedCaseEvent], superseded: [String: String] = [:]) -> [CarerAppearance] {
        var out: [CarerAppearance] = []
        func key(_ name: String) -> String { name.trimmedOfSpaces.lowercased() }
        func appear(_ name: String, _ e: RecordedCaseEvent) {
            guard !name.isBlank, !out.contains(where: { key($0.carerName) == key(name) }) else { return }
            out.append(CarerAppearance(carerName: name.trimmedOfSpaces, appeared: e))
        }
        for e in events {
            if !superseded.isEmpty, superseded[e.id] != nil { continue }
            var event = e.event
            if case .eventCorrected(let c) = e.event { event = c.corrected }
            switch event {
            case .referralReceived(let r):
                if r.caseKind == .carer { return [] }
                if r.source == .carer, let name = r.referrerName { appear(name, e) }
            case .needsAssessed(let a):
                for p in a.participants where p.role == .carer { appear(p.name, e) }
            case .carersAssessmentOffered(let o):
                appear(o.carerName, e)
                if let i = out.firstIndex(where: { key($0.carerName) == key(o.carerName) }) { out[i].offers.append(CarerOffer(event: e, offer: o)) }
            default: break
            }
        }
        return out
    }

    /// The offers of a carer's assessment due on `events` (see `carers(in:)`): each carer with
    /// no offer recorded, due `period` after they first appeared. A carer who refused is not
    /// due another (s10(7)) until they ask.
    ///
    /// Source: Care Act 2014 s10(1), (3); the period is `Configuration.carersAssessmentOfferPeriod`
    /// (the Act sets none: a default for a council to confirm).
    public static func offersDue(in events: [RecordedCaseEvent], superseded: [String: String] = [:], period: Period) -> [CarerOfferDue] {
        carers(in: events, superseded: superseded).compactMap { c in
            guard c.offers.isEmpty else { return nil }
            return CarerOfferDue(carer: c, due: period.after(c.appeared.effectiveDate))
        }
    }
}

/// A carer named on the case of the person they care for, and the offers made to them.
public struct CarerAppearance: Hashable, Sendable {
    /// The carer's name as first recorded.
    public var carerName: String
    /// The event that first named them.
    public var appeared: RecordedCaseEvent
    /// The offers of a carer's assessment recorded for them, in order, with their events.
    public var offers: [CarerOffer] = []

    /// The carer's latest answer: nil when no offer was made.
    public var latestResponse: CarersAssessmentResponse? { offers.last?.offer.response }
}

/// An offer of a carer's assessment as recorded.
public struct CarerOffer: Hashable, Sendable {
    /// The event recording it.
    public var event: RecordedCaseEvent
    /// The offer.
    public var offer: CarersAssessmentOffered
}

/// An offer of a carer's assessment not yet recorded, and the day it is due.
public struct CarerOfferDue: Hashable, Sendable {
    /// The carer.
    public var carer: CarerAppearance
    /// The day the offer is due.
    public var due: CalendarDate
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmedOfSpaces: String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(drop(while: blank).reversed().drop(while: blank).reversed())
    }
}
