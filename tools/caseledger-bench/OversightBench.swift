import CaseAudit
import CaseDemo
import CaseLedger
import CaseService
import CLIKit
import Foundation
import LedgerJSON
import LedgerStore

#if canImport(Glibc)
import Glibc
#endif

/// `caseledger-bench --oversight`: the oversight projections at scale, each figure against a
/// baseline measured in the same run (rounds interleaved, medians shown):
///
/// - the full rebuild of every case's caseload facts and compliance findings (in-process, the
///   ledger opened and verified first, untimed), events/s, against Python reading every row of
///   the same events from SQLite in seq order and `json.loads`-ing each;
/// - `caseledger-audit caseload` and `compliance` as whole processes, from a checkpoint taken
///   `--behind` events before the head, against the same from scratch (and the projection alone,
///   in-process);
/// - `caseledger-audit trail` for one case as a whole process, given a verification record and
///   without one, against the `sqlite3` command line fetching that case's rows from the indexed
///   table.
struct OversightBench {
    let cases: Int
    let seed: UInt64
    let rounds: Int
    let behind: Int64
    let parent: String
    let keep: Bool
    let ledgerGiven: String?
    /// Measure only the full rebuild against its baseline (for a quick look between changes).
    var rebuildOnly = false
    let commandLine: String

    private func say(_ line: String) throws { try StandardStreams.output.writeLine(line) }

    func run() throws {
        let made = mkdtemp(strdup(parent + "/caseledger-oversight-XXXXXX"))!
        let work = String(cString: made)
        defer { if !keep { try? FileManager.default.removeItem(atPath: work) } }
        try say("data: \(work)\(keep ? " (kept)" : " (deleted at the end)")")
        for line in Machine.describe() { try say(line) }
        try say("command: \(commandLine)")

        let ledgerPath = ledgerGiven ?? work + "/ledger"
        if ledgerGiven == nil {
            let start = Clock.now()
            let summary = try SyntheticCaseload.write(to: ledgerPath, cases: cases, seed: seed)
            try say("generated \(group(summary.cases)) cases, \(group(Int(summary.events))) events in \(seconds(Clock.now() - start)) (\(summary.firstDay?.iso ?? "") to \(summary.lastDay?.iso ?? ""))")
        }
        let me = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let audit = (me as NSString).deletingLastPathComponent + "/caseledger-audit"
        guard FileManager.default.isExecutableFile(atPath: audit) else {
            throw ChildProcess.Failure(description: "\(audit) is missing: swift build -c release --product caseledger-audit first")
        }

        // The same events in SQLite, indexed on stream (untimed).
        let ledger = try AuditLedger.open(at: ledgerPath)
        let head = ledger.head.seq
        let jsonl = work + "/events.jsonl", db = work + "/events.db", script = work + "/" + OversightBaselines.fileName
        try export(ledger.ledger, to: jsonl)
        try Data(OversightBaselines.script.utf8).write(to: URL(fileURLWithPath: script))
        let loaded = try python([script, "load", db, jsonl], work: work, tag: "load")
        guard loaded["events"]?.integerValue == head else { throw ChildProcess.Failure(description: "SQLite holds \(loaded) events, the ledger \(head)") }
        try say("ledger: \(group(Int(head))) events on \(group(ledger.ledger.streams.count - 2)) cases; \(megabytes(directorySize(ledgerPath))); SQLite \(megabytes(directorySize(db)))")

        // The rebuild exactly as the audit tool makes it today.
        let service = CaseService(ledger: try ledger.ledger)
        let inForce = try service.configuration(inForceAt: .now())
        let deadline = (inForce?.configuration ?? Configuration(chargingRateTables: []), inForce?.seq ?? 0)
        let timeline = ConfigurationTimeline(try service.publishedConfigurations())
        let fallback = deadline.0
        let configurationAt: @Sendable (Timestamp) -> Configuration = { t in timeline.configuration(at: t) ?? fallback }
        let today = CalendarDate(.now())
        let authorityEverywhere = try ledger.authorityEverywhere()
        func rebuild(through: Int64? = nil) -> OversightRebuild {
            var r = OversightRebuild(ledger: ledger, asOf: today, deadlineConfiguration: deadline, configurationAt: configurationAt, through: through)
            r.authorityEverywhere = authorityEverywhere
            return r
        }
        if rebuildOnly {
            var rates: [Double] = [], pythonRates: [Double] = [], times: [Double] = []
            for round in 0..<rounds {
                for ours in (round % 2 == 0 ? [true, false] : [false, true]) {
                    guard ours else {
                        pythonRates.append(try pythonRate(script: script, db: db, work: work, head: head))
                        continue
                    }
                    let start = Clock.now()
                    _ = try rebuild().fromScratch()
                    times.append(Clock.now() - start)
                    rates.append(Double(head) / times.last!)
                }
            }
            try say("")
            try say(rebuildRow(rates: rates, pythonRates: pythonRates, times: times))
            return
        }
        let checkpointSeq = max(1, head - behind)
        var checkpoint = try rebuild(through: checkpointSeq).fromScratch()
        // issue 18: fastload. Saved as a run that verified the whole ledger saves it (the ledger was
        // verified on opening, above): with the Merkle tree's edge at its head, so the command can
        // start from it and verify only the events after it.
        checkpoint.provenance = CheckpointProvenance(
            edge: try ledger.ledger.merkleEdge(size: checkpointSeq), wholeVerifiedSeq: checkpointSeq, wholeVerifiedAt: .now())
        let checkpointFile = work + "/checkpoint.jsonl"
        try Data(OversightCheckpoint.encode(checkpoint)).write(to: URL(fileURLWithPath: checkpointFile))

        var rebuildRates: [Double] = [], pythonRates: [Double] = []
        var scratchSeconds: [Double] = [], fromCheckpointSeconds: [Double] = []
        var processes: [String: [Double]] = [:]
        var rss: [String: Int] = [:]
        var sampleRandom = SplitMix64(seed: seed)
        let sample = (0..<max(5, rounds)).map { _ in SyntheticCaseload.caseId(Int(sampleRandom.next() % UInt64(cases))) }
        // The verification record the case reports are given (a whole process, timed once).
        let recordFile = work + "/verified.rec"
        let recordRun = try ChildProcess.run([audit, "verify", "--ledger", ledgerPath, "--verification-record", recordFile], outputPath: "\(work)/verify.out")
        let recordBytes = (try FileManager.default.attributesOfItem(atPath: recordFile)[.size] as? NSNumber)?.intValue ?? 0
        var reference: [UInt8] = []
        for round in 0..<rounds {
            try say("round \(round + 1) of \(rounds)")
            let order = round % 2 == 0 ? [true, false] : [false, true]
            for ours in order {
                if ours {
                    let start = Clock.now()
                    let p = try rebuild().fromScratch()
                    let t = Clock.now() - start
                    rebuildRates.append(Double(head) / t)
                    scratchSeconds.append(t)
                    let bytes = OversightCheckpoint.encode(p)
                    if reference.isEmpty { reference = bytes }
                    let s2 = Clock.now()
                    let (q, discarded) = try rebuild().from(checkpoint: checkpoint)
                    fromCheckpointSeconds.append(Clock.now() - s2)
                    guard discarded == nil, OversightCheckpoint.encode(q) == bytes else {
                        throw ChildProcess.Failure(description: "the projection from the checkpoint differs from the one from scratch (\(discarded ?? "same basis"))")
                    }
                } else {
                    pythonRates.append(try pythonRate(script: script, db: db, work: work, head: head))
                }
            }
            for command in ["caseload", "compliance"] {
                // issue 18: fastload. "whole": from the checkpoint with --verify-whole (the whole ledger verified first, as before).
                for kind in (round % 2 == 0 ? ["scratch", "checkpoint", "whole"] : ["whole", "checkpoint", "scratch"]) {
                    let fromCheckpoint = kind != "scratch"
                    let key = "\(command)-\(kind)"
                    let cp = work + "/cp-\(command).jsonl"
                    try? FileManager.default.removeItem(atPath: cp)
                    // issue 18: delta18. The previous run's delta too: each run starts from the checkpoint `behind` events back.
                    try? FileManager.default.removeItem(atPath: OversightCheckpoint.deltaPath(of: cp))
                    if fromCheckpoint { try FileManager.default.copyItem(atPath: checkpointFile, toPath: cp) }
                    // compliance exits 1 when it lists open findings: that is its answer, not a failure. GNU time reports
                    // the command's own peak memory (a direct child of this big process would be charged this one's).
                    let rssFile = "\(work)/\(key).rss"
                    let flag = kind == "whole" ? " --verify-whole" : ""
                    let line = "/usr/bin/time -f %M -o '\(rssFile)' '\(audit)' \(command) --ledger '\(ledgerPath)' --format csv --checkpoint '\(cp)'\(flag); test $? -le 1"
                    let r = try ChildProcess.run(["sh", "-c", line], outputPath: "\(work)/\(key).out")
                    let kib = (try? ChildProcess.readFile(rssFile))?.split(separator: "\n").last.flatMap { Int($0) } ?? 0
                    if fromCheckpoint, let err = try? ChildProcess.readFile("\(work)/\(key).out.err"), err.contains("discarded") {
                        throw ChildProcess.Failure(description: "\(command) discarded the checkpoint: \(err)")
                    }
                    processes[key, default: []].append(r.seconds)
                    rss[key] = max(rss[key] ?? 0, kib * 1024)
                }
            }
            for kind in (round % 2 == 0 ? ["trail-record", "trail", "sqlite3"] : ["sqlite3", "trail", "trail-record"]) {
                for caseId in sample {
                    if kind != "sqlite3" {
                        let record = kind == "trail-record" ? ["--verification-record", recordFile] : []
                        let r = try ChildProcess.run([audit, "trail", caseId, "--ledger", ledgerPath] + record, outputPath: "\(work)/\(kind).out")
                        processes[kind, default: []].append(r.seconds)
                    } else {
                        let sql = "SELECT seq, type, body FROM events WHERE stream = '\(caseId)' ORDER BY seq"
                        let r = try ChildProcess.run(["sqlite3", db, sql], outputPath: "\(work)/sqlite3.out")
                        guard r.output.split(separator: "\n").count == Int(try ledger.ledger.version(of: caseId)) else {
                            throw ChildProcess.Failure(description: "sqlite3 returned other rows for \(caseId)")
                        }
                        processes["sqlite3", default: []].append(r.seconds)
                    }
                }
            }
        }
        let verifyStart = Clock.now()
        _ = try Verifier.verify(ledgerAt: ledgerPath)
        let verifySeconds = Clock.now() - verifyStart

        let m = { (k: String) in median(processes[k]!) }
        try say("")
        try say("| figure | caseledger | baseline in the same run | ratio | goal | |")
        try say("|---|---|---|---|---|---|")
        try say(rebuildRow(rates: rebuildRates, pythonRates: pythonRates, times: scratchSeconds))
        try say("| … the same projection from a checkpoint \(group(Int(behind))) events behind the head (in-process) | \(seconds(median(fromCheckpointSeconds))) | from scratch: \(seconds(median(scratchSeconds))) | \(String(format: "%.3f", median(fromCheckpointSeconds) / median(scratchSeconds)))× | — | |")
        for command in ["caseload", "compliance"] {
            let c = m("\(command)-checkpoint"), s = m("\(command)-scratch"), w = m("\(command)-whole")
            let all = processes["\(command)-checkpoint"]!.sorted()
            try say("| `caseledger-audit \(command)` over \(group(Int(head))) events, whole process, from a checkpoint \(group(Int(behind))) events behind (peak \(megabytes(rss["\(command)-checkpoint"]!)); runs \(String(format: "%.2f", all.first!))–\(String(format: "%.2f", all.last!)) s) | \(seconds(c)) | the same from scratch (peak \(megabytes(rss["\(command)-scratch"]!))): \(seconds(s)) | \(String(format: "%.2f", c / s))× | issue 18: ≤ 0.5 s | \(c <= 0.5 ? "met" : "**missed**") |")
            try say("| … the same with `--verify-whole` (the whole ledger verified first) | \(seconds(w)) | the same from scratch: \(seconds(s)) | \(String(format: "%.2f", w / s))× | — | |")
        }
        let trailRatio = m("trail") / m("sqlite3")
        let recordRatio = m("trail-record") / m("sqlite3")
        try say("| `caseledger-audit trail CASE --verification-record R` among \(group(Int(head))) events, whole process (median of \(processes["trail-record"]!.count)) | \(String(format: "%.4f s", m("trail-record"))) | `sqlite3` command line, that case's rows from the indexed table: \(String(format: "%.4f s", m("sqlite3"))) | \(String(format: "%.1f", recordRatio))× | ≤ 2× | \(recordRatio <= 2 ? "met" : "**missed**") |")
        try say("| … the same without a record (the whole ledger verified first) | \(String(format: "%.3f s", m("trail"))) | the same: \(String(format: "%.4f s", m("sqlite3"))) | \(String(format: "%.1f", trailRatio))× | — | |")
        try say("")
        try say("verify of the whole ledger in-process (what every audit command does first): \(seconds(verifySeconds)); checkpoint file \(megabytes(Int(reference.count)))")
        try say("`caseledger-audit verify --verification-record R` as a whole process (once): \(seconds(recordRun.seconds)); the record \(megabytes(recordBytes))")
    }

    /// The table row of the full rebuild against SQLite + Python (medians).
    private func rebuildRow(rates: [Double], pythonRates: [Double], times: [Double]) -> String {
        let ratio = median(rates) / median(pythonRates)
        return "| full rebuild of every case's caseload facts and compliance findings, events/s (in-process, on every core; open and verify not included) | \(rate(median(rates))) (\(seconds(median(times)))) | SQLite + Python: read every row in seq order, `json.loads` each: \(rate(median(pythonRates))) | \(String(format: "%.2f", ratio))× | ≥ 2.5× | \(ratio >= 2.5 ? "met" : "**missed**") |"
    }

    /// Events per second of one run of the Python baseline (every row read in seq order and parsed).
    private func pythonRate(script: String, db: String, work: String, head: Int64) throws -> Double {
        let r = try python([script, "decode", db], work: work, tag: "decode")
        guard let n = r["events"]?.integerValue, n == head, let nanos = r["nanos"]?.integerValue else {
            throw ChildProcess.Failure(description: "python decode: \(r)")
        }
        return Double(n) / (Double(nanos) / 1e9)
    }

    private func export(_ ledger: Ledger, to path: String) throws {
        guard let f = fopen(path, "wb") else { throw ChildProcess.Failure(description: "cannot write \(path)") }
        defer { fclose(f) }
        var buffer: [UInt8] = []
        try ledger.forEachEvent { e in
            CanonicalJSON.append(.object([
                "seq": .integer(e.seq), "id": .string(e.id.description), "stream": .string(e.stream), "type": .string(e.type),
                "schema": .integer(e.schema), "actor": .string(e.actor), "recordedAt": .string(e.recordedAt.rfc3339), "data": e.payload ?? .null,
            ]), to: &buffer)
            buffer.append(0x0A)
            if buffer.count > 1 << 20 {
                fwrite(buffer, 1, buffer.count, f)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        fwrite(buffer, 1, buffer.count, f)
    }

    private func python(_ arguments: [String], work: String, tag: String) throws -> JSONValue {
        let r = try ChildProcess.run(["python3"] + arguments, outputPath: "\(work)/python-\(tag).out")
        return try JSONParser.parse(r.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private func directorySize(_ path: String) -> Int {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return 0 }
        guard isDir.boolValue else { return ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0 }
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
        return names.reduce(0) { $0 + (((try? FileManager.default.attributesOfItem(atPath: path + "/" + $1)[.size]) as? Int) ?? 0) }
    }
}
