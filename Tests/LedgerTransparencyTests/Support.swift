import Foundation
import LedgerJSON
import LedgerSigning
import LedgerStore
import Testing

/// A fresh temporary directory for one test, removed when the value is deinitialised.
final class Scratch {
    let path: String

    init() {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("caseledger-transparency-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Every file under `directory` (relative path → bytes), for byte-for-byte comparisons.
    func snapshot(_ directory: String) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return out }
        while let name = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
            out[name] = isDirectory.boolValue ? [] : [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
        }
        return out
    }
}

/// A ledger of `count` events on a few streams, recorded at fixed times; the event with seq
/// `changed` (if any) gets another payload, so two ledgers built with different `changed` agree
/// before it and differ from it on — the rewrite of history the issue measured.
@discardableResult
func makeLedger(at path: String, count: Int, changed: Int? = nil) throws -> Ledger {
    let ledger = FileManager.default.fileExists(atPath: path) ? try Ledger.open(at: path, mode: .readWrite) : try Ledger.create(at: path)
    let start = ledger.headSeq
    for n in Int(start) + 1...max(Int(start) + 1, count) where n <= count {
        let payload: JSONValue = ["n": .integer(Int64(n)), "note": .string(n == changed ? "rewritten" : "as recorded")]
        let id = EventID(high: 0x0000_0000_0000_4000, low: 0x8000_0000_0000_0000 | UInt64(n))
        try ledger.append([NewEvent(id: id, stream: "C-\(1000 + n % 3)", type: "noteAdded", actor: "S-17", payload: payload)],
                          clock: { Timestamp(microsecondsSinceEpoch: 1_780_000_000_000_000 + Int64(n) * 1_000_000) })
    }
    return ledger
}

/// An Ed25519 key from a fixed seed (`n` picks one).
func key(_ n: UInt8) throws -> Ed25519PrivateKey { try Ed25519PrivateKey(seed: [UInt8](repeating: n, count: 32)) }

/// The log's signer: origin `council.example/caseledger`, seed 1 (or `n`).
func logSigner(_ n: UInt8 = 1, origin: String = "council.example/caseledger") throws -> NoteSigner {
    try NoteSigner(name: origin, privateKey: try key(n))
}

/// A witness's cosigner: `ombudsman.example/witness`, seed 7 (or `n`).
func witnessSigner(_ n: UInt8 = 7, name: String = "ombudsman.example/witness") throws -> CosignatureSigner {
    try CosignatureSigner(name: name, privateKey: try key(n))
}

/// The error `body` throws, recording an issue when it throws nothing or another type.
func caught<E: Error>(_ type: E.Type, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> E? {
    do {
        try body()
        Issue.record("expected a \(E.self), but nothing was thrown", sourceLocation: sourceLocation)
        return nil
    } catch let error as E {
        return error
    } catch {
        Issue.record("expected a \(E.self), but \(error) was thrown", sourceLocation: sourceLocation)
        return nil
    }
}
