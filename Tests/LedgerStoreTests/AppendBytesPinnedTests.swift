import Foundation
import LedgerJSON
@testable import LedgerStore
import Testing

/// What an append writes, pinned: the script of `CheckedOnceUnderLockTests` (new streams, expected
/// versions met and stale, ids recorded with the same and other content, an id repeated in a batch,
/// an invalid event, a clock jump refused and allowed, a 20-event batch, rollovers), with fixed ids,
/// salts and clock, gives exactly the files it gave before the append path dropped its per-line
/// arrays (issue 16): the digest of every file after every step, and of every outcome, was taken
/// on the code before that change. A faster path writes exactly what the plain one did (INVARIANTS
/// rules 46, 53, 59).
@Suite struct AppendBytesPinnedTests {
    /// One digest over each step's outcome and every file (name and bytes, in name order) after it.
    static func digest(formatVersion: Int, checkedOnceUnderLock: Int) throws -> String {
        let scratch = Scratch()
        let (outcomes, snapshots, _) = try CheckedOnceUnderLockTests().run(
            formatVersion: formatVersion, checkedOnceUnderLock: checkedOnceUnderLock, in: scratch)
        var bytes: [UInt8] = []
        for (outcome, files) in zip(outcomes, snapshots) {
            switch outcome {
            case .appended(let results):
                for r in results { bytes += Array("\(r.seq) \(r.id) \(r.wasAlreadyRecorded)\n".utf8) }
            case .refused(let error):
                bytes += Array("\(error.code): \(error.message)\n".utf8)
            }
            for name in files.keys.sorted() {
                bytes += Array("\(name) \(files[name]!.count)\n".utf8)
                bytes += [UInt8](files[name]!)
            }
        }
        return SHA256.hash(bytes).hex
    }

    static let pinned: [Int: String] = [
        1: "88f2ad34810ac251655430e665f7d7b12b7ca9b0e189697f4394f13313f1e883",
        2: "a65ce111bb5ee874b30d2d4b163a491d61b0ed3c0c1700d411d31f45d3ab8a20",
    ]

    @Test(arguments: [1, 2])
    func theScriptWritesTheFilesItWroteBeforeTheChange(formatVersion: Int) throws {
        for limit in [16, 0] {
            let digest = try Self.digest(formatVersion: formatVersion, checkedOnceUnderLock: limit)
            #expect(digest == Self.pinned[formatVersion], "format \(formatVersion), checked once up to \(limit) events: \(digest)")
        }
    }
}
