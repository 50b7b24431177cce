import CLIKit
import CaseService
import LedgerStore

/// The options of a command that takes only the ledger (`append`, `verify`).
struct LedgerOptions: CommandOptions {
    /// The ledger directory.
    var ledger: String

    /// Reads `--ledger`.
    init(_ a: ParsedArguments) throws(UsageError) { ledger = try a.requiredOption("ledger") }
}

/// The options of a command that takes only a directory to create a ledger in (`init`, `demo`).
struct DirectoryOptions: CommandOptions {
    /// Where to create the ledger.
    var dir: String

    /// Reads `<dir>`.
    init(_ a: ParsedArguments) throws(UsageError) { dir = a.positional("dir")! }
}

/// Options shared by the commands that record and show decisions.
enum SharedOptions {
    /// `--as STAFF-ID`: who records the decision.
    static let actor = OptionSpec(
        "as", valueName: "STAFF-ID", help: "Your staff id: who records the decision (the event's actor).", isRequired: true)
    /// `--json FILE|-`: the command's fields as a JSON object.
    static let json = OptionSpec(
        "json", valueName: "FILE",
        help: "Read the fields from a JSON object in FILE ('-' for standard input); --FIELD flags override its members.")
    /// `--format text|json`.
    static let format = OptionSpec(
        "format", valueName: "FORMAT", help: "How to print: readable text, or JSON (stable; see README).",
        allowedValues: ["text", "json"], defaultValue: "text")

    /// `--clock-jump REASON`: acknowledges a clock far ahead of the last recorded event.
    static let clockJump = OptionSpec(
        "clock-jump", valueName: "REASON",
        help: "Acknowledge that this machine's clock is right although it reads more than 31 days after the last recorded event; the reason is recorded in the log (stream 'ledger'). Without it such an append is refused.")

    /// The guard every writing command gives the store: 31 days, acknowledged by `--clock-jump`.
    static func clockGuard(_ a: ParsedArguments) throws(UsageError) -> ClockJumpGuard {
        let reason = a.option("clock-jump")
        if let reason, reason.allSatisfy(\.isWhitespace) { throw a.usageError("--clock-jump must say why the clock is right, in words") }
        return ClockJumpGuard(acknowledgement: reason)
    }

    /// A service over the ledger at `path` for writing, with `clockGuard` on every append.
    static func writer(at path: String, clockGuard: ClockJumpGuard) throws(ServiceError) -> CaseService {
        let service = try CaseService.open(at: path, mode: .readWrite)
        service.clockGuard = clockGuard
        // issue 16 (torn): the index cache's head names the last committed event after every write,
        // so a later writer can tell a lost committed event from a torn tail (FORMAT.md).
        service.ledger.indexSaveInterval = 1
        return service
    }

    /// Warns on standard error when the events were recorded later than `now` because this
    /// machine's clock is behind the last recorded event (recorded time never goes back).
    static func warnIfClockBehind(now: Timestamp, recordedAt: Timestamp?) {
        guard let recordedAt, recordedAt > now else { return }
        try? StandardStreams.error.writeLine(
            "caseledger: warning: this machine's clock reads \(now.rfc3339), before the last recorded event; "
                + "recorded at \(recordedAt.rfc3339) instead (recorded time never goes back). Check the clock.")
    }

    /// Whether `--format json` was given.
    static func json(_ a: ParsedArguments) -> Bool { a.option("format") == "json" }
}
