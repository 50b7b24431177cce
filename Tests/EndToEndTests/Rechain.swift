import Foundation
import LedgerJSON
import LedgerStore

/// Rewrites history the way an attacker with the files would: one line of a one-segment ledger
/// changed, and every hash and `prev` from there on recomputed, so that only the rules of
/// events/FORMAT.md — not the chain — can tell the change.
enum Rechain {
    /// One change to the line of one seq.
    struct Change: Sendable {
        /// Changes the header's members (after `prev` has been set to the hash before it).
        var header: @Sendable (inout JSONObject) -> Void = { _ in }
        /// The payload's new bytes, when it changes.
        var payload: [UInt8]? = nil
        /// Whether the header's `payloadDigest` is set to the new payload's digest.
        var recomputeDigest = false
        /// The hash text written for the line, from the true hash (the next line's `prev` is
        /// always the true hash).
        var hashText: @Sendable (String) -> String = { $0 }
    }

    /// The ledger's only segment.
    static func segment(of dir: String) -> String { dir + "/" + SegmentFile.name(firstSeq: 1) }

    /// Applies `change` to the line of `seq` in the ledger at `dir` and re-chains every line after it.
    static func rewrite(_ dir: String, seq target: Int, _ change: Change) throws {
        let path = segment(of: dir)
        let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        for b in data {
            if b == 0x0A { lines.append(current); current = [] } else { current.append(b) }
        }
        let payloadKey = Array("},\"payload\":".utf8)
        var out: [UInt8] = []
        var prev = ""
        for (i, line) in lines.enumerated() {
            let seq = i + 1
            guard seq >= target else {
                out += line + [0x0A]
                prev = String(decoding: line[9..<73], as: UTF8.self)
                continue
            }
            let cut = try (84...(line.count - payloadKey.count)).first { Array(line[$0..<($0 + payloadKey.count)]) == payloadKey }
                .unwrap("no payload in line \(seq)")
            guard case .object(var header) = try JSONParser.parse(Array(line[84...cut])) else { throw FixtureError(description: "header") }
            var payload = Array(line[(cut + payloadKey.count)..<(line.count - 1)])
            header["prev"] = .string(prev)
            if seq == target {
                if let p = change.payload { payload = p }
                if change.recomputeDigest { header["payloadDigest"] = .string(SHA256.hash(payload).hex) }
                change.header(&header)
            }
            let headerBytes = CanonicalJSON.encode(.object(header))
            let hash = SHA256.hash(headerBytes).hex
            let hashText = seq == target ? change.hashText(hash) : hash
            out += Array("{\"hash\":\"\(hashText)\",\"header\":".utf8) + headerBytes + Array(",\"payload\":".utf8) + payload + Array("}\n".utf8)
            prev = hash
        }
        try Data(out).write(to: URL(fileURLWithPath: path))
    }
}
