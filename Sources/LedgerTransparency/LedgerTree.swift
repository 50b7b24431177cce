import LedgerStore

/// The RFC 6962 Merkle tree over a ledger's events (leaf i is the event with seq i + 1).
public enum LedgerTree {
    /// The complete-subtree hashes of the tree over the first `size` events of `ledger`: the one
    /// place checkpoints and witnesses get their tree from. For now it reads the events (in
    /// order, their seqs and links checked) and builds an `InMemoryMerkleTree`; once the writer
    /// keeps the tree as a cache, this is where that cache is opened instead.
    public static func subtreeHashes(of ledger: Ledger, size: Int64) throws(TransparencyError) -> any MerkleSubtreeHashes {
        guard size <= ledger.headSeq else { throw .ledgerTooShort(size: size, events: ledger.headSeq) }
        var tree = InMemoryMerkleTree()
        do throws(LedgerError) {
            var cursor = try ledger.cursor(from: 1)
            defer { cursor.close() }
            while tree.leafCount < size, let event = try cursor.next() { tree.append(eventHash: event.hash) }
        } catch {
            throw .ledger(error)
        }
        guard tree.leafCount == size else { throw .ledgerTooShort(size: size, events: tree.leafCount) }
        return tree
    }

    /// The root of the tree of `size` leaves `hashes` holds, as the 32 bytes a checkpoint carries.
    public static func root(_ hashes: any MerkleSubtreeHashes, size: Int64) throws(TransparencyError) -> [UInt8] {
        do { return try hashes.root(size: size).bytes } catch { throw merkle(error) }
    }

    /// A Merkle error as a transparency error (a damaged tree cache would throw one).
    static func merkle(_ error: any Error) -> TransparencyError {
        if let error = error as? TransparencyError { return error }
        if let error = error as? MerkleError { return .merkle(error) }
        if let error = error as? LedgerError { return .ledger(error) }
        return .ledger(.damaged(at: LogPosition(segment: "-", line: 0, seq: 0), reason: "\(error)"))
    }
}
