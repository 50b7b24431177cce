import CLIKit
import Foundation
import LedgerJSON
import LedgerStore

#if canImport(Glibc)
import Glibc
#endif

/// One run of the benchmark: generates the events, measures the ledger and its baselines in the
/// same run (interleaving repeated measurements round by round so that load from other users of
/// the machine falls on both sides alike), and prints a table of figures and ratios.
final class Bench {
    struct Config {
        var events: Int
        var seed: UInt64
        var rounds: Int
        var appends: Int
        var batch: Int
        var queries: Int
        var parent: String
        var keep: Bool
        var commandLine: String
        /// The figures to measure (`--only`); empty for all.
        var only: Set<String> = []
        /// `--erase`: only the import and the erasure figure (issue 17).
        var eraseOnly = false
        /// `--format-version`: the ledger format the bench's ledgers are made in (2, what
        /// `caseledger init` makes, unless told 1, to compare the two in the same build).
        var formatVersion = 2
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let config: Config
    private var work = ""
    private var jsonl: String { work + "/events.jsonl" }
    private var script: String { work + "/" + PythonBaselines.fileName }
    private var importDir: String { work + "/import/ledger" }
    private var sqliteDB: String { work + "/import/events.db" }
    private var rows: [Row] = []
    private var facts: [String] = []
    private var failedChecks: [String] = []
    private var outputCounter = 0

    init(_ config: Config) {
        self.config = config
    }

    // MARK: - The run

    func run() throws {
        try say("caseledger-bench: \(group(config.events)) events, seed \(config.seed), \(config.rounds) rounds of repeated measurements")
        for line in Machine.describe() { try say(line) }
        try say("command: \(config.commandLine)")
        var template = Array("\(config.parent)/caseledger-bench-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw Failure(description: "cannot make a temporary directory under \(config.parent)") }
        work = String(cString: made)
        try say("data: \(work)\(config.keep ? " (kept)" : " (deleted at the end)")")
        defer {
            if !config.keep { try? FileManager.default.removeItem(atPath: work) }
        }
        try Data(PythonBaselines.script.utf8).write(to: URL(fileURLWithPath: script))

        try generate()
        let all = config.only.isEmpty
        if config.eraseOnly {
            try batchImport()
            try erasure()
        } else {
            if all || config.only.contains("appends") { try singleAppends() }
            if all || config.only.contains("import") || config.only.contains("verify") { try batchImport() }
            if all || config.only.contains("verify") { try verifyThroughput() }
        }
        if all && !config.eraseOnly {
            try decodeEverything()
            try oneCase()
            try inclusionProofs()
            try peakMemory()
        }

        try say("")
        try say("| figure | caseledger | baseline in the same run | ratio | goal | |")
        try say("|---|---|---|---|---|---|")
        for row in rows { try say(row.markdown) }
        try say("")
        for fact in facts { try say("- " + fact) }
        if !failedChecks.isEmpty {
            throw Failure(description: "sanity checks failed: " + failedChecks.joined(separator: "; "))
        }
    }

    // MARK: - Data

    /// Writes the events as JSON Lines (the SQLite baselines' input: the first `appends` for the
    /// single appends, the first `events` for the import), noting their average size.
    private func generate() throws {
        let start = Clock.now()
        var generator = SyntheticEvents(seed: config.seed)
        guard let file = fopen(jsonl, "wb") else { throw Failure(description: "cannot write \(jsonl)") }
        defer { fclose(file) }
        var bytes = 0
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        let count = max(config.events, config.appends)
        for i in 0..<count {
            let line = SyntheticEvents.jsonLine(generator.next())
            if i < config.events { bytes += line.count }
            buffer += line
            buffer.append(0x0A)
            if buffer.count >= 1 << 20 || i == count - 1 {
                guard fwrite(buffer, 1, buffer.count, file) == buffer.count else { throw Failure(description: "cannot write \(jsonl)") }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        // Synced before anything is timed: otherwise the kernel writes these hundreds of
        // megabytes back while the first timed loops of fdatasyncs run, slowing whichever runs first.
        guard fflush(file) == 0, fdatasync(fileno(file)) == 0 else { throw Failure(description: "cannot sync \(jsonl): \(String(cString: strerror(errno)))") }
        facts.append("events: \(group(config.events)) synthetic events, about 20 per case, \(SyntheticEvents.openCases) cases open at a time; canonical input line (the SQLite body) \(bytes / config.events) bytes on average")
        try say("generated \(group(config.events)) events as JSON Lines in \(seconds(Clock.now() - start))")
    }

    // MARK: - Single durable appends

    private func singleAppends() throws {
        let k = config.appends
        var generator = SyntheticEvents(seed: config.seed)
        let events = generator.next(k)
        var ledgerRates: [Double] = [], rawRates: [Double] = [], sqliteRates: [Double] = []
        // The raw loop writes the ledger's own lines for these events, taken from a ledger made
        // first and not timed, so that it need not follow the ledger. The ledger and the raw loop
        // then take turns, `turn` appends at a time, the order flipping at every turn: a shared
        // disk's sync time drifts by a factor of ten within seconds, and back-to-back loops would
        // each meet a different disk (and whichever ran first, a disk still writing back).
        let lines = try { [self] in
            let dir = "\(work)/single-lines"
            let ledger = try Ledger.create(at: dir, formatVersion: config.formatVersion)
            for event in events { try ledger.append([event]) }
            let lines = try segmentLines(of: dir)
            guard lines.count == k else { throw Failure(description: "the single-append ledger holds \(lines.count) lines, not \(k)") }
            return lines
        }()
        let lineBytes = lines.reduce(0) { $0 + $1.count } / k
        let turn = 25
        for round in 1...config.rounds {
            let dir = "\(work)/single-\(round)"
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
            let ledgerAndRaw = { [self] in
                let ledger = try Ledger.create(at: dir + "/ledger", formatVersion: config.formatVersion)
                let raw = try RawAppender(path: dir + "/raw.log")
                var inLedger = 0.0, inRaw = 0.0
                for (t, from) in stride(from: 0, to: k, by: turn).enumerated() {
                    let to = min(from + turn, k)
                    let ledgerTurn = {
                        let start = Clock.now()
                        for event in events[from..<to] { try ledger.append([event]) }
                        inLedger += Clock.now() - start
                    }
                    let rawTurn = { inRaw += try raw.append(lines[from..<to]) }
                    if Self.ledgerFirst(turn: t, round: round) { try ledgerTurn(); try rawTurn() } else { try rawTurn(); try ledgerTurn() }
                }
                ledgerRates.append(Double(k) / inLedger)
                rawRates.append(Double(k) / inRaw)
                let written = try segmentLines(of: dir + "/ledger")
                guard written.count == k else { throw Failure(description: "the single-append ledger holds \(written.count) lines, not \(k)") }
            }
            let sqlite = { [self] in
                let r = try python(["single", dir + "/single.db", jsonl, String(k)], tag: "single-\(round)")
                sqliteRates.append(Double(k) / (Double(try integer(r, "nanos")) / 1e9))
            }
            if round % 2 == 1 { try ledgerAndRaw(); try sqlite() } else { try sqlite(); try ledgerAndRaw() }
            try say("single appends, round \(round): caseledger \(rate(ledgerRates.last!))/s, raw \(rate(rawRates.last!))/s (\(String(format: "%.2f", ledgerRates.last! / rawRates.last!))×), SQLite \(rate(sqliteRates.last!))/s")
        }
        let ledger = median(ledgerRates), raw = median(rawRates), sqlite = median(sqliteRates)
        let paired = Self.pairedRatio(ledger: ledgerRates, raw: rawRates)
        rows.append(Row(
            figure: "single durable appends/s (one event, one fdatasync each; median of \(config.rounds) × \(group(k)); the ratio is the median of each round's own ratio)",
            caseledger: rate(ledger), baseline: "raw write+fdatasync of the same \(lineBytes)-byte lines: \(rate(raw))",
            ratio: paired, goal: "≥ 0.9× raw (issue 16)", met: paired >= 0.9))
        rows.append(Row(
            figure: "", caseledger: "", baseline: "SQLite WAL, synchronous=FULL, one transaction per event: \(rate(sqlite))",
            ratio: ledger / sqlite, goal: "≥ 1× SQLite", met: ledger / sqlite >= 1))
    }

    // MARK: - Batch import

    /// The batches the import appends, by how many events each holds: `config.batch` each, the last what is left.
    private var importBatches: [Int] {
        stride(from: 0, to: config.events, by: config.batch).map { min(config.batch, config.events - $0) }
    }

    /// Batches of the import per turn of the ledger and its raw floor.
    static let importTurn = 10

    /// Imports the events into `importDir` (the ledger the later figures read), timed against
    /// SQLite and against the I/O floor: the raw write+fdatasync of the ledger's own bytes in the
    /// same batches. The floor's bytes are the lines of a ledger made first from the same events
    /// in the same batches, not timed (lines of the same sizes as the timed ledger's: only the
    /// recorded times, salts and hashes differ), so that the raw loop need not follow the ledger.
    /// The import is cut into `config.rounds` rounds (consecutive runs of batches), and within a
    /// round the ledger and the raw loop take turns, `importTurn` batches at a time, the order
    /// flipping at every turn (`Bench.ledgerFirst`): a quick shared disk's sync time drifts within
    /// seconds, so a floor measured once, before or after the import, met another disk. Each round
    /// gives its own ratio; the figure is their median (`Bench.pairedRatio`).
    private func batchImport() throws {
        try FileManager.default.createDirectory(atPath: work + "/import", withIntermediateDirectories: false)
        let batches = importBatches
        let linesDir = work + "/import-lines"
        try { [self] in
            let ledger = try Ledger.create(at: linesDir, formatVersion: config.formatVersion)
            var generator = SyntheticEvents(seed: config.seed)
            for count in batches { try ledger.append(generator.next(count)) }
        }()
        defer { if !config.keep { try? FileManager.default.removeItem(atPath: linesDir) } }
        var lines = SegmentLineReader(files: try segmentFiles(of: linesDir))
        let ledger = try Ledger.create(at: importDir, formatVersion: config.formatVersion)
        var generator = SyntheticEvents(seed: config.seed)
        let rounds = min(config.rounds, batches.count)
        var inAppend = 0.0
        var ledgerRates: [Double] = [], rawRates: [Double] = []
        var done = 0
        var nextReport = config.events / 10
        let start = Clock.now()
        for round in 1...rounds {
            let ofRound = batches[batches.count * (round - 1) / rounds..<batches.count * round / rounds]
            let rawPath = work + "/import/raw-\(round).log"
            let raw = try RawAppender(path: rawPath)
            var inLedger = 0.0, inRaw = 0.0
            let events = ofRound.reduce(0, +)
            for (t, from) in stride(from: ofRound.startIndex, to: ofRound.endIndex, by: Self.importTurn).enumerated() {
                let turn = batches[from..<min(from + Self.importTurn, ofRound.endIndex)]
                // Made before either side is timed: the ledger's events and the raw loop's bytes.
                let ledgerBatches = turn.map { generator.next($0) }
                let rawBatches = try turn.map { try lines.next($0) }
                let ledgerTurn = {
                    let t0 = Clock.now()
                    for batch in ledgerBatches { try ledger.append(batch) }
                    inLedger += Clock.now() - t0
                }
                let rawTurn = { inRaw += try raw.append(rawBatches[...]) }
                if Self.ledgerFirst(turn: t, round: round) { try ledgerTurn(); try rawTurn() } else { try rawTurn(); try ledgerTurn() }
                done += turn.reduce(0, +)
                if done >= nextReport && done < config.events {
                    try say("import: \(group(done)) events, \(rate(Double(done) / (inAppend + inLedger))) events/s in append so far")
                    nextReport += config.events / 10
                }
            }
            if !config.keep { unlink(rawPath) }
            inAppend += inLedger
            ledgerRates.append(Double(events) / inLedger)
            rawRates.append(Double(events) / inRaw)
            try say("import, round \(round) (\(group(events)) events): caseledger \(rate(ledgerRates.last!)) events/s, raw write+fdatasync of the same bytes \(rate(rawRates.last!)) events/s (\(String(format: "%.2f", ledgerRates.last! / rawRates.last!))×)")
        }
        let wall = Clock.now() - start
        if ledger.headSeq != Int64(config.events) { failedChecks.append("the imported ledger ends at seq \(ledger.headSeq), not \(config.events)") }
        if try !lines.atEnd() { failedChecks.append("the raw loop left lines of the untimed ledger unwritten") }
        // So that readers below start from a complete index cache; timed, not counted: the writer
        // saves what is new in its index like this once every 4,096 events appended.
        let saveStart = Clock.now()
        ledger.saveIndex()
        let saveSeconds = Clock.now() - saveStart
        let ledgerRate = Double(config.events) / inAppend
        let r = try python(["batch", sqliteDB, jsonl, String(config.events), String(config.batch)], tag: "batch")
        let sqliteRate = Double(config.events) / (Double(try integer(r, "nanos")) / 1e9)
        try say("import: caseledger \(rate(ledgerRate)) events/s (\(seconds(inAppend)) in append, \(seconds(wall)) with generating the events and the raw loop); SQLite \(rate(sqliteRate)) events/s")
        let bytes = try segmentFiles(of: importDir).reduce(Int64(0)) { $0 + (try fileSize($1)) }
        let segments = try segmentFiles(of: importDir).count
        let indexBytes = try ["head.bin", "events.bin", "streams.bin"].reduce(Int64(0)) { $0 + (try fileSize(importDir + "/index/" + $1)) }
        facts.append("ledger: \(group(Int(bytes))) bytes in \(segments) segment\(segments == 1 ? "" : "s"), \(bytes / Int64(config.events)) bytes per line on average (hash, header with three digests, payload); SQLite database \(group(Int(try fileSize(sqliteDB)))) bytes")
        facts.append("index cache: index/ (head.bin, events.bin, streams.bin) is \(group(Int(indexBytes))) bytes at \(group(config.events)) events; the final save (Ledger.saveIndex, appending what the writer's own save every 4,096 events had not yet written) took \(seconds(saveSeconds))")
        let floor = median(rawRates), paired = Self.pairedRatio(ledger: ledgerRates, raw: rawRates)
        rows.append(Row(
            figure: "batch import of \(group(config.events)) events, events/s (\(group(config.batch)) events per append call, each durable)",
            caseledger: rate(ledgerRate), baseline: "SQLite, \(group(config.batch)) events per transaction: \(rate(sqliteRate))",
            ratio: ledgerRate / sqliteRate, goal: "≥ 3×", met: ledgerRate / sqliteRate >= 3))
        rows.append(Row(
            figure: "", caseledger: "",
            baseline: "raw write+fdatasync of the ledger's own bytes in the same batches (the I/O floor), taking turns with the import \(Self.importTurn) batches at a time: \(rate(floor)) (median of \(rounds) round\(rounds == 1 ? "" : "s")); the ratio is the median of each round's own ratio",
            ratio: paired, goal: "≥ 0.8× (issue 16)", met: paired >= 0.8))
    }

    /// Whether the ledger goes first in turn `turn` (counted from 0) of round `round` (from 1):
    /// the order flips at every turn, and each round begins the other way from the last.
    static func ledgerFirst(turn: Int, round: Int) -> Bool { (turn + round) % 2 == 0 }

    /// The median of each round's own ratio of the ledger's rate to the raw loop's: the two sides
    /// of a round took turns on the same disk, and the medians of each side alone could come from
    /// rounds that met different disks.
    static func pairedRatio(ledger: [Double], raw: [Double]) -> Double {
        median(zip(ledger, raw).map { $0 / $1 })
    }

    // MARK: - Verify

    private func verifyThroughput() throws {
        let files = try segmentFiles(of: importDir)
        _ = try ChildProcess.run(["sha256sum"] + files, outputPath: work + "/warm.out")  // brings the files into the page cache
        var ledger: [Double] = [], sha256sum: [Double] = [], openssl: [Double] = []
        // CPU seconds per run: the wall-clock ratio compares verify on every core with `openssl`
        // on one, and a shared machine moves both; CPU time says what each costs.
        var ledgerCPU: [Double] = [], opensslCPU: [Double] = []
        var bytes: Int64 = 0
        for round in 1...config.rounds {
            let measurements: [() throws -> Void] = [
                { [self] in
                    let start = Clock.now(), cpu = ChildProcess.ownCPUSeconds()
                    let report = try Verifier.verify(ledgerAt: importDir)
                    ledger.append(Double(report.bytes) / (Clock.now() - start) / 1e6)
                    ledgerCPU.append(ChildProcess.ownCPUSeconds() - cpu)
                    bytes = report.bytes
                    if report.fault != nil || report.events != Int64(config.events) {
                        failedChecks.append("verify: \(report.fault?.description ?? "\(report.events) events")")
                    }
                },
                { [self] in
                    let r = try ChildProcess.run(["sha256sum"] + files, outputPath: work + "/sha256sum.out")
                    sha256sum.append(Double(bytes) / r.seconds / 1e6)
                },
                { [self] in
                    let r = try ChildProcess.run(["openssl", "dgst", "-sha256"] + files, outputPath: work + "/openssl.out")
                    openssl.append(Double(bytes) / r.seconds / 1e6)
                    opensslCPU.append(r.cpuSeconds)
                },
            ]
            // Verify first (it gives the byte count), then the tools in alternating order.
            try measurements[0]()
            if round % 2 == 1 { try measurements[1](); try measurements[2]() } else { try measurements[2](); try measurements[1]() }
            try say("verify, round \(round): caseledger \(decimal(ledger.last!)) MB/s, sha256sum \(decimal(sha256sum.last!)) MB/s, openssl \(decimal(openssl.last!)) MB/s")
        }
        let v = median(ledger), s = median(sha256sum), o = median(openssl)
        rows.append(Row(
            figure: "verify of that ledger, MB/s (all \(Machine.cores) cores; files in the page cache)",
            caseledger: decimal(v), baseline: "`sha256sum` over the same files: \(decimal(s))",
            ratio: v / s, goal: "≥ 1.5×", met: v / s >= 1.5))
        rows.append(Row(
            figure: "", caseledger: "", baseline: "`openssl dgst -sha256` over the same files: \(decimal(o))",
            ratio: v / o, goal: "≥ 0.8× (issue 16)", met: v / o >= 0.8))
        let vc = median(ledgerCPU), oc = median(opensslCPU)
        facts.append("verify's CPU time (user and system, all threads; median of \(config.rounds)): caseledger \(Int((vc * 1000).rounded())) ms, `openssl dgst -sha256` \(Int((oc * 1000).rounded())) ms over the same \(group(Int(bytes))) bytes: caseledger needs \(decimal(vc / oc))× openssl's CPU")
    }

    // MARK: - Decode

    private func decodeEverything() throws {
        var ledgerRates: [Double] = [], sqliteRates: [Double] = [], opens: [Double] = []
        for round in 1...config.rounds {
            let ledgerSide = { [self] in
                let t0 = Clock.now()
                let ledger = try Ledger.open(at: importDir, mode: .readOnly)
                let t1 = Clock.now()
                var count = 0
                var payloadMembers = 0
                try ledger.forEachEvent { event in
                    count += 1
                    payloadMembers += event.payload?.objectValue?.count ?? 0
                }
                let t2 = Clock.now()
                if count != config.events || payloadMembers == 0 { failedChecks.append("decode: read \(count) events") }
                opens.append(t1 - t0)
                ledgerRates.append(Double(count) / (t2 - t1))
            }
            let sqliteSide = { [self] in
                let r = try python(["decode", sqliteDB], tag: "decode-\(round)")
                let n = try integer(r, "events")
                if n != config.events { failedChecks.append("SQLite decode: read \(n) events") }
                sqliteRates.append(Double(n) / (Double(try integer(r, "nanos")) / 1e9))
            }
            if round % 2 == 1 { try ledgerSide(); try sqliteSide() } else { try sqliteSide(); try ledgerSide() }
            try say("decode, round \(round): caseledger \(rate(ledgerRates.last!)) events/s (open \(seconds(opens.last!))), SQLite+Python \(rate(sqliteRates.last!)) events/s")
        }
        let l = median(ledgerRates), s = median(sqliteRates)
        rows.append(Row(
            figure: "decode every event, events/s (forEachEvent, one thread; open not included: \(seconds(median(opens))))",
            caseledger: rate(l), baseline: "SQLite + Python: read every row, `json.loads` each body: \(rate(s))",
            ratio: l / s, goal: "≥ 2.5×", met: l / s >= 2.5))
    }

    // MARK: - One case

    private func oneCase() throws {
        let ledger = try Ledger.open(at: importDir, mode: .readOnly)
        let streams = try ledger.streams
        var random = SplitMix64(seed: config.seed ^ 0x5EED)
        let sample = (0..<config.queries).map { _ in random.pick(streams) }
        let list = work + "/streams.txt"
        try Data(sample.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: list))
        var l50: [Double] = [], l99: [Double] = [], s50: [Double] = [], s99: [Double] = []
        var perCase = 0
        for round in 1...config.rounds {
            var ledgerTotal = 0, sqliteTotal = 0
            let ledgerSide = {
                var times: [Double] = []
                times.reserveCapacity(sample.count)
                for stream in sample {
                    let t = Clock.now()
                    let events = try ledger.events(inStream: stream)
                    times.append(Clock.now() - t)
                    ledgerTotal += events.count
                }
                l50.append(percentile(times, 50) * 1e6)
                l99.append(percentile(times, 99) * 1e6)
            }
            let sqliteSide = { [self] in
                let r = try python(["query", sqliteDB, list], tag: "query-\(round)")
                sqliteTotal = try integer(r, "events")
                guard case .array(let nanos)? = r["nanos"], nanos.count == sample.count else {
                    throw Failure(description: "the query baseline gave no times")
                }
                let times = nanos.map { Double($0.integerValue ?? 0) / 1e9 }
                s50.append(percentile(times, 50) * 1e6)
                s99.append(percentile(times, 99) * 1e6)
            }
            if round % 2 == 1 { try ledgerSide(); try sqliteSide() } else { try sqliteSide(); try ledgerSide() }
            if ledgerTotal != sqliteTotal { failedChecks.append("one case: SQLite found \(sqliteTotal) events, the ledger \(ledgerTotal)") }
            perCase = ledgerTotal / sample.count
            try say("one case, round \(round): caseledger p50 \(decimal(l50.last!)) µs p99 \(decimal(l99.last!)) µs; SQLite p50 \(decimal(s50.last!)) µs p99 \(decimal(s99.last!)) µs")
        }
        let a = median(l50), b = median(l99), c = median(s50), d = median(s99)
        rows.append(Row(
            figure: "one case's events among \(group(config.events)), p50 µs (\(group(config.queries)) random cases of ~\(perCase) events; events(inStream:), in-process)",
            caseledger: decimal(a), baseline: "SQLite indexed query on stream, rows `json.loads`ed, in-process: \(decimal(c))",
            ratio: a / c, goal: "≤ 1×", met: a / c <= 1))
        rows.append(Row(
            figure: "… p99 µs", caseledger: decimal(b), baseline: "the same: \(decimal(d))",
            ratio: b / d, goal: "≤ 1×", met: b / d <= 1))
    }

    // MARK: - Inclusion proofs (issue 16)

    /// One inclusion proof among all the events, from the Merkle tree cache the import kept
    /// (`index/tree/`), in-process: `Ledger.inclusionProof(seq:)` for random seqs, each answer
    /// checked by the ledger against the root at the head; every proof is then verified against
    /// that root (not timed). The first call on a fresh handle (reading the cache's head and
    /// right edge) is timed apart.
    private func inclusionProofs() throws {
        let ledger = try Ledger.open(at: importDir, mode: .readOnly)
        let size = ledger.headSeq
        var random = SplitMix64(seed: config.seed ^ 0x7EE)
        let seqs = (0..<config.queries).map { _ in Int64(random.next() % UInt64(size)) + 1 }
        let t0 = Clock.now()
        let root = try ledger.merkleRoot()
        let first = Clock.now() - t0
        var p50: [Double] = [], p99: [Double] = []
        for round in 1...config.rounds {
            var times: [Double] = []
            var proofs: [(Int64, MerkleInclusionProof)] = []
            times.reserveCapacity(seqs.count)
            for seq in seqs {
                let t = Clock.now()
                let proof = try ledger.inclusionProof(seq: seq)
                times.append(Clock.now() - t)
                proofs.append((seq, proof))
            }
            let events = Dictionary(uniqueKeysWithValues: try seqs.map { ($0, try ledger.event(seq: $0).hash) })
            for (seq, proof) in proofs {
                do { try proof.verify(leafHash: MerkleHash.leaf(eventHash: events[seq]!), root: root) } catch {
                    failedChecks.append("the inclusion proof of seq \(seq) does not verify: \(error)")
                }
            }
            p50.append(percentile(times, 50) * 1e6)
            p99.append(percentile(times, 99) * 1e6)
            try say("inclusion proofs, round \(round): p50 \(decimal(p50.last!)) µs p99 \(decimal(p99.last!)) µs")
        }
        let b = median(p99)
        rows.append(Row(
            figure: "one inclusion proof among \(group(Int(size))) events, p99 µs (\(group(config.queries)) random seqs; Ledger.inclusionProof from the tree cache, each answer checked against the head root; in-process)",
            caseledger: decimal(b), baseline: "the goal's 1 ms (1,000 µs); p50 \(decimal(median(p50))) µs",
            ratio: b / 1000, goal: "≤ 1×", met: b <= 1000))
        facts.append("Merkle tree: the root of \(group(Int(size))) events on a fresh read-only handle (reading index/tree/head.bin and checking it against the log) took \(seconds(first))")
    }

    // MARK: - Peak memory

    /// Runs verify and a full read in child processes (this binary with --child) on a ledger
    /// holding about a tenth of the segments and on the whole ledger, and reads each child's peak
    /// resident memory from wait4.
    private func peakMemory() throws {
        let all = try segmentFiles(of: importDir)
        let small = work + "/small"
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: importDir + "/ledger.json", toPath: small + "/ledger.json")
        for file in all.prefix(max(1, all.count / 10)) {
            try FileManager.default.linkItem(atPath: file, toPath: small + "/" + (file as NSString).lastPathComponent)
        }
        let copy = try Ledger.open(at: small, mode: .readWrite)
        copy.saveIndex()
        let me = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        var cells: [String: [String]] = ["verify": [], "read": [], "open": []]
        var peaks: [String: [Int]] = ["verify": [], "read": [], "open": []]
        for (dir, events) in [(small, copy.headSeq), (importDir, Int64(config.events))] {
            for mode in ["verify", "read", "open"] {
                let r = try ChildProcess.run([me, "--child", "launch-" + mode, "--ledger", dir], outputPath: work + "/child-\(mode).out")
                var values: [String: Int] = [:]
                let words = r.output.split(whereSeparator: { $0 == " " || $0 == "\n" })
                for i in stride(from: 0, to: words.count - 1, by: 2) { values[String(words[i])] = Int(words[i + 1]) }
                let maxrss = values["maxrss"] ?? 0, vmhwm = values["vmhwm"] ?? 0
                if values["events"] != Int(events) { failedChecks.append("child \(mode) of \(dir) saw \(values["events"] ?? -1) events, not \(events)") }
                if maxrss == 0 || abs(maxrss - vmhwm) > max(maxrss, vmhwm) / 10 {
                    failedChecks.append("child \(mode): ru_maxrss \(maxrss) and VmHWM \(vmhwm) disagree")
                }
                cells[mode]!.append("\(megabytes(maxrss)) at \(group(Int(events))) events")
                peaks[mode]!.append(maxrss)
                try say("peak memory, \(mode) of \(group(Int(events))) events: ru_maxrss \(megabytes(maxrss)) (VmHWM \(megabytes(vmhwm)))")
            }
        }
        for (mode, figure) in [
            ("verify", "peak memory of verify (child process, ru_maxrss from wait4)"),
            ("read", "peak memory of a full read (open + forEachEvent, child process)"),
            ("open", "… of which Ledger.open alone (reads index/head.bin, checks it against the log)"),
        ] {
            let p = peaks[mode]!
            let growth = Double(p[1]) / Double(p[0])
            rows.append(Row(
                figure: figure, caseledger: cells[mode]!.joined(separator: "; "), baseline: "—",
                ratio: growth, ratioLabel: "× from the small ledger to the big",
                goal: mode == "open" ? "—" : "≤ 100 MB, flat", met: mode == "open" ? nil : p[1] <= 100_000_000 && growth < 1.25))
        }
        facts.append("peak memory: each operation runs in a grandchild (this binary with --child), so that ru_maxrss is its own and not this process's (exec charges the replaced address space's high-water mark to ru_maxrss, and posix_spawn's child starts in the parent's); VmHWM from /proc agrees within 10%")
    }

    // MARK: - Helpers

    private func python(_ arguments: [String], tag: String) throws -> JSONValue {
        let r = try ChildProcess.run(["python3", script] + arguments, outputPath: "\(work)/python-\(tag).out")
        do { return try JSONParser.parse(r.output.trimmingCharacters(in: .whitespacesAndNewlines)) } catch {
            throw Failure(description: "the SQLite baseline printed something that is not JSON: \(r.output.prefix(200))")
        }
    }

    private func integer(_ value: JSONValue, _ key: String) throws -> Int {
        guard let i = value[key]?.integerValue else { throw Failure(description: "the SQLite baseline gave no \(key)") }
        return Int(i)
    }

    // MARK: - Erasure (issue 17)

    /// `--erase`: records erasureAuthorised events naming one part of every tenth event (10% of the
    /// events), then times `Ledger.erase` of them all against the floor: the same segments
    /// rewritten raw (read, written to a new file, fsync, rename, directory fsync), in the same run.
    private func erasure() throws {
        let ledger = try Ledger.open(at: importDir, mode: .readWrite)
        var parts: [ErasedPart] = []
        try ledger.forEachEvent { e in
            if e.seq % 10 == 1, let pointer = e.partSalts?.keys.min()?.string { parts.append(ErasedPart(seq: Int(e.seq), pointer: pointer)) }
        }
        var k = 0
        while k < parts.count {
            let chunk = parts[k..<min(parts.count, k + 5_000)]
            let erases = JSONValue.array(chunk.map { ["seq": .integer(Int64($0.seq)), "parts": .array([.string($0.pointer)])] })
            try ledger.append([NewEvent(stream: "retention", type: "erasureAuthorised", actor: "bench", payload: ["erases": erases, "reason": "benchmark"])])
            k += chunk.count
        }
        ledger.saveIndex()
        let start = Clock.now()
        let outcome = try ledger.erase(parts)
        let eraseSeconds = Clock.now() - start
        if outcome.erased.count != parts.count { failedChecks.append("erase erased \(outcome.erased.count) parts, not \(parts.count)") }
        // The floor: the same segments rewritten raw, crash-safely, with nothing decided or changed.
        let floorStart = Clock.now()
        for name in outcome.segmentsRewritten {
            let path = importDir + "/" + name, temporary = importDir + "/.raw-" + name + ".tmp"
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw Failure(description: "cannot write \(temporary)") }
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written == bytes.count, fsync(fd) == 0 else { throw Failure(description: "cannot write \(temporary)") }
            close(fd)
            guard rename(temporary, path) == 0 else { throw Failure(description: "cannot rename \(temporary)") }
            let dir = open(importDir, O_RDONLY | O_DIRECTORY)
            _ = fsync(dir)
            close(dir)
        }
        let floorSeconds = Clock.now() - floorStart
        let report = try Verifier.verify(ledgerAt: importDir)
        if !report.isIntact { failedChecks.append("the erased ledger does not verify: \(String(describing: report.fault))") }
        try say("erase: \(group(parts.count)) parts of \(group(config.events)) events in \(outcome.segmentsRewritten.count) segments: \(seconds(eraseSeconds)); raw rewrite of the same segments \(seconds(floorSeconds))")
        rows.append(Row(
            figure: "erase one part of 10% of \(group(config.events)) events (Ledger.erase, authorised, crash-safe), seconds",
            caseledger: seconds(eraseSeconds),
            baseline: "raw rewrite of the same \(outcome.segmentsRewritten.count) segments (write, fsync, rename, directory fsync): \(seconds(floorSeconds))",
            ratio: eraseSeconds / floorSeconds, goal: "—", met: nil))
    }

    private func segmentFiles(of dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir)
            .filter { $0.hasPrefix("segment-") && $0.hasSuffix(".jsonl") }.sorted().map { dir + "/" + $0 }
    }

    private func segmentLines(of dir: String) throws -> [[UInt8]] {
        var reader = SegmentLineReader(files: try segmentFiles(of: dir))
        var lines: [[UInt8]] = []
        while try !reader.atEnd() { lines.append(try reader.next(1)) }
        return lines
    }

    private func fileSize(_ path: String) throws -> Int64 {
        var st = stat()
        guard stat(path, &st) == 0 else { throw Failure(description: "cannot stat \(path)") }
        return Int64(st.st_size)
    }

    private func say(_ line: String) throws {
        try StandardStreams.output.writeLine(line)
        try StandardStreams.output.flush()
    }
}

/// One line of the results table.
struct Row {
    var figure: String
    var caseledger: String
    var baseline: String
    var ratio: Double
    var ratioLabel = "×"
    var goal: String
    /// Nil for a figure shown for scale, with no goal.
    var met: Bool?

    var markdown: String {
        let verdict = met.map { $0 ? "met" : "**missed**" } ?? ""
        return "| \(figure) | \(caseledger) | \(baseline) | \(String(format: "%.2f", ratio))\(ratioLabel) | \(goal) | \(verdict) |"
    }
}

// MARK: - Numbers

func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// The nearest-rank percentile.
func percentile(_ values: [Double], _ p: Double) -> Double {
    let s = values.sorted()
    let rank = Int((p / 100 * Double(s.count)).rounded(.up))
    return s[min(s.count, max(1, rank)) - 1]
}

/// 1234567 → "1,234,567".
func group(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return (n < 0 ? "-" : "") + out
}

func rate(_ perSecond: Double) -> String { group(Int(perSecond.rounded())) }

func decimal(_ v: Double) -> String { v >= 100 ? group(Int(v.rounded())) : String(format: "%.1f", v) }

func megabytes(_ bytes: Int) -> String { "\(decimal(Double(bytes) / 1e6)) MB" }

func seconds(_ s: Double) -> String { String(format: "%.2f s", s) }

/// The raw baseline of the single appends and of the import: each buffer (a line, or a batch's
/// lines) with one write(2) and one fdatasync(2) to a new file opened O_APPEND, as the ledger
/// writes a batch.
private final class RawAppender {
    let fd: Int32
    let path: String

    init(path: String) throws {
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        self.path = path
        guard fd >= 0 else { throw Bench.Failure(description: "cannot open \(path): \(String(cString: strerror(errno)))") }
    }

    deinit { close(fd) }

    /// Writes and syncs `lines` one by one (each a line, or a batch's lines); returns the seconds taken.
    func append(_ lines: ArraySlice<[UInt8]>) throws -> Double {
        let start = Clock.now()
        for line in lines {
            try line.withUnsafeBytes { raw in
                var done = 0
                while done < raw.count {
                    let n = write(fd, raw.baseAddress! + done, raw.count - done)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw Bench.Failure(description: "write to \(path) failed: \(String(cString: strerror(errno)))")
                    }
                    done += n
                }
            }
            guard fdatasync(fd) == 0 else { throw Bench.Failure(description: "fdatasync of \(path) failed: \(String(cString: strerror(errno)))") }
        }
        return Clock.now() - start
    }
}

/// The lines of a ledger's segment files, in order, handed out a number at a time: the import's
/// raw loop writes them batch by batch. One segment file is held in memory at a time.
private struct SegmentLineReader {
    private var files: ArraySlice<String>
    private var bytes: [UInt8] = []
    private var at = 0

    init(files: [String]) {
        self.files = files[...]
    }

    /// True when every line of every file has been handed out.
    mutating func atEnd() throws -> Bool {
        while at == bytes.count {
            guard let file = files.popFirst() else { return true }
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            at = 0
        }
        return false
    }

    /// The next `count` lines, newlines included, in one buffer; throws when fewer are left.
    mutating func next(_ count: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        var left = count
        while left > 0 {
            guard try !atEnd() else { throw Bench.Failure(description: "the untimed ledger holds \(count - left) more lines, not \(count)") }
            var i = at
            while i < bytes.count && left > 0 {
                if bytes[i] == 0x0A { left -= 1 }
                i += 1
            }
            guard bytes[i - 1] == 0x0A else { throw Bench.Failure(description: "the untimed ledger's last segment ends in an unfinished line") }
            out += bytes[at..<i]
            at = i
        }
        return out
    }
}
