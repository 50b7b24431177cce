#if canImport(Glibc)
import Glibc
#endif

/// Where the mirror is, found from the names given: the ledger's real path, the mirror's real path
/// (its parent's when it does not exist yet), and what is there now. Refuses a mirror that is the
/// ledger itself or is inside it (or holds it), seen through symbolic links (`realpath`) and through
/// second mounts of the same directory (device and inode of every directory on the way).
struct MirrorPaths {
    /// What is at the mirror's path.
    enum Target: Equatable {
        /// Nothing: the run creates the directory.
        case absent
        /// An empty directory: the run makes it a ledger.
        case emptyDirectory
        /// A directory holding a ledger manifest.
        case ledger
    }

    let ledger: String
    let mirror: String
    let target: Target

    static func resolve(ledger: String, mirror: String) throws(MirrorError) -> MirrorPaths {
        guard let ledgerReal = realPath(ledger), let ledgerID = identity(of: ledgerReal) else {
            throw .ledger(.ledgerNotFound(path: ledger))
        }
        var st = stat()
        let there = lstat(mirror, &st) == 0 || stat(mirror, &st) == 0
        let mirrorReal: String
        if there, let real = realPath(mirror) {
            mirrorReal = real
        } else {
            // Not there yet (or a dangling link, refused below): its parent must be.
            if there { throw .targetUnusable(mirror: mirror, reason: "it is a symbolic link to nothing") }
            let (parent, name) = split(mirror)
            guard let parentReal = realPath(parent), FileSystem.exists(parentReal).isDirectory else {
                throw .targetUnusable(mirror: mirror, reason: "its parent directory \(parent) does not exist: create it first")
            }
            mirrorReal = (parentReal == "/" ? "" : parentReal) + "/" + name
        }
        // The mirror, or any directory above it, is the ledger: the same, or inside it.
        var walk = mirrorReal
        var first = true
        while true {
            if walk == ledgerReal || identity(of: walk) == ledgerID {
                if first { throw .mirrorIsTheLedger(mirror: mirror, ledger: ledger) }
                throw .nested(mirror: mirror, ledger: ledger, mirrorInsideLedger: true)
            }
            if walk == "/" || walk.isEmpty { break }
            walk = split(walk).parent
            first = false
        }
        // The ledger, or any directory above it, is the mirror.
        if there, let mirrorID = identity(of: mirrorReal) {
            walk = split(ledgerReal).parent
            while true {
                if walk == mirrorReal || identity(of: walk) == mirrorID {
                    throw .nested(mirror: mirror, ledger: ledger, mirrorInsideLedger: false)
                }
                if walk == "/" || walk.isEmpty { break }
                walk = split(walk).parent
            }
        }
        guard there else { return MirrorPaths(ledger: ledger, mirror: mirror, target: .absent) }
        guard FileSystem.exists(mirrorReal).isDirectory else {
            throw .targetUnusable(mirror: mirror, reason: "it is a file, not a directory")
        }
        let names: [String]
        do throws(LedgerError) { names = try FileSystem.list(mirror) } catch { throw .io(error) }
        if names.isEmpty { return MirrorPaths(ledger: ledger, mirror: mirror, target: .emptyDirectory) }
        do throws(LedgerError) { try LedgerLayout(root: mirror).checkManifest() } catch {
            throw .targetUnusable(mirror: mirror, reason: "it is a directory holding other files and no caseledger manifest (ledger.json)")
        }
        return MirrorPaths(ledger: ledger, mirror: mirror, target: .ledger)
    }

    /// `realpath(3)` of `path`, or nil when it does not resolve.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The device and inode of the directory at `path` (following links), or nil.
    private static func identity(of path: String) -> [UInt64]? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return [UInt64(st.st_dev), UInt64(st.st_ino)]
    }

    /// The parent directory and the last name of `path` (trailing slashes ignored).
    private static func split(_ path: String) -> (parent: String, name: String) {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        guard let slash = p.lastIndex(of: "/") else { return (".", p) }
        let parent = String(p[..<slash])
        return (parent.isEmpty ? "/" : parent, String(p[p.index(after: slash)...]))
    }
}
