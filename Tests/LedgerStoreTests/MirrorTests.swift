import Foundation
import LedgerStore
import Testing

/// `LedgerMirror`: a second ledger directory holding the ledger's committed prefix file for file,
/// extended only while it is a prefix of the ledger (issue 16 item 7; INVARIANTS.md rules 32, 33).
@Suite struct MirrorTests {
    /// A ledger spread over several small segments (batches of 1–3 events), and a mirror path
    /// beside it that does not exist yet.
    final class Pair {
        let scratch = Scratch()
        var ledger: String { scratch.ledgerPath }
        var mirror: String { scratch.path + "/mirror" }
        var n: Int64 = 0

        init(events: Int64 = 20) throws {
            // Format version 1: the tests below change lines by the version 1 layout and count on
            // its line sizes for the segments; a version 2 mirror is in FormatVersion2Tests.
            let writer = try Ledger.create(at: scratch.ledgerPath, formatVersion: 1)
            writer.segmentMaxBytes = 1_500
            try append(events, with: writer)
        }

        /// Appends `count` more events in batches of 1–3.
        func append(_ count: Int64, with given: Ledger? = nil) throws {
            let writer = try given ?? Ledger.open(at: ledger, mode: .readWrite)
            writer.segmentMaxBytes = 1_500
            let stop = n + count
            while n < stop {
                let size = min(Int(n % 3) + 1, Int(stop - n))
                try writer.append((0..<size).map { _ in n += 1; return event("C-\(n % 3)", n: n) })
            }
        }

        /// Every file of the ledger's segments and manifest, as they are.
        func ledgerFiles() throws -> [String: [UInt8]] { try segmentsAndManifest(of: ledger) }


        /// Runs the mirror.
        @discardableResult
        func run(full: Bool = false) throws -> MirrorReport { try LedgerMirror.mirror(ledger: ledger, to: mirror, full: full) }

        /// The run's refusal, asserting that neither directory changed by a byte.
        func refusal(full: Bool = false) throws -> MirrorError {
            let before = (snapshot(of: ledger), snapshot(of: mirror), FileManager.default.fileExists(atPath: mirror))
            var refused: MirrorError? = nil
            do { try run(full: full) } catch let error as MirrorError { refused = error } catch { Issue.record("\(error)") }
            #expect(snapshot(of: ledger) == before.0, "the ledger changed")
            #expect(snapshot(of: mirror) == before.1, "the mirror changed")
            #expect(FileManager.default.fileExists(atPath: mirror) == before.2)
            return try #require(refused)
        }
    }

    /// Cuts the log at `dir` after seq `seq` (a batch's end): later lines and segments removed, the
    /// index cache with them.
    static func cut(_ dir: String, after seq: Int64) throws {
        try? FileManager.default.removeItem(atPath: dir + "/index")
        var first: Int64 = 1
        for name in try segmentNames(in: dir) {
            let segmentLines = lines(of: try bytes(of: dir + "/" + name))
            let keep = max(0, min(Int(seq - first + 1), segmentLines.count))
            if keep == 0 && first > seq {
                try FileManager.default.removeItem(atPath: dir + "/" + name)
            } else {
                try write(Array(segmentLines.prefix(keep).joined()), to: dir + "/" + name)
            }
            first += Int64(segmentLines.count)
        }
    }

    /// The first seq from `seq` on that closes a batch in the ledger at `dir`.
    static func batchEnd(atOrAfter seq: Int64, in dir: String) throws -> Int64 {
        let ledger = try Ledger.open(at: dir)
        var k = seq
        while !(try ledger.event(seq: k).endsBatch) { k += 1 }
        return k
    }

    /// The hash of seq `seq` in the ledger at `dir`.
    static func hash(of seq: Int64, in dir: String) throws -> SHA256Digest {
        try Ledger.open(at: dir).event(seq: seq).hash
    }

    // MARK: copying

    @Test func theFirstRunMakesTheMirrorAndCopiesTheCommittedLogFileForFile() throws {
        let pair = try Pair(events: 30)
        #expect(try segmentNames(in: pair.ledger).count >= 3)
        let report = try pair.run()
        #expect(report.created)
        #expect(report.copiedEvents == 30)
        #expect(report.headSeq == 30)
        #expect(report.headHash == (try Self.hash(of: 30, in: pair.ledger)))
        #expect(report.mirrorCheckedFrom == 1)
        #expect(try segmentsAndManifest(of: pair.mirror) == pair.ledgerFiles())
        #expect(try Verifier.verify(ledgerAt: pair.mirror).isIntact)
        #expect(try allEvents(of: Ledger.open(at: pair.mirror)) == allEvents(of: Ledger.open(at: pair.ledger)))
        // Nothing of the ledger's but its manifest and segments: no index, no torn/.
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: pair.mirror)).subtracting(segmentsAndManifest(of: pair.mirror).keys)
            == ["writer.lock", "mirror-state.json"])
    }

    @Test func aLaterRunCopiesOnlyTheNewBatchesAndChecksTheMirrorFromItsRecordedHead() throws {
        let pair = try Pair(events: 20)
        try pair.run()
        let old = try segmentsAndManifest(of: pair.mirror)
        try pair.append(7)
        let report = try pair.run()
        #expect(!report.created)
        #expect(report.previousHeadSeq == 20)
        #expect(report.copiedEvents == 7)
        #expect(report.usedState)
        #expect(report.mirrorCheckedFrom == 21)
        let now = try segmentsAndManifest(of: pair.mirror)
        #expect(now == (try pair.ledgerFiles()))
        // Files the run did not need are as they were; the one it extended begins as it did.
        for (name, bytes) in old { #expect(now[name]!.starts(with: bytes)) }
    }

    @Test func aRunWithNothingNewWritesNothing() throws {
        let pair = try Pair()
        try pair.run()
        let before = snapshot(of: pair.mirror)
        let report = try pair.run()
        #expect(report.copiedEvents == 0)
        #expect(snapshot(of: pair.mirror) == before)
    }

    @Test func anEmptyLedgerMakesAnEmptyMirror() throws {
        let scratch = Scratch()
        _ = try scratch.newLedger()
        let mirror = scratch.path + "/mirror"
        let report = try LedgerMirror.mirror(ledger: scratch.ledgerPath, to: mirror)
        #expect(report.headSeq == 0)
        #expect(try bytes(of: mirror + "/ledger.json") == bytes(of: scratch.ledgerPath + "/ledger.json"))
        #expect(try Verifier.verify(ledgerAt: mirror).isIntact)
    }

    @Test func anExistingEmptyDirectoryBecomesTheMirror() throws {
        let pair = try Pair()
        try FileManager.default.createDirectory(atPath: pair.mirror, withIntermediateDirectories: false)
        #expect(try pair.run().created)
        #expect(try segmentsAndManifest(of: pair.mirror) == pair.ledgerFiles())
    }

    enum SourceTail: String, CaseIterable, CustomTestStringConvertible {
        case partialLine, batchWithoutItsBatchEndLine, lineWithNULBytes
        var testDescription: String { rawValue }
    }

    @Test(arguments: SourceTail.allCases)
    func aTornTailOrAnUnfinishedBatchInTheLedgerIsNotCopied(tail: SourceTail) throws {
        let pair = try Pair(events: 10)
        let committed = try pair.ledgerFiles()
        let last = try #require(try segmentNames(in: pair.ledger).last)
        // The lines a batch of three would add, cut as a crash (or a writer still writing) leaves them.
        let probe = Scratch()
        try FileManager.default.copyItem(atPath: pair.ledger, toPath: probe.ledgerPath)
        let writer = try Ledger.open(at: probe.ledgerPath, mode: .readWrite)
        try writer.append([event(n: 101), event(n: 102), event(n: 103)])
        let added = lines(of: Array(try bytes(of: probe.ledgerPath + "/" + last).dropFirst(committed[last]!.count)))
        let torn: [UInt8]
        switch tail {
        case .partialLine: torn = Array(added[0].prefix(120))
        case .batchWithoutItsBatchEndLine: torn = added[0] + added[1]
        case .lineWithNULBytes:
            var line = added[0]
            line.replaceSubrange(40..<90, with: [UInt8](repeating: 0, count: 50))
            torn = line
        }
        try write(committed[last]! + torn, to: pair.ledger + "/" + last)
        let report = try pair.run()
        #expect(report.headSeq == 10)
        #expect(try segmentsAndManifest(of: pair.mirror) == committed)
        #expect(try bytes(of: pair.ledger + "/" + last) == committed[last]! + torn, "the ledger is only read")
    }

    // MARK: the mirror as a witness

    @Test func aRewrittenHistoryIsRefusedNamingTheFirstSeqWhereTheyDifferWithBothHashes() throws {
        let pair = try Pair(events: 20)
        try pair.run()
        // The rewrite: from the first batch after seq 8 on, recorded again, its first event with
        // other content and every later hash recomputed; the ledger verifies as intact, and is
        // longer than the mirror.
        let batchEnd = try Self.batchEnd(atOrAfter: 8, in: pair.ledger)
        let original = try Self.hash(of: batchEnd + 1, in: pair.ledger)
        try Self.cut(pair.ledger, after: batchEnd)
        let rewriter = try Ledger.open(at: pair.ledger, mode: .readWrite)
        rewriter.segmentMaxBytes = 1_500
        try rewriter.append([event("C-0", n: 999)])
        pair.n = batchEnd + 1
        try pair.append(20 - pair.n + 5, with: rewriter)
        #expect(try Verifier.verify(ledgerAt: pair.ledger).isIntact)
        let rewritten = try Self.hash(of: batchEnd + 1, in: pair.ledger)

        let refusal = try pair.refusal()
        #expect(refusal == .notAPrefix(mirror: pair.mirror, ledger: pair.ledger, seq: batchEnd + 1,
            mirrorHash: original, ledgerHash: rewritten))
        #expect(refusal.code == "mirror-not-a-prefix")
        #expect(refusal.message.contains("seq \(batchEnd + 1)"))
        #expect(refusal.message.contains(rewritten.hex))
        #expect(refusal.message.contains("keep both"))
    }

    @Test func aLedgerRolledBackIsRefused() throws {
        let pair = try Pair(events: 20)
        try pair.run()
        let batchEnd = try Self.batchEnd(atOrAfter: 12, in: pair.ledger)
        try Self.cut(pair.ledger, after: batchEnd)
        let refusal = try pair.refusal()
        #expect(refusal == .mirrorAhead(mirror: pair.mirror, ledger: pair.ledger, mirrorSeq: 20, ledgerSeq: batchEnd))
        #expect(refusal.code == "mirror-ahead-of-ledger")
    }

    @Test func aMirrorRewrittenByHandIsRefused() throws {
        let pair = try Pair(events: 20)
        try pair.run()
        try pair.append(3)
        // Someone with access to the mirror rewrote it from seq 4 on (hashes recomputed).
        try Self.cut(pair.mirror, after: 3)
        try FileManager.default.removeItem(atPath: pair.mirror + "/mirror-state.json")
        let hand = try Ledger.open(at: pair.mirror, mode: .readWrite)
        hand.segmentMaxBytes = 1_500
        for k in 4...20 { try hand.append([event("C-x", n: Int64(k))]) }
        try? FileManager.default.removeItem(atPath: pair.mirror + "/index")
        let refusal = try pair.refusal()
        guard case .notAPrefix(_, _, let seq, _, _) = refusal else { Issue.record("\(refusal)"); return }
        #expect(seq == 4)
    }

    @Test func eventsAppendedToTheMirrorByHandAreRefused() throws {
        let pair = try Pair(events: 10)
        try pair.run()
        try Ledger.open(at: pair.mirror, mode: .readWrite).append([event(n: 500)])
        try? FileManager.default.removeItem(atPath: pair.mirror + "/index")
        let ahead = try pair.refusal()
        #expect(ahead == .mirrorAhead(mirror: pair.mirror, ledger: pair.ledger, mirrorSeq: 11, ledgerSeq: 10))
        // And once the ledger has grown past it, the two differ at seq 11.
        try pair.append(3)
        guard case .notAPrefix(_, _, 11, _, _) = try pair.refusal() else { Issue.record("expected not-a-prefix at seq 11"); return }
    }

    /// A line of the mirror changed by hand without recomputing the chain, before its recorded head.
    static func flipByteInTheMirror(_ pair: Pair) throws -> String {
        let first = try #require(try segmentNames(in: pair.mirror).first)
        var segment = try bytes(of: pair.mirror + "/" + first)
        let second = try #require(segment.firstIndex(of: 0x0A)) + 1
        let at = second + 200
        segment[at] = segment[at] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")
        try write(segment, to: pair.mirror + "/" + first)
        return first
    }

    @Test func aLineOfTheMirrorChangedByHandIsRefusedByAFullCheck() throws {
        let pair = try Pair(events: 20)
        try pair.run()
        let first = try Self.flipByteInTheMirror(pair)
        try pair.append(2)
        let refusal = try pair.refusal(full: true)
        guard case .mirrorDamaged(_, let at, _) = refusal else { Issue.record("\(refusal)"); return }
        #expect(at == LogPosition(segment: first, line: 2, seq: 2))
    }

    @Test(arguments: ["removed", "garbled", "points past the head", "points at another line"])
    func aMissingOrChangedStateFileMakesTheRunCheckTheWholeMirror(state: String) throws {
        let pair = try Pair(events: 20)
        try pair.run()
        let statePath = pair.mirror + "/mirror-state.json"
        let text = String(decoding: try bytes(of: statePath), as: UTF8.self)
        switch state {
        case "removed": try FileManager.default.removeItem(atPath: statePath)
        case "garbled": try write(Array("{\"seq\":".utf8), to: statePath)
        case "points past the head": try write(Array(text.replacingOccurrences(of: "\"seq\":20", with: "\"seq\":99").utf8), to: statePath)
        default: try write(Array(text.replacingOccurrences(of: "\"line\":", with: "\"line\":1").utf8), to: statePath)
        }
        // A clean mirror: the run checks it whole and goes on.
        let clean = try pair.run()
        #expect(!clean.usedState)
        #expect(clean.mirrorCheckedFrom == 1)
        #expect(MirrorStateProbe.text(pair.mirror) == text, "the state is written again")
        // A changed line is then found, whatever the state says.
        let first = try Self.flipByteInTheMirror(pair)
        try write(Array("{}\n".utf8), to: statePath)
        guard case .mirrorDamaged(_, let at, _) = try pair.refusal() else { Issue.record("expected mirror-damaged"); return }
        #expect(at.segment == first)
    }

    @Test func twoRunsAtOnceDoNotInterleave() throws {
        let pair = try Pair(events: 20)
        try pair.run()
        try pair.append(60)
        let results = LockedResults()
        let (ledger, mirror) = (pair.ledger, pair.mirror)
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            do { results.add(try LedgerMirror.mirror(ledger: ledger, to: mirror).copiedEvents) } catch { results.fail("\(error)") }
        }
        #expect(results.failures.isEmpty, "\(results.failures)")
        #expect(results.copied.sorted() == [0, 60])
        #expect(try segmentsAndManifest(of: pair.mirror) == pair.ledgerFiles())
    }

    /// What concurrent runs report.
    final class LockedResults: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var copied: [Int64] = []
        private(set) var failures: [String] = []
        func add(_ n: Int64) { lock.lock(); copied.append(n); lock.unlock() }
        func fail(_ text: String) { lock.lock(); failures.append(text); lock.unlock() }
    }

    @Test func aPayloadErasedToNullInTheLedgerIsRefusedByAFullRun() throws {
        let pair = try Pair(events: 20)
        try pair.run()
        // A payload "erased" to null with its header untouched: the chain still links, but verify
        // now finds it (FORMAT.md rule 2, no erasure in version 1); a full mirror run compares
        // every mirrored byte with the ledger's as well and refuses.
        let first = try #require(try segmentNames(in: pair.ledger).first)
        var segmentLines = lines(of: try bytes(of: pair.ledger + "/" + first))
        let text = String(decoding: segmentLines[2], as: UTF8.self)
        let payload = try #require(text.range(of: "\"payload\":"))
        segmentLines[2] = Array((text[..<payload.upperBound] + "null}\n").utf8)
        try write(Array(segmentLines.joined()), to: pair.ledger + "/" + first)
        try? FileManager.default.removeItem(atPath: pair.ledger + "/index")
        #expect(try Verifier.verify(ledgerAt: pair.ledger).fault?.position.seq == 3)
        let refusal = try pair.refusal(full: true)
        #expect(refusal.code == "mirror-ledger-damaged")
        #expect(refusal.message.contains("\(first) line 3 (seq 3)"))
    }

    // MARK: signed checkpoints

    /// Writes a checkpoint file (bytes only: the mirror copies them as they are) into the ledger.
    static func storeCheckpoint(_ name: String, _ text: String, in ledger: String) throws {
        try FileManager.default.createDirectory(atPath: ledger + "/checkpoints", withIntermediateDirectories: true)
        try write(Array(text.utf8), to: ledger + "/checkpoints/" + name)
    }

    @Test func signedCheckpointsTheMirroredLogCoversAreCopiedOnce() throws {
        let pair = try Pair(events: 20)
        try Self.storeCheckpoint("log-key-0000000000000012.vkey", "council.example/caseledger+0a0b0c0d+AQ\n", in: pair.ledger)
        try Self.storeCheckpoint("checkpoint-0000000000000012.note", "council.example/caseledger\n12\nroot\n\n— sig\n", in: pair.ledger)
        try Self.storeCheckpoint("checkpoint-0000000000000012.cosigned-0a0b0c0d.note", "cosigned\n", in: pair.ledger)
        try Self.storeCheckpoint("checkpoint-0000000000000030.note", "a checkpoint of events still to come\n", in: pair.ledger)
        try Self.storeCheckpoint(".tmp-1-checkpoint-0000000000000014.note", "half written", in: pair.ledger)
        let report = try pair.run()
        #expect(report.checkpointFilesCopied == 3)
        let names = { (dir: String) in Set((try? FileManager.default.contentsOfDirectory(atPath: dir + "/checkpoints")) ?? []) }
        #expect(names(pair.mirror) == ["log-key-0000000000000012.vkey", "checkpoint-0000000000000012.note", "checkpoint-0000000000000012.cosigned-0a0b0c0d.note"])
        for name in names(pair.mirror) {
            #expect(try bytes(of: pair.mirror + "/checkpoints/" + name) == bytes(of: pair.ledger + "/checkpoints/" + name))
        }
        // Once the log reaches size 30, its checkpoint follows. (A checkpoint beyond the log is what
        // a run sees when the writer appends and signs while it copies; set it aside while the
        // test appends, because a writer refuses to append past a checkpoint its log does not
        // reach: INVARIANTS.md rule 21.)
        let ahead = pair.ledger + "/checkpoints/checkpoint-0000000000000030.note"
        let aside = pair.ledger + "-checkpoint-30.note"
        try FileManager.default.moveItem(atPath: ahead, toPath: aside)
        try pair.append(10)
        try FileManager.default.moveItem(atPath: aside, toPath: ahead)
        #expect(try pair.run().checkpointFilesCopied == 1)
        #expect(names(pair.mirror).contains("checkpoint-0000000000000030.note"))
        #expect(try pair.run().checkpointFilesCopied == 0)
    }

    @Test(arguments: ["replaced", "removed"])
    func aSignedCheckpointReplacedOrRemovedInTheLedgerIsRefused(change: String) throws {
        let pair = try Pair(events: 20)
        try Self.storeCheckpoint("checkpoint-0000000000000012.note", "council.example/caseledger\n12\nroot\n\n— sig\n", in: pair.ledger)
        try pair.run()
        let path = pair.ledger + "/checkpoints/checkpoint-0000000000000012.note"
        if change == "replaced" {
            try write(Array("council.example/caseledger\n12\nanother root\n\n— sig\n".utf8), to: path)
        } else {
            try FileManager.default.removeItem(atPath: path)
        }
        try pair.append(3)
        let refusal = try pair.refusal()
        #expect(refusal.code == "mirror-checkpoint-differs")
        #expect(refusal.message.contains("checkpoint-0000000000000012.note"))
    }

    // MARK: an interrupted run

    @Test(arguments: ["complete lines and a partial one", "a hole of NUL bytes", "a new segment cut short"])
    func anUnfinishedTailAnInterruptedRunLeftIsCutAndTheCopyCompleted(kind: String) throws {
        let pair = try Pair(events: 20)
        try pair.run()
        try pair.append(kind == "a new segment cut short" ? 40 : 3)
        let ledgerFiles = try pair.ledgerFiles()
        let mirrorFiles = try segmentsAndManifest(of: pair.mirror)
        // The first file the next run would extend or create, with part of its new bytes.
        let name = try #require(ledgerFiles.keys.sorted().first { mirrorFiles[$0] != ledgerFiles[$0] })
        let old = mirrorFiles[name] ?? []
        let new = Array(ledgerFiles[name]!.dropFirst(old.count))
        var partial = Array(new.prefix(new.count * 2 / 3))
        if kind == "a hole of NUL bytes" { partial.replaceSubrange(10..<60, with: [UInt8](repeating: 0, count: 50)) }
        try write(old + partial, to: pair.mirror + "/" + name)
        let report = try pair.run()
        #expect(report.unfinishedBytesCut == partial.count)
        #expect(try segmentsAndManifest(of: pair.mirror) == ledgerFiles)
        #expect(try Verifier.verify(ledgerAt: pair.mirror).isIntact)
    }

    @Test func anUnfinishedTailThatIsNotACopyOfTheLedgerIsRefused() throws {
        let pair = try Pair(events: 20)
        try pair.run()
        try pair.append(3)
        let last = try #require(try segmentNames(in: pair.mirror).last)
        try write(try bytes(of: pair.mirror + "/" + last) + Array("{\"hash\":\"not what the ledger holds".utf8), to: pair.mirror + "/" + last)
        let refusal = try pair.refusal()
        #expect(refusal.code == "mirror-damaged")
        #expect(refusal.message.contains("not a copy of the ledger's bytes"))
    }

    // MARK: a damaged ledger

    @Test func aDamagedLedgerIsNotCopied() throws {
        let pair = try Pair(events: 20)
        try pair.run()
        try pair.append(5)
        let last = try #require(try segmentNames(in: pair.ledger).last)
        var segment = try bytes(of: pair.ledger + "/" + last)
        let at = segment.count - 40
        segment[at] = segment[at] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        try write(segment, to: pair.ledger + "/" + last)
        try? FileManager.default.removeItem(atPath: pair.ledger + "/index")
        let refusal = try pair.refusal()
        #expect(refusal.code == "mirror-ledger-damaged")
    }

    @Test func aDamagedLedgerMakesNoMirror() throws {
        let pair = try Pair(events: 6)
        let first = try #require(try segmentNames(in: pair.ledger).first)
        var segment = try bytes(of: pair.ledger + "/" + first)
        segment[150] = segment[150] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        try write(segment, to: pair.ledger + "/" + first)
        try? FileManager.default.removeItem(atPath: pair.ledger + "/index")
        #expect(try pair.refusal().code == "mirror-ledger-damaged")
        #expect(!FileManager.default.fileExists(atPath: pair.mirror))
    }

    @Test func aLedgerSegmentThatIsALinkIsNotFollowed() throws {
        let pair = try Pair(events: 20)
        let last = try #require(try segmentNames(in: pair.ledger).last)
        try FileManager.default.moveItem(atPath: pair.ledger + "/" + last, toPath: pair.scratch.path + "/elsewhere")
        try FileManager.default.createSymbolicLink(atPath: pair.ledger + "/" + last, withDestinationPath: pair.scratch.path + "/elsewhere")
        let refusal = try pair.refusal()
        #expect(refusal.code == "mirror-ledger-damaged")
        #expect(refusal.message.contains("not a regular file"))
    }

    // MARK: where the mirror may be

    @Test func theLedgerItselfThroughAnyPathIsRefused() throws {
        let pair = try Pair(events: 3)
        try FileManager.default.createSymbolicLink(atPath: pair.scratch.path + "/link", withDestinationPath: pair.ledger)
        for target in [pair.ledger, pair.ledger + "/", pair.scratch.path + "/link", pair.scratch.path + "/../" + URL(fileURLWithPath: pair.scratch.path).lastPathComponent + "/ledger"] {
            let before = snapshot(of: pair.ledger)
            #expect(throws: MirrorError.mirrorIsTheLedger(mirror: target, ledger: pair.ledger)) {
                try LedgerMirror.mirror(ledger: pair.ledger, to: target)
            }
            #expect(snapshot(of: pair.ledger) == before)
        }
    }

    @Test func aMirrorInsideTheLedgerOrHoldingItIsRefused() throws {
        let pair = try Pair(events: 3)
        let before = snapshot(of: pair.ledger)
        for target in [pair.ledger + "/backup", pair.ledger + "/index", pair.scratch.path + "/link/backup"] {
            try? FileManager.default.createSymbolicLink(atPath: pair.scratch.path + "/link", withDestinationPath: pair.ledger)
            #expect(throws: MirrorError.nested(mirror: target, ledger: pair.ledger, mirrorInsideLedger: true)) {
                try LedgerMirror.mirror(ledger: pair.ledger, to: target)
            }
        }
        #expect(snapshot(of: pair.ledger) == before)
        #expect(throws: MirrorError.nested(mirror: pair.scratch.path, ledger: pair.ledger, mirrorInsideLedger: false)) {
            try LedgerMirror.mirror(ledger: pair.ledger, to: pair.scratch.path)
        }
    }

    @Test func aTargetThatIsAFileOrHoldsSomethingElseIsRefused() throws {
        let pair = try Pair(events: 3)
        try write(Array("notes".utf8), to: pair.scratch.path + "/file")
        #expect(throws: MirrorError.self) { try LedgerMirror.mirror(ledger: pair.ledger, to: pair.scratch.path + "/file") }
        try FileManager.default.createDirectory(atPath: pair.mirror, withIntermediateDirectories: false)
        try write(Array("notes".utf8), to: pair.mirror + "/notes.txt")
        let refusal = try pair.refusal()
        #expect(refusal.code == "mirror-target-unusable")
        #expect(throws: MirrorError.self) { try LedgerMirror.mirror(ledger: pair.ledger, to: pair.scratch.path + "/no/such/dir") }
        #expect(!FileManager.default.fileExists(atPath: pair.scratch.path + "/no"))
    }

    @Test func aMirrorWhoseSegmentsAreCutElsewhereIsRefused() throws {
        let pair = try Pair(events: 20)
        // The ledger's first two segments' events, in one segment: a copy, but not file for file.
        try FileManager.default.createDirectory(atPath: pair.mirror, withIntermediateDirectories: false)
        try write(try bytes(of: pair.ledger + "/ledger.json"), to: pair.mirror + "/ledger.json")
        let names = try segmentNames(in: pair.ledger)
        try write(names.prefix(2).flatMap { (try? bytes(of: pair.ledger + "/" + $0)) ?? [] }, to: pair.mirror + "/" + names[0])
        #expect(try Verifier.verify(ledgerAt: pair.mirror).isIntact)
        let refusal = try pair.refusal()
        #expect(refusal.code == "mirror-layout-differs", "\(refusal)")
    }
}

/// Reads the mirror's state file as text.
enum MirrorStateProbe {
    static func text(_ mirror: String) -> String? {
        (try? bytes(of: mirror + "/mirror-state.json")).map { String(decoding: $0, as: UTF8.self) }
    }
}
