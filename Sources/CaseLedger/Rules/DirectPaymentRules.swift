// What a direct payment may pay for, and when a run of direct payments started: the one home of
// these rules, used by `decide`, the review schedule (`ReviewSchedule`) and the compliance check.

extension Configuration {
    /// True when a direct payment may not pay for a service of `kind`: permanent residential or
    /// nursing care, NHS services and services the council provides, as configured
    /// (`directPaymentExcludedServices`).
    ///
    /// Source: Care and Support (Direct Payments) Regulations 2014 (excluded services); Care Act
    /// 2014 s33.
    public func directPaymentMayNotPay(for kind: ServiceKind) -> Bool {
        directPaymentExcludedServices.contains(kind)
    }
}

extension DeliveryArranged {
    /// True when one of the arrangements is a direct payment.
    public var includesDirectPayment: Bool { arrangements.contains { $0.mechanism == .directPayment } }
}

extension CaseState {
    /// The delivery entry that started the current run of direct payments: the first of the
    /// latest unbroken run of delivery entries that include one. Nil when the current delivery
    /// has none (or services were withdrawn).
    ///
    /// Source: Care and Support (Direct Payments) Regulations 2014 reg 7 (a new direct payment is
    /// reviewed within its first 6 months: the clock runs from the start of the run).
    public var directPaymentRunStart: Dated<DeliveryArranged>? {
        // Entries read in place; only the start is copied out.
        var start: Int?
        for i in delivery.entries.indices {
            if delivery.entries[i].value?.includesDirectPayment ?? false { start = start ?? i } else { start = nil }
        }
        return start.map { delivery.entries[$0] }
    }

    /// When the current run of direct payments started (`directPaymentRunStart`'s date).
    public var directPaymentStart: CalendarDate? { directPaymentRunStart?.effectiveDate }
}

// issue 15: direct payments and capacity
// Who a direct payment may pay, who may receive it, and the agreement in force: the one home of
// these rules, used by `decide`, the fold (a termination), the trail, the panel pack and
// compliance.

extension PayeeRelationship {
    /// True for a spouse, civil partner, partner or close family member: the relationships reg 3
    /// restricts where the payee lives in the same household.
    ///
    /// Source: Care and Support (Direct Payments) Regulations 2014 reg 3.
    public var isSpouseOrCloseFamily: Bool {
        switch self {
        case .spouse, .civilPartner, .partner, .parent, .parentInLaw, .child, .childInLaw, .stepchild,
            .sibling, .auntOrUncle, .grandparent:
            true
        case .otherRelative, .friend, .unrelated: false
        }
    }

    /// The relationship in words ("daughter or son", "friend").
    public var words: String {
        switch self {
        case .spouse: "spouse"
        case .civilPartner: "civil partner"
        case .partner: "partner"
        case .parent: "parent"
        case .parentInLaw: "parent-in-law"
        case .child: "son or daughter"
        case .childInLaw: "son-in-law or daughter-in-law"
        case .stepchild: "stepson or stepdaughter"
        case .sibling: "brother or sister"
        case .auntOrUncle: "aunt or uncle"
        case .grandparent: "grandparent"
        case .otherRelative: "relative"
        case .friend: "friend"
        case .unrelated: "no relation"
        }
    }
}

extension DirectPaymentRecipient {
    /// The recipient in words, with the section that allows it.
    public var words: String {
        switch self {
        case .person: "the person themselves"
        case .nominatedPerson: "a person they nominated (Care Act 2014 s31)"
        case .authorisedPerson: "an authorised person (Care Act 2014 s32)"
        }
    }
}

extension DeliveryArrangement {
    /// True when this is a direct payment to a spouse, civil partner, partner or close family
    /// member living in the same household: reg 3 allows it only where the council decided it is
    /// necessary.
    ///
    /// Source: Care and Support (Direct Payments) Regulations 2014 reg 3.
    public var paysCloseFamilyInHousehold: Bool {
        mechanism == .directPayment && (payeeRelationship?.isSpouseOrCloseFamily ?? false) && payeeLivesInHousehold == true
    }
}

extension DeliveryArranged {
    /// The same delivery with its direct payment arrangements removed (what stays in force after
    /// direct payments are terminated); nil when it has none.
    public var withoutDirectPayments: DeliveryArranged? {
        guard includesDirectPayment else { return nil }
        var d = self
        d.arrangements.removeAll { $0.mechanism == .directPayment }
        return d
    }
}

/// A direct payment to a close family member in the household with no necessity decision in
/// force (reg 3).
public struct Reg3Breach: Hashable, Sendable {
    /// The arrangement.
    public var arrangement: DeliveryArrangement
    /// The payee as named.
    public var payee: String
}

extension CaseState {
    /// The council's reg 3 necessity decision in force on `date` for `payee` (names compared
    /// ignoring case and spaces): the latest taking effect on or before it.
    public func necessityDecision(for payee: String, on date: CalendarDate) -> Dated<DirectPaymentNecessityDecided>? {
        let key = CapacityRules.matterKey(payee)
        return Dated.latest(of: directPaymentNecessityDecisions.values, on: date) { v in
            CapacityRules.matterKey(v.payee) == key && (v.necessaryToMeetNeeds || v.necessaryForAdministration)
        }
    }

    /// The first of `arrangements` that pays a spouse, civil partner, partner or close family
    /// member living in the same household without a necessity decision in force on `date`.
    ///
    /// Source: Care and Support (Direct Payments) Regulations 2014 reg 3.
    public func reg3Breach(_ arrangements: [DeliveryArrangement], on date: CalendarDate) -> Reg3Breach? {
        for a in arrangements where a.paysCloseFamilyInHousehold {
            let payee = a.payee ?? ""
            if necessityDecision(for: payee, on: date) == nil { return Reg3Breach(arrangement: a, payee: payee) }
        }
        return nil
    }

    /// The direct payment agreement in force on `date`, nil when none (or terminated).
    public func directPaymentAgreement(on date: CalendarDate) -> Dated<DirectPaymentAgreed>? {
        guard let e = directPaymentAgreements.entry(on: date), e.value != nil else { return nil }
        return e
    }

    /// True when `delivery`, taking effect on `date`, includes a direct payment and no direct
    /// payment agreement is in force on that date: what the caseload shows as due (for the
    /// delivery in force) and compliance finds (for each delivery as it was arranged). `decide`
    /// does not refuse it, so direct payments arranged before agreements were recorded (the demo's
    /// among them) still record and read as they did.
    ///
    /// Source: Care Act 2014 s31-33; Care and Support (Direct Payments) Regulations 2014; Care
    /// and Support Statutory Guidance ch. 12 (the direct payment agreement).
    public func directPaymentAgreementMissing(for delivery: DeliveryArranged, on date: CalendarDate) -> Bool {
        delivery.includesDirectPayment && directPaymentAgreement(on: date) == nil
    }

    /// True when the delivery in force on `date` includes a direct payment with no agreement in
    /// force (`directPaymentAgreementMissing(for:on:)`).
    public func directPaymentWithoutAgreement(on date: CalendarDate) -> Bool {
        guard let d = delivery.value(on: date) else { return false }
        return directPaymentAgreementMissing(for: d, on: date)
    }

    /// Why agreement `p` may not be made, nil when it may: an authorised person (s32) needs the
    /// capacity assessment in force on the agreement's date on the direct payment, named by id,
    /// finding the person lacks capacity to request it; the person or a nominated person (s31)
    /// needs no such finding in force.
    ///
    /// Source: Care Act 2014 s31 (a person with capacity, or someone they nominate), s32 (an
    /// authorised person for a person lacking capacity).
    public func recipientBreach(of p: DirectPaymentAgreed, customer: String) -> Rejection? {
        let date = p.metadata.effectiveDate
        let inForce = directPaymentCapacity(on: date)
        switch p.recipient {
        case .authorisedPerson:
            guard let id = p.capacityAssessmentId else {
                return Rejection(.authorisedPersonNeedsIncapacity,
                    "direct payment agreement \(p.agreementId) pays \(p.recipientName) as an authorised person, but names no capacity assessment finding that \(customer) lacks capacity to request a direct payment (capacityAssessmentId)", source: "Care Act 2014 s32")
            }
            guard let named = capacityAssessments[id], let a = named.value else {
                return Rejection(.capacityAssessmentUnknown,
                    "direct payment agreement \(p.agreementId) names capacity assessment \(id), which is not recorded for \(customer)", source: "Care Act 2014 s32")
            }
            let lead = "direct payment agreement \(p.agreementId) cannot pay \(p.recipientName) as an authorised person on capacity assessment \(id) of \(named.effectiveDate.words)"
            if !a.concernsDirectPayment {
                return Rejection(.authorisedPersonNeedsIncapacity,
                    "\(lead): it is about \"\(a.matter)\", not whether to request a direct payment (capacity is decision-specific)", source: "Care Act 2014 s32")
            }
            switch CapacityRules.reliance(on: named, inForce: inForce, on: date) {
            case .none: return nil
            case .replaced(let c):
                return Rejection(.authorisedPersonNeedsIncapacity,
                    "\(lead): assessment \(c.value?.assessmentId ?? "") of \(c.effectiveDate.words) is the one in force on \(date.words)", source: "Care Act 2014 s32")
            case .takesEffectLater:
                return Rejection(.authorisedPersonNeedsIncapacity,
                    "\(lead): the assessment takes effect after the agreement of \(date.words)", source: "Care Act 2014 s32")
            case .foundCapacity:
                return Rejection(.authorisedPersonNeedsIncapacity,
                    "\(lead): it found that \(customer) has capacity to request a direct payment, so the payment is theirs to request or to nominate someone for", source: "Care Act 2014 s31, s32")
            }
        case .person, .nominatedPerson:
            if let current = inForce, let a = current.value, a.lacksCapacity {
                return Rejection(.directPaymentRecipientNeedsCapacity,
                    "direct payment agreement \(p.agreementId) cannot pay \(p.recipientName) as \(p.recipient.words): capacity assessment \(a.assessmentId) of \(current.effectiveDate.words) found that \(customer) lacks capacity to request a direct payment; an authorised person may receive it instead", source: "Care Act 2014 s31, s32")
            }
            return nil
        }
    }
}
