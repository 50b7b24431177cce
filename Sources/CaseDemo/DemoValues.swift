import CaseLedger

/// A date from `YYYY-MM-DD` text (the demo's dates are all valid), moved by `DemoShift.days`
/// (0 except while the synthetic caseload replays a story later in time).
func day(_ text: String) -> CalendarDate {
    let date = CalendarDate(text)!
    let shift = DemoShift.days
    return shift == 0 ? date : date.adding(days: shift)
}

/// Pounds and pence as `Money`.
func pounds(_ p: Int64, _ pence: Int64 = 0) -> Money { Money(pounds: p, pence: pence) }

/// Decision metadata: the role acted under, the effective date, and why.
func meta(
    _ role: StaffRole, _ date: String, reasons: [String] = [], references: [String] = [], notes: [Note] = [],
    restricted: [String] = []
) -> DecisionMetadata {
    DecisionMetadata(
        actingRole: role, effectiveDate: day(date), reasons: reasons, references: references, notes: notes,
        restricted: restricted)
}
