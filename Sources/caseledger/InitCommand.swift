import CLIKit
import LedgerStore

/// `caseledger init DIR`: creates an empty ledger.
enum InitCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "init", abstract: "Create an empty ledger in a new (or empty) directory.",
        arguments: [ArgumentSpec("dir", help: "Where to create the ledger.")])

    static func run(_ o: DirectoryOptions) throws {
        let dir = o.dir
        try Ledger.create(at: dir)
        try StandardStreams.output.writeLine("created an empty ledger at \(dir)")
    }
}
