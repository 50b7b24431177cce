#if canImport(Glibc)
import Glibc
#endif

// Keeps events/INVARIANTS.md rule 33: each line verified again as it is copied; the writer's durability.
/// The writing half of a mirror run, after every check has passed: cuts an interrupted run's
/// unfinished tail, then copies each planned range into the mirror's segment of the same name,
/// verifying every line again as it is copied (the ledger may have changed since it was checked),
/// with the writer's durability: a new segment file is created and the directory synced before
/// anything is written to it, and each file is synced once its bytes are written. On any failure
/// the segments are cut back to where they were (new ones removed) and synced.
enum MirrorCopy {
    /// Bytes gathered before each write.
    static let writeBytes = 4 << 20

    /// Copies `plan` into the mirror; returns how many segment files it wrote to.
    static func run(_ plan: MirrorPlan, scan: MirrorScan?, ledger: String, mirror: String) throws(MirrorError) -> Int {
        let mirrorLayout = LedgerLayout(root: mirror)
        var touched: [(path: String, size: Int64?)] = []
        var checkpointFiles: [String] = []
        do throws(MirrorError) {
            if let unfinished = scan?.unfinished {
                do throws(LedgerError) {
                    let file = try SystemFile.open(mirrorLayout.path(of: scan!.segments[unfinished.ordinal]), O_WRONLY | O_NOFOLLOW)
                    try file.truncate(to: unfinished.offset)
                    try file.dataSync()
                } catch { throw .io(error) }
            }
            var chain = plan.start.chain
            for range in plan.ranges {
                let path = mirrorLayout.path(of: range.segment)
                let (file, size) = try openTarget(range, path: path, mirror: mirror)
                touched.append((path, size))
                if size == nil {
                    do throws(LedgerError) { try FileSystem.syncDirectory(mirror) } catch { throw .io(error) }
                }
                try copy(range, into: file, chain: &chain, ledger: ledger, mirror: mirror, layout: plan.ledgerLayout)
            }
            guard chain.seq == plan.target.seq, chain.hash == plan.target.hash else {
                throw .changedMeanwhile(path: ledger, reason: "the copy ended at seq \(chain.seq), not at the head seq \(plan.target.seq) checked before")
            }
            try MirrorCheckpoints.copy(plan.checkpoints, mirror: mirror, written: &checkpointFiles)
        } catch {
            for path in checkpointFiles { unlink(path) }
            rollBack(touched, mirror: mirror)
            throw error
        }
        return touched.count
    }

    /// The mirror's segment file for `range`, opened to append, and its size before the run (nil
    /// when this run creates it). An existing one must be a regular file (never a link) holding
    /// exactly the bytes before the range; a missing one is created only for a range from byte 0.
    private static func openTarget(_ range: MirrorPlan.Range, path: String, mirror: String) throws(MirrorError) -> (SystemFile, Int64?) {
        var st = stat()
        let exists = lstat(path, &st) == 0
        if exists && (st.st_mode & S_IFMT) != S_IFREG {
            throw .mirrorDamaged(mirror: mirror, at: LogPosition(segment: range.segment.name, line: range.firstLine, seq: range.segment.firstSeq),
                reason: "the segment is not a regular file (a link or a special file)")
        }
        if exists && Int64(st.st_size) != range.mirrorFrom {
            throw .changedMeanwhile(path: mirror, reason: "\(range.segment.name) holds \(st.st_size) bytes, not the \(range.mirrorFrom) it held when it was read")
        }
        if !exists && range.mirrorFrom != 0 {
            throw .changedMeanwhile(path: mirror, reason: "\(range.segment.name) is gone")
        }
        do throws(LedgerError) {
            if exists { return (try SystemFile.open(path, O_WRONLY | O_APPEND | O_NOFOLLOW), range.mirrorFrom) }
            return (try SystemFile.open(path, O_WRONLY | O_APPEND | O_EXCL | O_NOFOLLOW, create: true), nil)
        } catch { throw .io(error) }
    }

    /// Copies one range, verifying each line as the next link of `chain`, and syncs the file.
    private static func copy(
        _ range: MirrorPlan.Range, into file: SystemFile, chain: inout MirrorChain, ledger: String, mirror: String, layout: LedgerLayout
    ) throws(MirrorError) {
        let source: SystemFile
        do throws(LedgerError) { source = try SystemFile.open(layout.path(of: range.segment), O_RDONLY) } catch { throw .ledger(error) }
        var reader = LineReader(file: source, offset: range.from, lineNumber: range.firstLine, limit: range.to, bufferSize: 1 << 20)
        defer { reader.close() }
        var out: [UInt8] = []
        out.reserveCapacity(writeBytes + EnvelopeRules.maxLineBytes + 1)
        var copied: Int64 = 0
        func changed(_ number: Int, _ reason: String) -> MirrorError {
            .changedMeanwhile(path: ledger, reason: "\(range.segment.name) line \(number) (seq \(chain.seq + 1)) \(reason) since it was checked")
        }
        while true {
            let piece: LineReader.Piece?
            do throws(LedgerError) { piece = try reader.next() } catch { throw .ledger(error) }
            guard let piece else { break }
            switch piece {
            case .line(_, let number, let bytes):
                do throws(LineFault) { _ = try chain.absorb(bytes) } catch { throw changed(number, "no longer verifies (\(error.reason))") }
                out.append(contentsOf: bytes)
                out.append(0x0A)
                if out.count >= writeBytes {
                    do throws(LedgerError) { try file.writeAll(out) } catch { throw .io(error) }
                    copied += Int64(out.count)
                    out.removeAll(keepingCapacity: true)
                }
            case .unterminated(_, let number, _), .overlong(_, let number):
                throw changed(number, "is no longer a complete line")
            }
        }
        do throws(LedgerError) {
            try file.writeAll(out)
            try file.dataSync()
        } catch { throw .io(error) }
        copied += Int64(out.count)
        guard copied == range.to - range.from else {
            throw .changedMeanwhile(path: ledger, reason: "\(range.segment.name) is shorter than when it was checked")
        }
    }

    /// Cuts each touched segment back to its size before the run, removing the ones it created.
    private static func rollBack(_ touched: [(path: String, size: Int64?)], mirror: String) {
        for (path, size) in touched.reversed() {
            if let size {
                if let file = try? SystemFile.open(path, O_WRONLY | O_NOFOLLOW) {
                    _ = try? file.truncate(to: size)
                    _ = try? file.dataSync()
                }
            } else {
                unlink(path)
            }
        }
        _ = try? FileSystem.syncDirectory(mirror)
    }
}
