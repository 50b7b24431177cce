import Foundation
import LedgerStore
import Testing

/// The ledger's files are regular files inside its directory (INVARIANTS.md rule 22): a named pipe
/// or a symbolic link in place of a segment, `ledger.json` or `writer.lock` is a clear error at
/// once (never a hang, never a write elsewhere); a name that looks like a segment's but is not
/// one is an error, not ignored; the index cache, which is a cache, is ignored by readers when it
/// is not regular files, and never written through a link.
@Suite struct RegularFilesOnlyTests {
    /// A ledger with one committed batch.
    static func ledger() throws -> Scratch {
        let scratch = Scratch()
        try scratch.newLedger().append([event(n: 1), event(n: 2)])
        return scratch
    }

    /// Replaces `path` by a named pipe, held open for reading and writing by the test itself, so
    /// that code that opens and reads it blocking (the old code) fails instead of hanging the suite.
    static func pipe(replacing path: String) throws -> Int32 {
        try FileManager.default.removeItem(atPath: path)
        #expect(mkfifo(path, 0o644) == 0)
        let holder = open(path, O_RDWR | O_NONBLOCK)
        #expect(holder >= 0)
        return holder
    }

    static func isUnusable(_ path: String, _ what: String) -> (any Error) -> Bool {
        { error in
            guard case .unusableFile(let p, let reason) = error as? LedgerError else { return false }
            return p == path && reason.hasPrefix("is \(what), not a regular file") && (error as! LedgerError).code == "unusable-file"
        }
    }

    @Test func aNamedPipeInPlaceOfASegmentIsAnErrorForReadersVerifyAndWriters() throws {
        let scratch = try Self.ledger()
        let segment = scratch.ledgerPath + "/" + SegmentFile.name(firstSeq: 1)
        let holder = try Self.pipe(replacing: segment)
        defer { close(holder) }
        let unusable = Self.isUnusable(segment, "a named pipe (FIFO)")
        #expect(performing: { try Ledger.open(at: scratch.ledgerPath) }, throws: unusable)
        #expect(performing: { try Ledger.open(at: scratch.ledgerPath, mode: .readWrite) }, throws: unusable)
        #expect(performing: { try Verifier.verify(ledgerAt: scratch.ledgerPath) }, throws: unusable)
    }

    @Test func aNamedPipeInPlaceOfTheManifestOrTheLockIsAnError() throws {
        let scratch = try Self.ledger()
        let lock = scratch.ledgerPath + "/writer.lock"
        let lockHolder = try Self.pipe(replacing: lock)
        defer { close(lockHolder) }
        #expect(performing: { try Ledger.open(at: scratch.ledgerPath, mode: .readWrite) }, throws: Self.isUnusable(lock, "a named pipe (FIFO)"))

        let manifest = scratch.ledgerPath + "/ledger.json"
        let holder = try Self.pipe(replacing: manifest)
        defer { close(holder) }
        let unusable = Self.isUnusable(manifest, "a named pipe (FIFO)")
        #expect(performing: { try Ledger.open(at: scratch.ledgerPath) }, throws: unusable)
        #expect(performing: { try Verifier.verify(ledgerAt: scratch.ledgerPath) }, throws: unusable)
    }

    @Test func aSymlinkedSegmentIsNeitherReadNorWrittenThrough() throws {
        let scratch = try Self.ledger()
        let segment = scratch.ledgerPath + "/" + SegmentFile.name(firstSeq: 1)
        let outside = scratch.path + "/outside.jsonl"
        try FileManager.default.moveItem(atPath: segment, toPath: outside)
        try FileManager.default.createSymbolicLink(atPath: segment, withDestinationPath: outside)
        let before = try bytes(of: outside)

        let unusable = Self.isUnusable(segment, "a symbolic link")
        #expect(performing: { try Ledger.open(at: scratch.ledgerPath) }, throws: unusable)
        #expect(performing: { try Verifier.verify(ledgerAt: scratch.ledgerPath) }, throws: unusable)
        #expect(performing: {
            let writer = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
            try writer.append([event(n: 3)])
        }, throws: unusable)
        #expect(try bytes(of: outside) == before)
    }

    @Test(arguments: ["segment-0000000000000000.jsonl", "segment-000000000000001.jsonl", "segment-00000000000000001.jsonl", "segment-000000000000000x.jsonl", "segment-.jsonl"])
    func aNameThatLooksLikeASegmentButIsNotOneIsAnError(name: String) throws {
        let scratch = try Self.ledger()
        try write(Array("{}\n".utf8), to: scratch.ledgerPath + "/" + name)
        let before = snapshot(of: scratch.ledgerPath)
        let misnamed = { (error: any Error) -> Bool in
            guard case .unusableFile(let path, let reason) = error as? LedgerError else { return false }
            return path == scratch.ledgerPath + "/" + name && reason.hasPrefix("is named like a segment but is not one")
        }
        #expect(performing: { try Ledger.open(at: scratch.ledgerPath) }, throws: misnamed)
        #expect(performing: { try Ledger.open(at: scratch.ledgerPath, mode: .readWrite) }, throws: misnamed)
        #expect(performing: { try Verifier.verify(ledgerAt: scratch.ledgerPath) }, throws: misnamed)
        #expect(snapshot(of: scratch.ledgerPath) == before)
    }

    @Test func anIndexFileThatIsAPipeIsIgnoredByReaders() throws {
        let scratch = Scratch()
        let writer = try scratch.newLedger()
        try writer.append([event(n: 1), event(n: 2)])
        writer.saveIndex()
        let head = scratch.ledgerPath + "/index/head.bin"
        let holder = try Self.pipe(replacing: head)
        defer { close(holder) }
        let reader = try Ledger.open(at: scratch.ledgerPath)
        #expect(reader.headSeq == 2)
        #expect(try reader.events(inStream: "C-1001").count == 2)
    }

    @Test func theWriterNeverWritesTheIndexThroughALink() throws {
        let scratch = Scratch()
        let writer = try scratch.newLedger()
        writer.indexSaveInterval = 1
        try writer.append([event(n: 1)])
        let index = scratch.ledgerPath + "/index"
        // events.bin a link to a file outside the ledger.
        let outsideFile = scratch.path + "/outside-events.bin"
        try write(Array("keep".utf8), to: outsideFile)
        try FileManager.default.removeItem(atPath: index + "/events.bin")
        try FileManager.default.createSymbolicLink(atPath: index + "/events.bin", withDestinationPath: outsideFile)
        try writer.append([event(n: 2)])
        #expect(try bytes(of: outsideFile) == Array("keep".utf8))

        // index/ itself a link to a directory outside the ledger.
        let outsideDirectory = scratch.path + "/outside-index"
        try FileManager.default.createDirectory(atPath: outsideDirectory, withIntermediateDirectories: false)
        try FileManager.default.removeItem(atPath: index)
        try FileManager.default.createSymbolicLink(atPath: index, withDestinationPath: outsideDirectory)
        let again = try Ledger.open(at: scratch.ledgerPath, mode: .readWrite)
        again.indexSaveInterval = 1
        try again.append([event(n: 3)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: outsideDirectory).isEmpty)
        #expect(try Ledger.open(at: scratch.ledgerPath).headSeq == 3)
    }
}
