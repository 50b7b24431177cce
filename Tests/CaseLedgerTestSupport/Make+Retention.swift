import CaseLedger
import Testing

// issue 17: retention
extension Make {
    /// Places legal hold `id` for `reason` on `date`, by a team manager.
    public static func hold(
        _ id: String = "LH-1", _ reason: LegalHoldReason = .publicInquiry, matter: String = "UK COVID-19 Inquiry, Module 6 (care sector)",
        date: String = "2026-04-02"
    ) -> CaseCommand {
        .placeLegalHold(LegalHoldPlaced(
            metadata: meta(.teamManager, date, reasons: ["the inquiry asked the council to keep its adult social care case records"]),
            holdId: id, reason: reason, matter: matter))
    }

    /// Lifts legal hold `id` on `date`, by a team manager.
    public static func liftHold(_ id: String = "LH-1", date: String = "2026-04-03") -> CaseCommand {
        .liftLegalHold(LegalHoldLifted(metadata: meta(.teamManager, date, reasons: ["the inquiry released the records"]), holdId: id))
    }

    /// Authorises the erasure of the case's personal content on `date` (by a team manager unless
    /// `role` says otherwise).
    public static func erase(
        _ basis: ErasureBasis = .retentionPeriod, courtOrder: String? = nil, role: StaffRole = .teamManager, date: String = "2028-04-03"
    ) -> CaseCommand {
        .authoriseErasure(AuthoriseErasure(
            metadata: meta(role, date, reasons: ["the retention period for the case's records has run"]), basis: basis, courtOrder: courtOrder))
    }
}

extension GrandTour {
    /// An initial contact closed on 1 April 2026 with information and advice only, held under a
    /// public inquiry's legal hold and released, then erased on 3 April 2028 (2 years after the
    /// last contact): every retention event type.
    public static let retention: TestCase = {
        var c = TestCase()
        c.stream = "C-3003"
        c.record(Make.referral(name: "Mr G"))
        c.record(Make.close(.informationAndAdviceOnly, date: "2026-04-01"))
        c.record(Make.hold(), by: TestStaff.teamManager)
        c.record(Make.liftHold(), by: TestStaff.teamManager)
        c.record(Make.erase(), by: TestStaff.teamManager)
        return c
    }()
}
