import CLIKit
import CaseService
import LedgerJSON
import LedgerStore

/// `caseledger append`: appends JSON Lines from standard input as one batch, to streams the
/// domain does not read (never a case, the staff register or the configuration).
enum AppendCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "append", abstract: "Append events to streams the domain does not read, one JSON object per line, as one batch.",
        discussion: """
            Each line: {"stream": "N-1", "type": "noteAdded", "schema": 1, "actor": "S-1", "data": {...}} \
            with optional "id" (a UUID; the same id with the same content again is a no-op) and "expectedVersion" \
            (the number of events the stream must hold first, or "no-stream", or "any"). Numbers are integers only \
            (money in pence). All lines are appended or none. Prints one line per event: {"id":…,"seq":…} and \
            "alreadyRecorded":true for a repeated id. \
            Append never writes the domain: a line on a case's stream, on the staff or configuration stream, or of a \
            case, staff register or configuration event type is refused (exit 3, the line named, nothing written). \
            Decisions on a case are recorded with 'caseledger record', the register with 'caseledger staff', the \
            configuration with 'caseledger config publish', and history from an older system with 'caseledger import'.
            """,
        options: [CaseledgerCommand.ledgerOption, SharedOptions.clockJump])

    /// The options of `append`: the ledger, and the clock guard.
    struct Options: CommandOptions {
        /// The ledger directory.
        var ledger: String
        /// The clock guard, with `--clock-jump`'s acknowledgement when given.
        var clockGuard: ClockJumpGuard

        /// Reads `--ledger` and `--clock-jump`.
        init(_ a: ParsedArguments) throws(UsageError) {
            ledger = try a.requiredOption("ledger")
            clockGuard = try SharedOptions.clockGuard(a)
        }
    }

    static func run(_ o: Options) throws {
        let path = o.ledger
        var events: [NewEvent] = []
        var lines: [Int] = []
        var lineNumber = 0
        try StandardInput.forEachLine(maxBytes: EnvelopeRules.maxLineBytes) { line in
            lineNumber += 1
            guard let line else {
                throw LedgerError.invalidInput(line: lineNumber, reason: "the line is longer than the \(EnvelopeRules.maxLineBytes)-byte limit for one event")
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
            events.append(try line.withUnsafeBytes { (raw) throws(LedgerError) in try NewEvent(jsonLine: raw, line: lineNumber) })
            lines.append(lineNumber)
        }
        guard !events.isEmpty else {
            throw LedgerError.invalidInput(line: 1, reason: "no events on standard input: give one JSON object per line")
        }
        // issue 14: one way in for domain events. Checked on a read-only handle: a refused batch
        // opens nothing for writing.
        let checked = try CaseService.checkRawAppend(events, lines: lines, in: try Ledger.open(at: path, mode: .readOnly))
        // Opened only once the input is known to be good: opening for writing sets aside a torn
        // tail, and refused input must leave the ledger exactly as it was.
        let ledger = try Ledger.open(at: path, mode: .readWrite)
        ledger.indexSaveInterval = 1  // as every writing command (SharedOptions.writer)
        let now = Timestamp.now()
        let results = try ledger.append(checked, clock: { now }, clockGuard: o.clockGuard)
        SharedOptions.warnIfClockBehind(now: now, recordedAt: ledger.headRecordedAt)
        for result in results {
            var out: JSONValue = ["seq": .integer(result.seq), "id": .string(result.id.description)]
            if result.wasAlreadyRecorded { out = ["seq": .integer(result.seq), "id": .string(result.id.description), "alreadyRecorded": true] }
            try StandardStreams.output.writeLine(CanonicalJSON.string(out))
        }
    }
}
