import CaseLedger

/// A date from `YYYY-MM-DD` text (test input is always valid).
public func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

/// An instant from RFC 3339 text.
public func at(_ text: String) -> Timestamp { Timestamp(rfc3339: text)! }

/// Decision metadata with the usual defaults for tests.
public func meta(
    _ role: StaffRole = .socialWorker, _ date: String = "2026-04-01", reasons: [String] = [],
    references: [String] = [], notes: [Note] = [], restricted: [String] = []
) -> DecisionMetadata {
    DecisionMetadata(
        actingRole: role, effectiveDate: day(date), reasons: reasons, references: references,
        notes: notes, restricted: restricted)
}

/// Pounds and pence as `Money`.
public func pounds(_ p: Int64, _ pence: Int64 = 0) -> Money { Money(pounds: p, pence: pence) }
