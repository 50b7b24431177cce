import CLIKit
import Foundation
import LedgerStore

#if canImport(Glibc)
import Glibc
#endif

/// `caseledger-bench`: measures the ledger against baselines run on the same machine in the
/// same run, and prints every figure as a ratio to its baseline.
enum BenchCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "caseledger-bench",
        abstract: "Measure caseledger against raw I/O, SQLite and sha256sum in the same run; print figures and ratios.",
        discussion: """
            Generates deterministic synthetic social-care events (about 20 per case), imports them into a fresh \
            ledger and into SQLite (python3's sqlite3, WAL, synchronous=FULL), and times single durable appends, \
            batch import, verify, decoding every event, one case's events, and the peak memory of verify and of \
            a full read (in child processes, at two ledger sizes). Every figure is compared with a baseline \
            measured in the same run, because the machine is shared and absolute numbers are noisy. \
            Data goes in a temporary directory under --dir, deleted at the end unless --keep.
            """,
        options: [
            OptionSpec("events", valueName: "N", help: "Events in the big ledger (default 1000000; 50000 with --quick)."),
            OptionSpec("seed", valueName: "N", help: "Seed of the event generator.", defaultValue: "1"),
            OptionSpec("rounds", valueName: "N", help: "Rounds of each repeated measurement; the median is shown.", defaultValue: "3"),
            OptionSpec("appends", valueName: "N", help: "Single durable appends per round (default 1000; 300 with --quick)."),
            OptionSpec("batch", valueName: "N", help: "Events per append call (and per SQLite transaction) in the import.", defaultValue: "1000"),
            OptionSpec("queries", valueName: "N", help: "Cases read one at a time for the latency figures.", defaultValue: "1000"),
            OptionSpec("dir", valueName: "DIR", help: "Where to make the temporary directory.", defaultValue: "/tmp"),
            OptionSpec("child", valueName: "MODE", help: "Internal: run one measured operation on --ledger and exit.", allowedValues: ["verify", "read", "open", "launch-verify", "launch-read", "launch-open"]),
            OptionSpec("ledger", valueName: "DIR", help: "Internal: the ledger for --child. With --oversight: a caseledger-gen ledger to use."),
            OptionSpec("cases", valueName: "N", help: "With --oversight: synthetic cases to generate (default 80000, about 1,000,000 events; 4000 with --quick)."),
            OptionSpec("behind", valueName: "N", help: "With --oversight: how many events before the head the checkpoint is taken.", defaultValue: "10000"),
            OptionSpec("format-version", valueName: "N", help: "The ledger format the storage figures use: 2 (default, what caseledger init makes) or 1."),
            OptionSpec("only", valueName: "LIST", help: "Measure only these storage figures, comma-separated: appends, import, verify (verify imports first)."),
        ],
        flags: [
            FlagSpec("quick", help: "A fast sanity run: 50,000 events, fewer appends."),
            FlagSpec("keep", help: "Keep the temporary directory (its path is printed)."),
            FlagSpec("oversight", help: "Measure the oversight projections instead (OversightBench): rebuild, checkpoints, trail."),
            FlagSpec("erase", help: "Only the import and issue 17's erasure figure: erase one part of 10% of the events against a raw rewrite of the same segments."),
            FlagSpec("rebuild-only", help: "With --oversight: measure only the full rebuild against SQLite + Python (a quick look between changes)."),
        ])

    /// What a run measures, read once from the command line: a child's one operation, the
    /// oversight projections, or the storage figures, each with its settings.
    struct Options: CommandOptions {
        /// The run asked for.
        enum Run {
            /// `--child MODE` on its ledger: one measured operation in a process of its own.
            case child(mode: String, ledger: String)
            /// `--oversight`.
            case oversight(OversightBench)
            /// The storage figures (the default).
            case storage(Bench.Config)
        }
        var run: Run

        /// Reads the options; a size or count below 1 is a usage error.
        init(_ a: ParsedArguments) throws(UsageError) {
            if let mode = a.option("child") {
                run = .child(mode: mode, ledger: try a.requiredOption("ledger"))
                return
            }
            let quick = a.flag("quick")
            func positive(_ name: String, _ fallback: Int) throws(UsageError) -> Int {
                let value = try a.integer(name) ?? fallback
                guard value > 0 else { throw a.usageError("--\(name) must be at least 1; got \(value)") }
                return value
            }
            let commandLine = "swift run -c release caseledger-bench " + CommandLine.arguments.dropFirst().joined(separator: " ")
            let seed = UInt64(try positive("seed", 1)), rounds = try positive("rounds", 3)
            let parent = a.option("dir") ?? "/tmp", keep = a.flag("keep")
            if a.flag("oversight") {
                var bench = OversightBench(
                    cases: try positive("cases", quick ? 4_000 : 80_000), seed: seed, rounds: rounds,
                    behind: Int64(try positive("behind", 10_000)), parent: parent, keep: keep, ledgerGiven: a.option("ledger"),
                    commandLine: commandLine)
                bench.rebuildOnly = a.flag("rebuild-only")
                run = .oversight(bench)
            } else {
                var config = Bench.Config(
                    events: try positive("events", quick ? 50_000 : 1_000_000), seed: seed, rounds: rounds,
                    appends: try positive("appends", quick ? 300 : 1_000), batch: try positive("batch", 1_000),
                    queries: try positive("queries", 1_000), parent: parent, keep: keep, commandLine: commandLine,
                    only: try BenchCommand.only(a))
                config.eraseOnly = a.flag("erase")
                config.formatVersion = try BenchCommand.formatVersion(a)
                run = .storage(config)
            }
        }
    }

    /// The ledger format `--format-version` names: 2 (the default, what `caseledger init` makes) or 1.
    static func formatVersion(_ a: ParsedArguments) throws(UsageError) -> Int {
        guard let v = a.option("format-version") else { return 2 }
        guard v == "1" || v == "2" else { throw a.usageError("--format-version is 1 or 2; got \(v)") }
        return Int(v)!
    }

    /// The figures `--only` names (empty: all of them); anything else is a usage error.
    static func only(_ a: ParsedArguments) throws(UsageError) -> Set<String> {
        guard let list = a.option("only") else { return [] }
        let names = Set(list.split(separator: ",").map { String($0) })
        let known: Set<String> = ["appends", "import", "verify"]
        guard !names.isEmpty, names.isSubset(of: known) else {
            throw a.usageError("--only takes a comma-separated list of appends, import, verify; got \(list)")
        }
        return names
    }

    static func run(_ o: Options) throws {
        switch o.run {
        case .child(let mode, let ledger): try runChild(mode: mode, ledger: ledger)
        case .oversight(let bench): try bench.run()
        case .storage(let config): try Bench(config).run()
        }
    }

    /// `--child verify|read|open`: the measured operation, in a process of its own; prints the events
    /// it saw and its own peak resident memory (VmHWM: the high-water mark since exec).
    /// `--child launch-verify|launch-read|launch-open`: runs the former as its own child and adds that child's
    /// ru_maxrss from wait4. The extra level is there because exec(2) charges the high-water mark
    /// of the address space it replaces to ru_maxrss; posix_spawn's vfork-style child replaces the
    /// parent's, so a direct child of the big bench process would report the bench's memory. This
    /// small launcher's own memory is what its child would be charged instead, and it is less than
    /// any measured operation uses.
    static func runChild(mode: String, ledger: String) throws {
        switch mode {
        case "launch-verify", "launch-read", "launch-open":
            let me = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
            let measured = String(mode.dropFirst("launch-".count))
            let out = ledger + "/../child-\(measured)-\(getpid()).out"
            let r = try ChildProcess.run([me, "--child", measured, "--ledger", ledger], outputPath: out)
            unlink(out)
            unlink(out + ".err")
            try StandardStreams.output.writeLine(r.output.trimmingCharacters(in: .whitespacesAndNewlines) + " maxrss \(r.maxResidentBytes)")
        case "verify":
            let report = try Verifier.verify(ledgerAt: ledger)
            if let fault = report.fault { throw ChildProcess.Failure(description: "verify: \(fault)") }
            try StandardStreams.output.writeLine("events \(report.events) vmhwm \(highWaterMark())")
        case "open":
            let handle = try Ledger.open(at: ledger, mode: .readOnly)
            try StandardStreams.output.writeLine("events \(handle.headSeq) vmhwm \(highWaterMark())")
        default:
            let handle = try Ledger.open(at: ledger, mode: .readOnly)
            var count: Int64 = 0
            var members = 0
            try handle.forEachEvent { event in
                count += 1
                members += event.payload?.objectValue?.count ?? 0
            }
            guard members > 0 || count == 0 else { throw ChildProcess.Failure(description: "read: no payloads decoded") }
            try StandardStreams.output.writeLine("events \(count) vmhwm \(highWaterMark())")
        }
    }

    /// This process's peak resident memory since exec, in bytes (VmHWM in /proc/self/status).
    static func highWaterMark() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kib = line.dropFirst("VmHWM:".count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) } ?? 0
            return kib * 1024
        }
        return 0
    }
}
