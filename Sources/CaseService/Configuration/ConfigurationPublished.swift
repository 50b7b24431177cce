import CaseLedger

/// The payload of a `configurationPublished` event (schema 1) on the `configuration` stream:
/// the whole `Configuration` under `configuration`, the date it is in force from, a summary,
/// the acting role, and the reasons and references for the figures. The ledger thus shows which
/// figures every decision used and since when.
public struct ConfigurationPublished: PayloadObject, Hashable {
    /// The stored event type.
    public static let typeName = "configurationPublished"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// The role the publisher acted under (one of the register administration roles).
    public var actingRole: StaffRole
    /// The first day it is in force.
    public var effectiveFrom: CalendarDate
    /// What it is, in a few sentences (e.g. which figures are examples).
    public var summary: String?
    /// Why it is published.
    public var reasons: [String]
    /// The regulations, guidance or circulars the figures come from.
    public var references: [String]
    /// The figures and periods.
    public var configuration: Configuration

    /// A publication.
    public init(
        actingRole: StaffRole, effectiveFrom: CalendarDate, summary: String? = nil, reasons: [String] = [],
        references: [String] = [], configuration: Configuration
    ) {
        self.actingRole = actingRole
        self.effectiveFrom = effectiveFrom
        self.summary = summary
        self.reasons = reasons
        self.references = references
        self.configuration = configuration
    }

    /// Reads every field; errors name the field, e.g. `configuration.reviewIntervals.routine`.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        actingRole = try r("actingRole")
        effectiveFrom = try r("effectiveFrom")
        summary = try r.optional("summary")
        reasons = try r("reasons")
        references = try r("references")
        configuration = try r("configuration")
    }

    /// Writes every field.
    public func encode(to w: inout PayloadWriter) {
        w.set("actingRole", actingRole)
        w.set("effectiveFrom", effectiveFrom)
        w.optional("summary", summary)
        w.set("reasons", reasons)
        w.set("references", references)
        w.set("configuration", configuration)
    }

    /// The input fields of `config publish`, for `CommandInput` and help.
    public static let command = CommandDescription(
        name: "publishConfiguration", eventType: typeName,
        summary: "Publish the configuration (rate tables, intervals, periods, holidays) in force from a date.",
        fields: [
            CommandField("actingRole", .role, "The role you act under: one of the register administration roles (default: registerAdministrator)."),
            CommandField("effectiveFrom", .date, "The first day the configuration is in force."),
            CommandField("summary", .text, required: false, "What it is, in a few sentences (say which figures are examples)."),
            CommandField("reasons", .textList, "Why it is published."),
            CommandField("references", .textList, "The regulations, guidance or circulars the figures come from."),
            CommandField("configuration", .object("Configuration"), "The figures: chargingRateTables, reviewIntervals, reablementFreeDays, carersServicesFree, directPaymentExcludedServices, complaintAcknowledgementWorkingDays, complaintResponsePeriod, complaintTimeLimit, nonWorkingDays, registerAdministrationRoles; optionally minorAdaptationCostLimit."),
        ])
}
