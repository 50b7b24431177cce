#if canImport(Glibc)
import Glibc
#endif

/// The signed checkpoints a ledger keeps in `checkpoints/` (events/FORMAT.md, "Checkpoints":
/// `log-key-N.vkey`, `checkpoint-N.note`, `checkpoint-N.cosigned-K.note`, N a tree size in 16
/// digits, K a key ID in 8 lowercase hex digits), copied to the mirror's `checkpoints/` as bytes.
/// Those files are written once and never replaced or removed, so a file the mirror already holds
/// must still be in the ledger with the same bytes; the mirror then witnesses the checkpoints too.
/// Only files whose size N the copied log covers are copied (the mirror never holds a checkpoint
/// for events it does not hold). Their signatures are not checked here: a mirror has no key to
/// trust; a verifier checks them with the keys it was given.
enum MirrorCheckpoints {
    static let directory = "checkpoints"
    /// The largest checkpoint file read (as the checkpoints' readers).
    static let maxBytes = 64 << 10

    /// The tree size in a checkpoint file's name, or nil when the name is none of the three kinds.
    static func size(ofName name: String) -> Int64? {
        func digits(_ text: Substring, count: Int, hex: Bool = false) -> Bool {
            text.utf8.count == count && text.utf8.allSatisfy { (0x30...0x39).contains($0) || hex && (0x61...0x66).contains($0) }
        }
        var rest: Substring
        if name.hasPrefix("log-key-"), name.hasSuffix(".vkey") {
            rest = name.dropFirst(8).dropLast(5)
        } else if name.hasPrefix("checkpoint-"), name.hasSuffix(".note") {
            rest = name.dropFirst(11).dropLast(5)
            if rest.utf8.count == 16 + 10 + 8, rest.dropFirst(16).hasPrefix(".cosigned-") {
                guard digits(rest.suffix(8), count: 8, hex: true) else { return nil }
                rest = rest.prefix(16)
            }
        } else {
            return nil
        }
        guard digits(rest, count: 16), let size = Int64(rest) else { return nil }
        return size
    }

    /// The checkpoint files to copy (name and bytes), after checking that every one the mirror holds
    /// is still the ledger's, byte for byte. Reads only; `upTo` is the log size the mirror will hold.
    static func plan(ledger: String, mirror: String, upTo: Int64) throws(MirrorError) -> [(name: String, bytes: [UInt8])] {
        let theirs = try files(in: ledger + "/" + directory, root: ledger, isLedger: true)
        let ours = try files(in: mirror + "/" + directory, root: mirror, isLedger: false)
        for (name, bytes) in ours {
            guard let same = theirs[name] else {
                throw .checkpointDiffers(ledger: ledger, mirror: mirror, name: name, reason: "is no longer in the ledger")
            }
            guard same == bytes else {
                throw .checkpointDiffers(ledger: ledger, mirror: mirror, name: name, reason: "is not the mirror's copy of it")
            }
        }
        return theirs.filter { ours[$0.key] == nil && size(ofName: $0.key)! <= upTo }
            .map { (name: $0.key, bytes: $0.value) }.sorted { $0.name < $1.name }
    }

    /// The checkpoint files in `path` (none when it does not exist), each a regular file of at most
    /// `maxBytes`; anything else of those names is refused.
    private static func files(in path: String, root: String, isLedger: Bool) throws(MirrorError) -> [String: [UInt8]] {
        guard FileSystem.exists(path).exists else { return [:] }
        func refuse(_ name: String, _ reason: String) -> MirrorError {
            isLedger
                ? .ledgerDamaged(ledger: root, at: LogPosition(segment: directory + "/" + name, line: 1, seq: size(ofName: name) ?? 0), reason: reason)
                : .mirrorDamaged(mirror: root, at: LogPosition(segment: directory + "/" + name, line: 1, seq: size(ofName: name) ?? 0), reason: reason)
        }
        guard MirrorScan.isDirectory(path) else { throw refuse("", "checkpoints is not a directory") }
        let names: [String]
        do throws(LedgerError) { names = try FileSystem.list(path) } catch { throw .io(error) }
        var out: [String: [UInt8]] = [:]
        for name in names where size(ofName: name) != nil {
            guard MirrorScan.isRegularFile(path + "/" + name) else { throw refuse(name, "the checkpoint file is not a regular file") }
            let bytes: [UInt8]
            do throws(LedgerError) {
                bytes = try SystemFile.open(path + "/" + name, O_RDONLY | O_NOFOLLOW).read(count: maxBytes + 1, at: 0)
            } catch { throw .io(error) }
            guard bytes.count <= maxBytes else { throw refuse(name, "the checkpoint file is larger than \(maxBytes) bytes") }
            out[name] = bytes
        }
        return out
    }

    /// Writes each file once into the mirror's `checkpoints/`: complete under a temporary name,
    /// synced, linked to its name (never replacing a file), the directory synced. Returns the paths
    /// written, for taking them back.
    static func copy(_ files: [(name: String, bytes: [UInt8])], mirror: String, written: inout [String]) throws(MirrorError) {
        guard !files.isEmpty else { return }
        let path = mirror + "/" + directory
        do throws(LedgerError) {
            if !FileSystem.exists(path).exists {
                try FileSystem.makeDirectory(path)
                try FileSystem.syncDirectory(mirror)
            }
            for (name, bytes) in files {
                let temporary = path + "/.tmp-\(getpid())-" + name
                let target = path + "/" + name
                do {
                    let file = try SystemFile.open(temporary, O_WRONLY | O_TRUNC | O_NOFOLLOW, create: true)
                    try file.writeAll(bytes)
                    try file.dataSync()
                }
                let linked = link(temporary, target) == 0
                let code = errno
                unlink(temporary)
                guard linked else { throw LedgerError.io(operation: "write", path: target, errno: code) }
                written.append(target)
            }
            try FileSystem.syncDirectory(path)
        } catch { throw .io(error) }
    }
}
