import CLIKit
import LedgerJSON
import LedgerStore

/// `caseledger stream ID`: prints one stream's events as JSON Lines.
enum StreamCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "stream", abstract: "Print a stream's events (e.g. a case's) as JSON Lines, in order.",
        discussion: "Each line is one event: seq, id, stream, type, schema, recordedAt, actor, data, hash and prev.",
        arguments: [ArgumentSpec("stream", help: "The stream id, e.g. C-1001.")],
        options: [CaseledgerCommand.ledgerOption])

    /// The options of `stream`.
    struct Options: CommandOptions {
        /// The ledger directory.
        var ledger: String
        /// The stream to print.
        var stream: String

        /// Reads `--ledger` and `<stream>`.
        init(_ a: ParsedArguments) throws(UsageError) {
            ledger = try a.requiredOption("ledger")
            stream = a.positional("stream")!
        }
    }

    static func run(_ o: Options) throws {
        let ledger = try Ledger.open(at: o.ledger, mode: .readOnly)
        for event in try ledger.events(inStream: o.stream) {
            try StandardStreams.output.writeLine(CanonicalJSON.string(event.jsonObject))
        }
    }
}
