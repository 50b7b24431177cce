import CaseAudit
import CaseLedger
import CLIKit

/// `caseledger-audit export cld --from DATE --to DATE`: NHS England Client Level Data rows.
enum ExportCommand {
    /// `export cld`.
    enum CLD: OptionsCommand {
        static var spec: CommandSpec { ExportCommand.cld }

        /// The options of `export cld`.
        struct Options: CommandOptions {
            /// The ledger directory.
            var ledger: String
            /// The first day of the period.
            var from: CalendarDate
            /// The last day of the period, included.
            var to: CalendarDate
            /// The file to write the CSV to; standard output when nil.
            var output: String?

            /// Reads the options.
            init(_ a: ParsedArguments) throws(UsageError) {
                func date(_ name: String) throws(UsageError) -> CalendarDate {
                    _ = try a.requiredOption(name)
                    return try CommonOptions.date(a, name)!
                }
                (from, to) = (try date("from"), try date("to"))
                ledger = try a.requiredOption("ledger")
                output = a.option("output")
            }

            /// The period the right way round; the CSV not written inside the ledger.
            func validate() throws(ValidationError) {
                try OutsideLedger.check(ledger: ledger, writing: ["output": output])
                guard !(to < from) else { throw ValidationError("--from \(from.iso) is after --to \(to.iso)") }
            }
        }

        static func run(_ o: Options) throws {
            let ledger = try AuditLedger.open(at: o.ledger)
            let read = try ledger.caseHistoriesRead()
            let export = CLDExport(cases: read.histories, unreadable: read.unreadable, from: o.from, to: o.to)
            try ReportOutput.write(export.csv(), to: o.output)
            try StandardStreams.output.flush()
            let prefix = "caseledger-audit export cld: "
            for u in export.unmapped { try StandardStreams.error.writeLine(prefix + "not mapped: " + u.line) }
            for line in export.leftOutLines { try StandardStreams.error.writeLine(prefix + line) }
            try StandardStreams.error.writeLine(prefix + export.summary)
            try StandardStreams.error.writeLine(prefix + (try ledger.integrity()).lines.joined(separator: " "))
            if !export.leftOut.isEmpty { throw CasesLeftOut(report: "the CLD export", cases: export.casesLeftOut) }
        }
    }

    static let cld = CommandSpec(
        name: "cld", abstract: "NHS England Adult Social Care Client Level Data style CSV for a period.",
        discussion: """
            One row per Request, Assessment and Review completed in the period and per Service active in it, with the CLD \
            code lists mapped from the ledger's events (README lists the columns and mappings) and a stable event reference \
            per row (the ledger event id, with /LINE for a plan line's service row), so cumulative submissions line up. \
            Both dates are included. Events that should give a row but cannot be mapped are listed on standard error, one \
            line each naming the case, seq and why; a summary line and the integrity statement follow there. The CSV on \
            standard output (or -o FILE) holds only the header and the rows.

            A case an event of which cannot be read (written round the rules) gives no row: a case counted from part of its \
            history could miscount the return. Every other case is exported; each such event is named on standard error \
            ("case C-1002 left out: …"), and the command exits 2 after writing the rows, so the return is not submitted \
            without the case by mistake. Exit codes: 0 done; 3 no export could be made; 2 written with cases left out; \
            64 the command line was wrong.
            """,
        options: [
            CommonOptions.ledger,
            OptionSpec("from", valueName: "DATE", help: "The first day of the period (YYYY-MM-DD).", isRequired: true),
            OptionSpec("to", valueName: "DATE", help: "The last day of the period (YYYY-MM-DD), included.", isRequired: true),
            CommonOptions.output,
        ])

    static let spec = CommandSpec(
        name: "export", abstract: "Data exports from the ledger: cld (NHS England Client Level Data).", subcommands: [cld])

    static func run(path: [String], _ a: ParsedArguments) throws {
        guard path.dropFirst().first == "cld" else { throw a.usageError("unknown export: choose cld") }
        try CLD.run(a)
    }
}
