import LedgerJSON

/// `EventLine.fastVerify` for several lines at once: every line is read and checked first, then the
/// hashes of all of them (headers, version 1 payloads, version 2 part digests, and optionally the
/// lines' Merkle leaves) are worked out together in one `UnsafeSHA256Batch`, two at a time on the
/// CPU's SHA lanes, then version 2's payload-digest objects likewise, then every digest is compared.
/// Each line's verdict is exactly `fastVerify`'s alone (which is this with one line): the lines do
/// not depend on each other, and a line is taken only when every check of it holds.
extension EventLine {
    /// What verify needs of a line (see `fastVerify`).
    typealias Verified = (
        seq: Int64, hash: SHA256Digest, prev: SHA256Digest, at: Timestamp, endsBatch: Bool, stream: Range<Int>, version2: Bool, erased: [String]
    )

    /// Checks lines as `fastVerify` does, many at a time (see the extension's note). Reuse one per
    /// thread: it keeps its storage between calls.
    final class BatchVerifier {
        private var first = UnsafeSHA256Batch()
        private var second = UnsafeSHA256Batch()
        private var pending: [Pending] = []
        /// Room for the leaves' messages (0x00 and the 32 bytes of a line's hash), 33 bytes a line.
        private var leafRoom = UnsafeMutableRawBufferPointer(start: nil, count: 0)
        /// Room for version 2's payload-digest objects.
        private var objectRoom = UnsafeMutableRawBufferPointer(start: nil, count: 0)

        /// One line between the steps: what was read, and where its messages are in the batches.
        private struct Pending {
            var sound: Bool
            var hash = SHA256Digest.zero
            var header: ScannedHeader? = nil
            var parts: Range<Int>? = nil
            var payload: Range<Int> = 0..<0
            var headerAt = -1
            /// Version 1: the payload's message in `first`; version 2: its object's in `second`.
            var payloadAt = -1
            var leafAt = -1
            var prepared: PayloadParts.PreparedStored? = nil
        }

        init() {}

        deinit {
            leafRoom.deallocate()
            objectRoom.deallocate()
        }

        /// Makes `room` hold at least `count` bytes (its contents are not kept).
        private static func ensure(_ room: inout UnsafeMutableRawBufferPointer, _ count: Int) {
            guard room.count < count else { return }
            room.deallocate()
            room = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 2 * room.count), alignment: 8)
        }

        /// `fastVerify` of each of `lines`, in order, with each line's RFC 6962 leaf hash
        /// (`MerkleHash.leaf(eventHash:)` of its hash) when `leaves` (else `.zero`).
        func verify(_ lines: UnsafeBufferPointer<UnsafeRawBufferPointer>, leaves: Bool) -> [(line: Verified, leaf: SHA256Digest)?] {
            first.reset()
            second.reset()
            pending.removeAll(keepingCapacity: true)
            if leaves { Self.ensure(&leafRoom, 33 * lines.count) }
            // Read and check every line; queue its first hashes.
            for (i, line) in lines.enumerated() {
                guard let (hash, h, partsRange, payloadRange) = scan(line) else {
                    pending.append(Pending(sound: false))
                    continue
                }
                let payloadBytes = UnsafeRawBufferPointer(rebasing: line[payloadRange])
                guard CanonicalValidator.isCanonicalObject(payloadBytes) else {
                    pending.append(Pending(sound: false))
                    continue
                }
                var p = Pending(sound: true, hash: hash, header: h, parts: partsRange, payload: payloadRange)
                if let partsRange {
                    // Version 2. Only ASCII payloads: the general path refuses (as JSON it cannot hold) a
                    // payload whose keys differ only by Unicode normalisation, which the validator accepts.
                    let partsBytes = UnsafeRawBufferPointer(rebasing: line[partsRange])
                    guard isASCII(payloadBytes), !line[h.type].elementsEqual(EnvelopeRules.erasureAuthorisedType.utf8),
                        var prepared = PayloadParts.prepareStored(parts: partsBytes, payload: payloadBytes)
                    else {
                        pending.append(Pending(sound: false))
                        continue
                    }
                    PayloadParts.addPartMessages(&prepared, parts: partsBytes, payload: payloadBytes, to: &first)
                    p.prepared = prepared
                } else {
                    p.payloadAt = first.add(payloadBytes)
                }
                p.headerAt = first.add(UnsafeRawBufferPointer(rebasing: line[headerStart..<h.end]))
                if leaves {
                    let room = UnsafeMutableRawBufferPointer(rebasing: leafRoom[(33 * i)..<(33 * i + 33)])
                    room.storeBytes(of: 0, as: UInt8.self)
                    MerkleHash.store(hash, into: room, at: 1)
                    p.leafAt = first.add(UnsafeRawBufferPointer(room))
                }
                pending.append(p)
            }
            first.hashAll()
            // Version 2: each payload-digest object, from its part digests; then their digests.
            var objectBytes = 0
            for k in pending.indices where pending[k].sound {
                if first.digests[pending[k].headerAt] != pending[k].hash {
                    pending[k].sound = false
                } else if let prepared = pending[k].prepared {
                    objectBytes += prepared.objectCount
                }
            }
            if objectBytes > 0 {
                Self.ensure(&objectRoom, objectBytes)
                var at = 0
                for k in pending.indices where pending[k].sound {
                    guard let prepared = pending[k].prepared, let parts = pending[k].parts else { continue }
                    let room = UnsafeMutableRawBufferPointer(rebasing: objectRoom[at..<(at + prepared.objectCount)])
                    PayloadParts.writeDigestObject(prepared, parts: UnsafeRawBufferPointer(rebasing: lines[k][parts]), partDigests: first.digests, into: room)
                    pending[k].payloadAt = second.add(UnsafeRawBufferPointer(room))
                    at += prepared.objectCount
                }
                second.hashAll()
            }
            // Every digest compared.
            var out: [(line: Verified, leaf: SHA256Digest)?] = []
            out.reserveCapacity(lines.count)
            for k in pending.indices {
                let p = pending[k]
                guard p.sound, let h = p.header else {
                    out.append(nil)
                    continue
                }
                let payloadDigest = p.prepared == nil ? first.digests[p.payloadAt] : second.digests[p.payloadAt]
                guard payloadDigest == h.payloadDigest else {
                    out.append(nil)
                    continue
                }
                var erased: [String] = []
                if let prepared = p.prepared, let parts = p.parts {
                    erased = PayloadParts.erasedPointers(prepared, parts: UnsafeRawBufferPointer(rebasing: lines[k][parts]))
                }
                let leaf = leaves ? first.digests[p.leafAt] : .zero
                out.append(((h.seq, p.hash, h.previousHash, h.recordedAt, h.endsBatch, h.stream, p.prepared != nil, erased), leaf))
            }
            return out
        }
    }
}
