import CLIKit
import CaseLedger
import CaseService
import Foundation
import LedgerJSON
import LedgerStore

// issue 14: one way in for domain events.
/// `caseledger import --from SYSTEM --as STAFF-ID FILE|-`: imports case history taken from an
/// older case management system, as one batch (events/IMPORT.md).
enum ImportCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "import", abstract: "Import case history from an older case management system, all or nothing.",
        discussion: """
            FILE (or '-' for standard input) holds JSON Lines, one event each: \
            {"case": "C-2001", "type": "referralReceived", "schema": 1, "sourceRef": "CF-88123/1", "data": {...}}, \
            "data" being the event's payload as in events/catalogue. Every line must read as its event type does in \
            this ledger; each is marked imported (from SYSTEM, with its sourceRef), by you (--as) at the time of \
            the import. The whole file is one batch: if any line is refused, nothing is written and the line is named. \
            A case new to the ledger starts with its referral; a case holding decisions recorded live takes no import. \
            You must hold a register administration role (registerAdministrator or teamManager unless the \
            configuration says otherwise). Imported decisions are not refused by the rules they break: \
            'caseledger-audit compliance' lists those breaches. See events/IMPORT.md.
            """,
        arguments: [ArgumentSpec("file", help: "The JSON Lines file to import ('-' for standard input).")],
        options: [
            CaseledgerCommand.ledgerOption,
            OptionSpec("from", valueName: "SYSTEM", help: "The system the history comes from, e.g. CareFirst.", isRequired: true),
            OptionSpec("as", valueName: "STAFF-ID", help: "Your staff id: who imports the history (the events' actor).", isRequired: true),
            SharedOptions.clockJump,
        ])

    /// The options of `import`.
    struct Options: CommandOptions {
        /// The ledger directory.
        var ledger: String
        /// The system the history comes from.
        var system: String
        /// The staff id importing it.
        var actor: String
        /// The input file, or `-`.
        var file: String
        /// The clock guard, with `--clock-jump`'s acknowledgement when given.
        var clockGuard: ClockJumpGuard

        /// Reads the options.
        init(_ a: ParsedArguments) throws(UsageError) {
            ledger = try a.requiredOption("ledger")
            system = try a.requiredOption("from")
            actor = try a.requiredOption("as")
            file = a.positional("file")!
            clockGuard = try SharedOptions.clockGuard(a)
        }
    }

    /// Why the input could not be read.
    struct Failure: ReportableError {
        let code: String
        let message: String
    }

    static func run(_ o: Options) throws {
        try ServiceFailures.reporting(as: ["caseledger", "import"], usage: ["caseledger", "import"]) {
            // Read and put together before the ledger is opened for writing: refused input opens nothing.
            let lines = try read(o.file)
            let service = try CaseService.open(at: o.ledger, mode: .readOnly)
            let now = Timestamp.now()
            _ = try service.importHistory(lines, from: o.system, actor: o.actor, dryRun: true, now: now)
            let writer = try SharedOptions.writer(at: o.ledger, clockGuard: o.clockGuard)
            let appended = try writer.importHistory(lines, from: o.system, actor: o.actor, now: now)
            SharedOptions.warnIfClockBehind(now: now, recordedAt: appended.last?.recordedAt)
            let cases = Set(appended.map(\.stream)).count
            for event in appended {
                try StandardStreams.output.writeLine(
                    "imported \(event.type) on \(event.stream): seq \(event.seq), id \(event.id), at \(event.recordedAt.rfc3339)")
            }
            try StandardStreams.output.writeLine("imported \(appended.count) events on \(cases) case\(cases == 1 ? "" : "s") from \(o.system)")
        }
    }

    /// The import lines of `source` (a path, or `-` for standard input); blank lines are skipped.
    static func read(_ source: String) throws -> [ImportLine] {
        let name = source == "-" ? "standard input" : source
        let data: Data? = source == "-" ? (try? FileHandle.standardInput.readToEnd() ?? Data()) : FileManager.default.contents(atPath: source)
        guard let data else {
            throw Failure(code: "input-unreadable", message: "cannot read \(name): check the path and that it is a readable file; nothing was imported")
        }
        var out: [ImportLine] = []
        var number = 0
        for raw in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            var bytes = Array(raw)
            if bytes.last == 0x0D { bytes.removeLast() }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            guard bytes.count <= EnvelopeRules.maxLineBytes else {
                throw ServiceError.importRefused(line: number, code: "import-line-invalid", problem: "the line is longer than the \(EnvelopeRules.maxLineBytes)-byte limit for one event")
            }
            let value: JSONValue
            do {
                value = try JSONParser.parse(bytes)
            } catch {
                throw ServiceError.importRefused(line: number, code: "import-line-invalid", problem: "not valid JSON: \(error.message)")
            }
            out.append(try ImportLine(value, line: number))
        }
        return out
    }
}
