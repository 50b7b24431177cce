extension VerificationRecord {
    /// Collects what a verification finds, event by event in seq order, and writes it as a record.
    struct Builder {
        private var ordinals: [String: UInt32] = [:]
        private var names: [String] = []
        private var streamOfEvent: [UInt32] = []
        private var entries: [Entry] = []
        private(set) var segments: [Int64] = []

        /// Notes the segments the verification reads.
        mutating func setSegments(_ firstSeqs: [Int64]) { segments = firstSeqs }

        /// Adds the next event (its seq must follow the last one added).
        mutating func add(stream: String, entry: Entry) {
            let ordinal: UInt32
            if let o = ordinals[stream] {
                ordinal = o
            } else {
                ordinal = UInt32(names.count)
                ordinals[stream] = ordinal
                names.append(stream)
            }
            streamOfEvent.append(ordinal)
            entries.append(entry)
        }

        /// Drops every event after `seq` (those of a batch found unfinished), and the streams only
        /// they began.
        mutating func keep(through seq: Int64) {
            guard let k = entries.firstIndex(where: { $0.seq > seq }) else { return }
            entries.removeSubrange(k...)
            streamOfEvent.removeSubrange(k...)
            let used = (streamOfEvent.max().map { Int($0) + 1 }) ?? 0
            for name in names[used...] { ordinals[name] = nil }
            names.removeSubrange(used...)
        }

        /// The record's bytes (events/FORMAT.md, "Verification record"), or nil when no event
        /// was added.
        /// `root` is the Merkle root of the events added.
        func encode(verifiedAt: Timestamp, root: SHA256Digest) -> [UInt8]? {
            guard let first = entries.first, let head = entries.last else { return nil }
            // Streams in byte order of their names; each stream's entries in seq order.
            let order = names.indices.sorted { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }
            var rank = [Int](repeating: 0, count: names.count)
            for (r, o) in order.enumerated() { rank[o] = r }
            var counts = [Int](repeating: 0, count: names.count)
            for o in streamOfEvent { counts[rank[Int(o)]] += 1 }
            var starts = [Int](repeating: 0, count: names.count)
            for r in 1..<max(1, names.count) { starts[r] = starts[r - 1] + counts[r - 1] }
            var nameBytes: [UInt8] = []
            var directory: [UInt8] = []
            directory.reserveCapacity(names.count * VerificationRecord.directoryEntryBytes)
            for (r, o) in order.enumerated() {
                let utf8 = Array(names[o].utf8)
                let words = [UInt64(nameBytes.count) | UInt64(utf8.count) << 32, UInt64(starts[r]), UInt64(counts[r])]
                for w in words { append(w, to: &directory) }
                append(utf8.withUnsafeBytes { VerificationRecord.directoryCheck(words[0], words[1], words[2], $0) }, to: &directory)
                nameBytes += utf8
            }
            let unpaddedNameBytes = nameBytes.count
            while nameBytes.count % 8 != 0 { nameBytes.append(0) }
            var out: [UInt8] = VerificationRecord.magic
            out.reserveCapacity(VerificationRecord.headerBytes + segments.count * 8 + directory.count + nameBytes.count
                + entries.count * VerificationRecord.entryBytes)
            for word in [UInt64(head.seq), UInt64(bitPattern: verifiedAt.microsecondsSinceEpoch), UInt64(segments.count),
                UInt64(names.count), UInt64(unpaddedNameBytes), UInt64(entries.count)]
            {
                append(word, to: &out)
            }
            encodeEntry(first, to: &out)
            encodeEntry(head, to: &out)
            out += root.bytes
            append(0, to: &out)  // the checksum, filled in below
            for s in segments { append(UInt64(s), to: &out) }
            let sum = out.withUnsafeBytes { VerificationRecord.checksum($0, from: 0, to: out.count, skipping: VerificationRecord.checksumAt) }
            withUnsafeBytes(of: sum.littleEndian) { s in
                for k in 0..<8 { out[VerificationRecord.checksumAt + k] = s[k] }
            }
            out += directory
            out += nameBytes
            // Entries, stream by stream.
            var slot = starts
            var placed = [Entry](repeating: first, count: entries.count)
            for (k, e) in entries.enumerated() {
                let r = rank[Int(streamOfEvent[k])]
                placed[slot[r]] = e
                slot[r] += 1
            }
            for e in placed { encodeEntry(e, to: &out) }
            return out
        }

        private func append(_ word: UInt64, to out: inout [UInt8]) {
            withUnsafeBytes(of: word.littleEndian) { out += $0 }
        }

        /// Appends an entry: seq, offset, length and segment, line with the entry's check in the
        /// high half, hash.
        private func encodeEntry(_ e: Entry, to out: inout [UInt8]) {
            let at = out.count
            append(UInt64(bitPattern: e.seq), to: &out)
            append(UInt64(bitPattern: e.offset), to: &out)
            append(UInt64(UInt32(e.length)) | UInt64(e.segmentOrdinal) << 32, to: &out)
            append(UInt64(UInt32(e.line)), to: &out)
            out += e.hash.bytes
            let check = out.withUnsafeBytes { VerificationRecord.entryCheck($0, at: at) }
            withUnsafeBytes(of: check.littleEndian) { c in
                for k in 0..<4 { out[at + 28 + k] = c[k] }
            }
        }
    }
}
