// When a complaint must be acknowledged and answered: the one home of these deadlines, used by
// `decide` (the dates it records, and whether an answer was in time), the caseload (what is due)
// and the compliance check (what was late).

extension Configuration {
    /// True when a complaint received on `receivedOn` about a matter of `matterOn` was made in
    /// time: within the configured time limit after the matter (12 months).
    ///
    /// Source: Complaints (England) Regulations 2009 reg 12(1) (made not later than 12 months
    /// after the matter occurred or came to the complainant's notice).
    public func complaintMadeInTime(matterOn: CalendarDate, receivedOn: CalendarDate) -> Bool {
        receivedOn <= complaintTimeLimit.after(matterOn)
    }

    /// The day by which a complaint received on `receivedOn` must be acknowledged: the
    /// configured working days after it (3), weekends and the configured bank holidays skipped.
    ///
    /// Source: Local Authority Social Services and National Health Service Complaints (England)
    /// Regulations 2009 reg 13(1) (acknowledged not later than 3 working days after receipt).
    public func complaintAcknowledgementDue(receivedOn: CalendarDate) -> CalendarDate {
        adding(workingDays: complaintAcknowledgementWorkingDays, to: receivedOn)
    }

    /// The day by which a complaint received on `receivedOn` must be answered: the last day of
    /// the configured period (6 months) beginning on the day the complaint was received, or the
    /// date agreed when it was acknowledged when that is later. An earlier date agreed does not
    /// shorten the period the law allows.
    ///
    /// A period "beginning on" (or "commencing on") a day includes that day, so it ends the day
    /// before the date that corresponds 6 months on: a complaint received on 2 April is answered
    /// by 1 October, not 2 October (a period beginning with a day counts that day: Zoan v
    /// Rouamba [2000] 1 WLR 1509). It is worked out as the period after the day before receipt,
    /// so a month without the corresponding day ends on its last day (received 31 August: 28
    /// February, 29 in a leap year).
    ///
    /// Source: Local Authority Social Services and National Health Service Complaints (England)
    /// Regulations 2009 reg 14 (a response within six months beginning on the day the complaint
    /// was received, or such longer period as may be agreed before that period expires).
    public func complaintResponseDue(receivedOn: CalendarDate, agreed: CalendarDate?) -> CalendarDate {
        let due = complaintResponsePeriod.after(receivedOn.adding(days: -1))
        guard let agreed, agreed > due else { return due }
        return agreed
    }
}

extension ComplaintRecord {
    /// The day the response is due as recorded: the date worked out when the complaint was
    /// received (`ComplaintReceived.respondBy`), or the date agreed at acknowledgement when that
    /// is later (reg 14: see `Configuration.complaintResponseDue(receivedOn:agreed:)`).
    public var respondBy: CalendarDate {
        guard let agreed = acknowledged?.respondBy, agreed > received.respondBy else { return received.respondBy }
        return agreed
    }

    /// True when the date agreed at acknowledgement sets the response due (it is later than the
    /// period from receipt).
    public var responseDateAgreed: Bool { acknowledged.map { $0.respondBy > received.respondBy } ?? false }
}
