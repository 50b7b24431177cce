import CLIKit
import Foundation
import LedgerStore

/// `caseledger-stress`: appends in a loop (the child the crash tests kill), and a driver that
/// kills such a child at random moments for many rounds and checks the ledger after each.
enum StressCommand {
    static let ledger = OptionSpec("ledger", valueName: "DIR", help: "The ledger directory (created if missing).", isRequired: true)

    static let spec = CommandSpec(
        name: "caseledger-stress", abstract: "Append under stress and check that no acknowledged event is ever lost.",
        subcommands: [
            CommandSpec(
                name: "append", abstract: "Append events one batch at a time; print each batch's last seq once it is durable.",
                options: [
                    ledger,
                    OptionSpec("stream", valueName: "ID", help: "The stream to append to.", defaultValue: "S-1"),
                    OptionSpec("count", valueName: "N", help: "How many batches (0: until killed).", defaultValue: "0"),
                    OptionSpec("batch", valueName: "K", help: "Events per batch.", defaultValue: "1"),
                ]),
            CommandSpec(
                name: "crash-loop", abstract: "Kill an appending child at random moments; after each kill, reopen and check.",
                options: [
                    ledger,
                    OptionSpec("rounds", valueName: "N", help: "How many kills.", defaultValue: "100"),
                    OptionSpec("seed", valueName: "N", help: "Seed for the random kill times.", defaultValue: "1"),
                ]),
        ])

    /// What to run, read once from the command line.
    struct Options: CommandOptions {
        /// The ledger directory.
        var ledger: String
        /// `append`'s stream, number of batches (0: until killed) and events per batch.
        var stream: String
        var count: Int
        var batch: Int
        /// `crash-loop`'s number of kills and seed.
        var rounds: Int
        var seed: UInt64

        /// Reads the options (each subcommand declares only its own; the others keep their defaults).
        init(_ a: ParsedArguments) throws(UsageError) {
            func integer(_ name: String, _ fallback: Int) throws(UsageError) -> Int {
                a.declares(option: name) ? try a.integer(name) ?? fallback : fallback
            }
            ledger = try a.requiredOption("ledger")
            stream = a.declares(option: "stream") ? a.option("stream") ?? "S-1" : "S-1"
            count = try integer("count", 0)
            batch = max(1, try integer("batch", 1))
            rounds = try integer("rounds", 100)
            seed = UInt64(truncatingIfNeeded: try integer("seed", 1))
        }
    }

    static func run(path: [String], arguments: ParsedArguments) throws {
        let o = try arguments.parse(Options.self)
        if !FileManager.default.fileExists(atPath: o.ledger + "/ledger.json") { try Ledger.create(at: o.ledger) }
        switch path.first {
        case "append":
            try appendLoop(dir: o.ledger, stream: o.stream, count: o.count, batch: o.batch)
        default:
            let report = try CrashLoop.run(dir: o.ledger, rounds: o.rounds, seed: o.seed)
            try StandardStreams.output.writeLine(report)
        }
    }

    /// Appends batches of `{"n": i}` events; after each returns, writes its last seq on its own line
    /// straight to standard output (unbuffered), so a parent that reads it knows it is durable.
    static func appendLoop(dir: String, stream: String, count: Int, batch: Int) throws {
        let ledger = try Ledger.open(at: dir, mode: .readWrite)
        var i = 0
        while count == 0 || i < count {
            let events = (0..<batch).map { k in
                NewEvent(stream: stream, type: "stressed", actor: "stress", payload: ["n": .integer(Int64(i * batch + k)), "pad": .string(String(repeating: "x", count: 300))])
            }
            let results = try ledger.append(events)
            let line = Array("\(results.last!.seq)\n".utf8)
            _ = line.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            i += 1
        }
    }
}
