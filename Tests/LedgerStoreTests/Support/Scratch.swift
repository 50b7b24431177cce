import Foundation
import LedgerStore

/// A fresh temporary directory for one test, removed when the value is deinitialised.
final class Scratch {
    let path: String

    init() {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("caseledger-store-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The path of a new, not yet existing ledger directory inside the scratch directory.
    var ledgerPath: String { path + "/ledger" }

    /// Creates an empty ledger at `ledgerPath` and returns a read-write handle on it.
    func newLedger() throws -> Ledger { try Ledger.create(at: ledgerPath) }
}

/// An event on `stream` whose payload records `n`, so that tests can tell events apart.
func event(_ stream: String = "C-1001", n: Int64, type: String = "noteAdded", id: EventID? = nil,
           expectedVersion: ExpectedVersion = .any) -> NewEvent {
    NewEvent(id: id, stream: stream, type: type, actor: "S-17", payload: ["n": .integer(n)], expectedVersion: expectedVersion)
}

/// Every committed event the handle sees, read through `forEachEvent`.
func allEvents(of ledger: Ledger) throws -> [StoredEvent] {
    var out: [StoredEvent] = []
    try ledger.forEachEvent { out.append($0) }
    return out
}

/// The segment file names of a ledger directory, in order.
func segmentNames(in ledger: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: ledger).filter { $0.hasPrefix("segment-") }.sorted()
}

/// The segment files and manifest of a ledger (or mirror) directory, by name, as they are.
func segmentsAndManifest(of dir: String) throws -> [String: [UInt8]] {
    var out: [String: [UInt8]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.hasPrefix("segment-") || name == "ledger.json" {
        out[name] = try bytes(of: dir + "/" + name)
    }
    return out
}

/// The bytes of a file.
func bytes(of path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// Replaces a file's contents with `bytes` in place (the same inode, so open handles see it).
func write(_ bytes: [UInt8], to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(fd) }
    let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    guard written == bytes.count else { throw POSIXError(.EIO) }
}

/// The lines of a segment's bytes, each with its newline, and anything after the last newline.
func lines(of bytes: [UInt8]) -> [[UInt8]] {
    var out: [[UInt8]] = []
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0x0A {
        out.append(Array(bytes[start...i]))
        start = i + 1
    }
    if start < bytes.count { out.append(Array(bytes[start...])) }
    return out
}

/// Every file under `dir` (relative path → bytes), for "byte-for-byte unchanged" checks.
func snapshot(of dir: String) -> [String: Data] {
    var out: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: dir) else { return out }
    for case let relative as String in walker {
        var isDirectory: ObjCBool = false
        let full = dir + "/" + relative
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) {
            out[relative] = isDirectory.boolValue ? Data("<directory>".utf8) : FileManager.default.contents(atPath: full)
        }
    }
    return out
}

/// A clock that returns the given times in turn (the last one again once they run out).
final class ScriptedClock {
    private var times: [Timestamp]

    init(microseconds: [Int64]) { times = microseconds.map { Timestamp(microsecondsSinceEpoch: $0) } }

    func next() -> Timestamp { times.count > 1 ? times.removeFirst() : times[0] }
}
