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

    static func run(path: [String], arguments: ParsedArguments) throws {
        let dir = try arguments.requiredOption("ledger")
        if !FileManager.default.fileExists(atPath: dir + "/ledger.json") { try Ledger.create(at: dir) }
        switch path.first {
        case "append":
            try appendLoop(
                dir: dir, stream: arguments.option("stream")!, count: try arguments.integer("count") ?? 0,
                batch: max(1, try arguments.integer("batch") ?? 1))
        default:
            let report = try CrashLoop.run(dir: dir, rounds: try arguments.integer("rounds") ?? 100, seed: UInt64(try arguments.integer("seed") ?? 1))
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
