@testable import CLIKit
import Glibc
import Synchronization
import Testing

/// A fake `write(2)` that replays scripted results and records the bytes it accepted.
private final class ScriptedWrites: Sendable {
    private let state: Mutex<(script: [(Int?, Int32)], written: [UInt8], calls: Int)>

    /// Each step writes at most `limit` bytes (nil: everything offered), or fails with errno.
    init(_ script: [(limit: Int?, errorNumber: Int32)]) {
        state = Mutex((script.map { ($0.limit, $0.errorNumber) }, [], 0))
    }

    var written: [UInt8] { state.withLock { $0.written } }
    var calls: Int { state.withLock { $0.calls } }

    func call(_ bytes: UnsafeRawBufferPointer) -> (written: Int, errorNumber: Int32) {
        state.withLock { state in
            state.calls += 1
            let (limit, errorNumber) = state.script.isEmpty ? (nil, 0) : state.script.removeFirst()
            if errorNumber != 0 { return (-1, errorNumber) }
            let count = min(limit ?? bytes.count, bytes.count)
            state.written += bytes.prefix(count)
            return (count, 0)
        }
    }
}

@Suite struct FullWrites {
    @Test func partialAndInterruptedWritesAreRetriedUntilEverythingIsWritten() {
        let fake = ScriptedWrites([(3, 0), (nil, EINTR), (0, EAGAIN), (1, 0), (nil, 0)])
        let waits = Mutex(0)
        let bytes = Array("hello, ledger".utf8)
        let failure = bytes.withUnsafeBytes {
            FullWrite.writeAll($0, call: fake.call, wait: { waits.withLock { $0 += 1 } })
        }
        #expect(failure == nil)
        #expect(fake.written == bytes)
        #expect(fake.calls == 5)
        #expect(waits.withLock { $0 } == 1)
    }

    @Test func aRealFailureStopsAndReturnsItsErrno() {
        let fake = ScriptedWrites([(2, 0), (nil, ENOSPC)])
        let failure = Array("abcdef".utf8).withUnsafeBytes { FullWrite.writeAll($0, call: fake.call, wait: {}) }
        #expect(failure == ENOSPC)
        #expect(fake.written == Array("ab".utf8))
    }

    @Test func aWriteThatMakesNoProgressIsAnIOError() {
        let fake = ScriptedWrites([(0, 0)])
        let failure = Array("abc".utf8).withUnsafeBytes { FullWrite.writeAll($0, call: fake.call, wait: {}) }
        #expect(failure == EIO)
    }
}

@Suite struct Buffering {
    @Test func bytesWaitInTheBufferUntilItFillsOrIsFlushed() throws {
        let fake = ScriptedWrites([])
        let output = BufferedOutput(name: "test", capacity: 8, call: fake.call, wait: {})
        try output.write("abc")
        try output.write([UInt8(ascii: "d")])
        #expect(fake.calls == 0)
        try output.writeLine("efgh")
        #expect(fake.written == Array("abcdefgh\n".utf8))
        try output.write("x")
        try output.flush()
        try output.flush()
        #expect(fake.written == Array("abcdefgh\nx".utf8))
        #expect(fake.calls == 2)
    }

    // issue 18: fast18
    @Test func textLargerThanTheBufferIsWrittenAfterWhatIsBufferedAndInOrder() throws {
        let fake = ScriptedWrites([])
        let output = BufferedOutput(name: "test", capacity: 8, call: fake.call, wait: {})
        try output.write("ab")
        try output.write("0123456789£")
        #expect(fake.written == Array("ab0123456789£".utf8))
        #expect(fake.calls == 2)
        try output.write("c")
        #expect(fake.calls == 2, "small text waits in the buffer as before")
        try output.flush()
        #expect(fake.written == Array("ab0123456789£c".utf8))
    }

    @Test func zeroCapacityWritesEveryCallThrough() throws {
        let fake = ScriptedWrites([])
        let output = BufferedOutput(name: "test", capacity: 0, call: fake.call, wait: {})
        try output.write("a")
        #expect(fake.written == Array("a".utf8))
    }

    @Test func aFailedWriteThrowsAnOutputErrorNamingTheStream() {
        let fake = ScriptedWrites([(nil, EPIPE)])
        let output = BufferedOutput(name: "standard output", capacity: 0, call: fake.call, wait: {})
        #expect(throws: OutputError(stream: "standard output", errorNumber: EPIPE)) {
            try output.write("lost")
        }
        #expect(OutputError(stream: "standard output", errorNumber: EPIPE).message
            == "cannot write to standard output: Broken pipe")
    }

    @Test func aRealDescriptorReceivesTheBytesOnFlush() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let output = BufferedOutput(descriptor: ends[1], name: "pipe")
        try output.writeLine(#"{"seq":1}"#)
        try output.flush()
        close(ends[1])
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(ends[0], $0.baseAddress, $0.count) }
            if count <= 0 { break }
            received += chunk.prefix(count)
        }
        #expect(received == Array("{\"seq\":1}\n".utf8))
    }

    @Test func aClosedDescriptorFailsWithItsErrno() {
        let output = BufferedOutput(descriptor: -1, name: "nowhere", capacity: 0)
        #expect(throws: OutputError(stream: "nowhere", errorNumber: EBADF)) {
            try output.write("x")
        }
    }
}
