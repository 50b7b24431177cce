import CLIKit
import LedgerJSON
import LedgerStore

/// `caseledger stream ID`: prints one stream's events as JSON Lines.
enum StreamCommand {
    static let spec = CommandSpec(
        name: "stream", abstract: "Print a stream's events (e.g. a case's) as JSON Lines, in order.",
        discussion: "Each line is one event: seq, id, stream, type, schema, recordedAt, actor, data, hash and prev.",
        arguments: [ArgumentSpec("stream", help: "The stream id, e.g. C-1001.")],
        options: [CaseledgerCommand.ledgerOption])

    static func run(_ arguments: ParsedArguments) throws {
        let ledger = try Ledger.open(at: try arguments.requiredOption("ledger"), mode: .readOnly)
        let stream = arguments.positional("stream")!
        for event in try ledger.events(inStream: stream) {
            try StandardStreams.output.writeLine(CanonicalJSON.string(event.jsonObject))
        }
    }
}
