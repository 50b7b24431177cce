#if canImport(Glibc)
import Glibc
#endif
import LedgerStore

/// Reads standard input line by line.
enum StandardInput {
    /// Calls `body` with each line's bytes (newline and a trailing CR removed), or with nil for a
    /// line longer than `maxBytes` (whose bytes are skipped).
    static func forEachLine(maxBytes: Int, _ body: ([UInt8]?) throws -> Void) throws {
        var pending: [UInt8] = []
        var overlong = false
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw LedgerError.io(operation: "read", path: "standard input", errno: errno)
            }
            if n == 0 { break }
            var start = 0
            for i in 0..<n where chunk[i] == 0x0A {
                if !overlong { pending.append(contentsOf: chunk[start..<i]) }
                try emit(&pending, overlong: overlong, maxBytes: maxBytes, body)
                overlong = false
                start = i + 1
            }
            if !overlong {
                pending.append(contentsOf: chunk[start..<n])
                if pending.count > maxBytes { overlong = true; pending.removeAll() }
            }
        }
        if overlong || !pending.isEmpty { try emit(&pending, overlong: overlong, maxBytes: maxBytes, body) }
    }

    private static func emit(_ line: inout [UInt8], overlong: Bool, maxBytes: Int, _ body: ([UInt8]?) throws -> Void) throws {
        if line.last == 0x0D { line.removeLast() }
        if overlong || line.count > maxBytes { try body(nil) } else { try body(line) }
        line.removeAll(keepingCapacity: true)
    }
}
