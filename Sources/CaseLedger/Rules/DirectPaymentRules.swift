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
