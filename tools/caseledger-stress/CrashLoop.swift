import Foundation
import LedgerStore

/// Runs `caseledger-stress append` as a child, SIGKILLs it after a random delay, then reopens the
/// ledger for writing (which sets aside any torn tail), verifies it, and checks that every seq the
/// child had acknowledged is present. Repeats for the given rounds; throws at the first failure.
enum CrashLoop {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(dir: String, rounds: Int, seed: UInt64) throws -> String {
        var random = SplitMix64(seed: seed)
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        var acknowledgedTotal: Int64 = 0
        for round in 1...max(1, rounds) {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: me)
            child.arguments = ["append", "--ledger", dir, "--stream", "S-\(round % 7)", "--batch", String(1 + Int(random.next() % 4))]
            let pipe = Pipe()
            child.standardOutput = pipe
            try child.run()
            usleep(UInt32(2_000 + random.next() % 40_000))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let acknowledged = output.split(separator: "\n").compactMap { Int64($0) }.max() ?? 0
            acknowledgedTotal = max(acknowledgedTotal, acknowledged)
            let ledger = try Ledger.open(at: dir, mode: .readWrite)
            guard ledger.headSeq >= acknowledgedTotal else {
                throw Failure(description: "round \(round): seq \(acknowledgedTotal) was acknowledged but the ledger ends at \(ledger.headSeq)")
            }
            let report = try Verifier.verify(ledgerAt: dir)
            if let fault = report.fault { throw Failure(description: "round \(round): verify failed: \(fault)") }
        }
        let ledger = try Ledger.open(at: dir, mode: .readOnly)
        return "\(rounds) rounds: every acknowledged append survived; \(ledger.headSeq) events, chain intact"
    }
}

/// A small deterministic random generator (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
