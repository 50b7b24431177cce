import LedgerJSON

/// One event's line exactly as the log stores it, with the event it decodes to.
public struct StoredLine: Sendable, Hashable {
    /// The event, re-hashed and checked when it was read.
    public let event: StoredEvent
    /// The line's bytes as stored, without its newline.
    public let bytes: [UInt8]
}

/// Why a line given on its own (outside any ledger) is not a ledger line: `reason` says which rule
/// of events/FORMAT.md ("Rules a verifier checks", 1–4) it breaks.
public struct StoredLineFault: Error, Equatable, Sendable {
    /// What is wrong with the line.
    public let reason: String
}

extension StoredLine {
    /// Checks one line given on its own (without its newline) as `verify` checks each line of a
    /// ledger, rules 1–4 of events/FORMAT.md: it parses as an event line, is canonical, its
    /// `hash` is SHA-256 of its header's bytes and its payload matches `payloadDigest` (a `null`
    /// payload has no digest to check: the caller decides what a missing payload means).
    /// Links (`seq`, `prev`) need the lines around it and are not checked.
    public init(checking bytes: [UInt8]) throws(StoredLineFault) {
        let result: Result<StoredEvent, LineFault> = bytes.withUnsafeBytes { raw in
            do throws(LineFault) {
                return .success(try EventLine.generalDecode(raw, verify: true))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let event): self.init(event: event, bytes: bytes)
        case .failure(let fault): throw StoredLineFault(reason: fault.reason)
        }
    }
}

extension Ledger {
    /// Every event of `stream`, in seq order, with its line exactly as stored (each re-hashed and
    /// checked against the index; an index that disagrees with the log is rebuilt from the log).
    /// For handing a case's own lines to someone who checks them without the ledger.
    public func storedLines(inStream stream: String) throws(LedgerError) -> [StoredLine] {
        if let lines = try readStoredLines(stream) { return lines }
        try rebuildIndex()
        guard let lines = try readStoredLines(stream) else {
            throw .damaged(at: LogPosition(segment: segments.last?.name ?? "-", line: 0, seq: tail.seq), reason: "the log changed while it was being read")
        }
        return lines
    }

    /// The stream's lines, or nil when the index disagrees with the log.
    private func readStoredLines(_ stream: String) throws(LedgerError) -> [StoredLine]? {
        let index = try loadIndex()
        var out: [StoredLine] = []
        for seq in index.seqs(of: stream) {
            guard let location = index.location(of: seq) else { return nil }
            let file = try file(ofSegment: location.segmentOrdinal)
            var bytes = [UInt8](repeating: 0, count: Int(location.length) + 1)
            let read: Result<Int, LedgerError> = bytes.withUnsafeMutableBytes { raw in
                do throws(LedgerError) { return .success(try file.read(into: raw, at: Int64(location.offset))) } catch { return .failure(error) }
            }
            let got = try read.get()
            guard got == bytes.count, bytes.last == 0x0A else { return nil }
            bytes.removeLast()
            guard let line = try? StoredLine(checking: bytes), line.event.seq == seq, line.event.stream == stream else { return nil }
            out.append(line)
        }
        return out
    }
}

// issue 17: copy17 — the provable customer copy
/// A line's header given on its own, checked (events/FORMAT.md rules 2–4 for the header): what a
/// copy that discloses a payload in part proves its event by.
public struct CheckedHeader: Sendable, Hashable {
    /// The event's seq.
    public let seq: Int64
    /// Its stream.
    public let stream: String
    /// Its type.
    public let type: String
    /// The payload digest the header commits to.
    public let payloadDigest: SHA256Digest
    /// The event's hash: SHA-256 of the header's canonical bytes.
    public let hash: SHA256Digest

    /// Checks `header` (a parsed JSON value) as `verify` checks a line's header — its members,
    /// their types and values — and that `hash` (64 lowercase hex digits) is SHA-256 of its
    /// canonical bytes.
    public init(header: JSONValue, hash: String) throws(StoredLineFault) {
        let h: EventHeader
        do throws(LineFault) { h = try EventHeader(header) } catch { throw StoredLineFault(reason: error.reason) }
        guard header.objectValue?.count == EventHeader.keys.count else {
            throw StoredLineFault(reason: "the header does not have exactly \(EventHeader.keys.joined(separator: ", "))")
        }
        var bytes: [UInt8] = []
        h.appendCanonical(to: &bytes)
        guard bytes == CanonicalJSON.encode(header) else { throw StoredLineFault(reason: "the header is not in canonical form") }
        guard let given = LineFault.Values.digest(hash) else { throw StoredLineFault(reason: "its hash is not 64 lowercase hex digits") }
        guard SHA256.hash(bytes) == given else {
            throw StoredLineFault(reason: "its hash does not match its header: the event was changed after it was written")
        }
        seq = h.seq
        stream = h.stream
        type = h.type
        payloadDigest = h.payloadDigest
        self.hash = given
    }
}
