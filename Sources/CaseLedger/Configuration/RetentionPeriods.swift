// issue 17: retention
/// The kinds of record a retention schedule gives a period to. A case holds one of the first three
/// (an initial contact, when it never went past first contact), and complaint and safeguarding
/// records besides when it has any.
public enum RetentionRecordKind: String, PayloadEnum, Comparable {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<RetentionRecordKind>()

    /// An adult's case record (Care Act 2014 s9).
    case adultCase
    /// A carer's case record (Care Act 2014 s10).
    case carersCase
    /// A case that never went past first contact: no assessment, no plan, no services.
    case initialContact
    /// The records of a complaint on the case.
    case complaint
    /// The records of a safeguarding concern on the case (Care Act 2014 s42).
    case safeguarding

    /// The kind in words: "adult case".
    public var words: String {
        switch self {
        case .adultCase: "adult case"
        case .carersCase: "carer's case"
        case .initialContact: "initial contact"
        case .complaint: "complaint"
        case .safeguarding: "safeguarding"
        }
    }

    /// Declaration order.
    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The date a retention period runs from.
public enum RetentionAnchor: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<RetentionAnchor>()

    /// The closure: of the case (for a case record; closure by death is the date of death as the
    /// council recorded it), of the complaint (its response) or of the safeguarding concern (its
    /// outcome).
    case closure
    /// The last contact: the latest effective date of any decision on the case ("the end of care
    /// or last contact").
    case lastContact

    /// "after closure", "after the last contact".
    public var words: String {
        switch self {
        case .closure: "after closure"
        case .lastContact: "after the last contact"
        }
    }
}

/// How long one kind of record is kept, from when, and on whose authority.
public struct RetentionPeriod: Hashable, Sendable {
    /// The period, e.g. 8 years.
    public var period: Period
    /// The date it runs from.
    public var from: RetentionAnchor
    /// The source, cited: the schedule or code relied on, marked [check] until the council confirms it.
    public var source: String

    /// A period.
    public init(period: Period, from: RetentionAnchor, source: String) {
        self.period = period
        self.from = from
        self.source = source
    }

    /// "8 years after the last contact".
    public var words: String { "\(period) \(from.words)" }
}

extension RetentionPeriod: PayloadObject {
    /// The member names.
    public static let fieldNames = ["period", "from", "source"]

    /// Reads `{"period": "8 years", "from": "lastContact", "source": "…"}`; the source must be given.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        try r.requireOnly(Self.fieldNames)
        period = try r("period")
        from = try r("from")
        source = try r("source")
        if source.isBlank {
            throw PayloadDecodingError(field: r.pathOf("source"), problem: "is empty: cite the retention schedule the period comes from")
        }
    }

    /// Writes the three members.
    public func encode(to w: inout PayloadWriter) {
        w.set("period", period)
        w.set("from", from)
        w.set("source", source)
    }
}

extension RetentionPeriod {
    /// The schedules seen, for a council to confirm [check]: case records 8 years after the end of
    /// care or last contact, initial contacts 2 years, "case closure + 6 years" for complaints; the
    /// row of the Records Management Code of Practice for Health and Social Care 2023 is not
    /// confirmed. Safeguarding records are kept as long as case records (8 years after the last
    /// contact) by default, since a concern's records sit on the case.
    public static let standard: [RetentionRecordKind: RetentionPeriod] = [
        .adultCase: RetentionPeriod(
            period: .years(8), from: .lastContact,
            source: "council retention schedules seen: case records 8 years after the end of care or last contact; Records Management Code of Practice for Health and Social Care 2023 [check] the row"),
        .carersCase: RetentionPeriod(
            period: .years(8), from: .lastContact,
            source: "council retention schedules seen: case records 8 years after the end of care or last contact [check]"),
        .initialContact: RetentionPeriod(
            period: .years(2), from: .lastContact,
            source: "council retention schedules seen: initial contacts 2 years [check]"),
        .complaint: RetentionPeriod(
            period: .years(6), from: .closure,
            source: "council retention schedules seen: case closure + 6 years [check]"),
        .safeguarding: RetentionPeriod(
            period: .years(8), from: .lastContact,
            source: "as case records: 8 years after the last contact [check] (some councils keep safeguarding records longer)"),
    ]
}
