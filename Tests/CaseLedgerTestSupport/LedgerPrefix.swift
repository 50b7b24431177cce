import Foundation

// issue 18: fastload
/// Copies of a ledger directory for tests of what a reader trusts: the same ledger as it stood
/// after its first events (as a backup taken then would hold it), and one line of it replaced.
/// Works on the files (one event per line, segments named by their first seq) and leaves the
/// index cache out: every reader rebuilds it from the log.
public enum LedgerPrefix {
    /// Copies the ledger at `source` to `target` (a new directory) holding seqs 1…`seq`, or up to
    /// the last batch that ends before it when `seq` is within a batch (a ledger holds only whole
    /// batches); returns the last seq kept.
    @discardableResult
    public static func copy(_ source: String, to target: String, through seq: Int64) throws -> Int64 {
        let fm = FileManager.default
        try fm.createDirectory(atPath: target, withIntermediateDirectories: true)
        try fm.copyItem(atPath: source + "/ledger.json", toPath: target + "/ledger.json")
        var all: [(first: Int64, name: String, lines: [[UInt8]])] = []
        for (first, name) in try segments(of: source) where first <= seq { all.append((first, name, try lines(of: source + "/" + name))) }
        // The last seq up to `seq` whose line ends its batch.
        var last: Int64 = 0
        let marker = Array("\"batchEnd\":true".utf8)
        for (first, _, lines) in all {
            for (n, line) in lines.enumerated() where first + Int64(n) <= seq && contains(line, marker) { last = first + Int64(n) }
        }
        for (first, name, lines) in all where first <= last {
            let keep = lines.prefix(Int(last - first + 1))
            try Data(keep.flatMap { $0 + [0x0A] }).write(to: URL(fileURLWithPath: target + "/" + name))
        }
        return last
    }

    static func contains(_ line: [UInt8], _ marker: [UInt8]) -> Bool {
        guard line.count >= marker.count else { return false }
        return (0...(line.count - marker.count)).contains { i in line[i..<i + marker.count].elementsEqual(marker) }
    }

    /// Replaces line `seq` of the ledger at `path` (in its segment) with `line` (no newline),
    /// leaving every other line as it is, and removes the index cache unless `keepingIndex` (for
    /// a line of the same length, which the cache still fits).
    public static func replace(seq: Int64, in path: String, with line: [UInt8], keepingIndex: Bool = false) throws {
        guard let (first, name) = try segments(of: path).last(where: { $0.first <= seq }) else { return }
        var lines = try lines(of: path + "/" + name)
        lines[Int(seq - first)] = line
        try Data(lines.flatMap { $0 + [0x0A] }).write(to: URL(fileURLWithPath: path + "/" + name))
        if !keepingIndex { try? FileManager.default.removeItem(atPath: path + "/index") }
    }

    /// Line `seq` of the ledger at `path`, without its newline.
    public static func line(seq: Int64, in path: String) throws -> [UInt8] {
        guard let (first, name) = try segments(of: path).last(where: { $0.first <= seq }) else { return [] }
        return try lines(of: path + "/" + name)[Int(seq - first)]
    }

    /// The segment files, by first seq.
    static func segments(of path: String) throws -> [(first: Int64, name: String)] {
        try FileManager.default.contentsOfDirectory(atPath: path).compactMap { name -> (Int64, String)? in
            guard name.hasPrefix("segment-"), name.hasSuffix(".jsonl"), let first = Int64(name.dropFirst(8).dropLast(6)) else { return nil }
            return (first, name)
        }.sorted { $0.0 < $1.0 }
    }

    static func lines(of file: String) throws -> [[UInt8]] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        return bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map(Array.init)
    }
}
