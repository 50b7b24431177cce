import CaseAudit
import CLIKit

#if canImport(Glibc)
    import Glibc
#endif

/// An evidence folder on disk: read by `check-evidence` (regular files only, never through a
/// symbolic link, never blocking on a FIFO), written by `trail --evidence` into a new or empty
/// directory.
struct EvidenceOnDisk: EvidenceSource {
    /// The folder, as given.
    let folder: String

    /// The largest file read: a proof is a few kilobytes; a case's lines can be many megabytes.
    static let maximumFileBytes = 1 << 30

    func read(_ relativePath: String) throws(EvidenceError) -> [UInt8]? {
        let path = folder.hasSuffix("/") ? folder + relativePath : folder + "/" + relativePath
        // lstat: a symbolic link, a FIFO or a directory is "not there", never followed or opened.
        var st = stat()
        guard lstat(path, &st) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw .unreadable("\(path) cannot be read: \(String(cString: strerror(errno)))")
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        guard st.st_size <= Self.maximumFileBytes else { throw .unreadable("\(path) is larger than 1 GiB: it is not an evidence file") }
        do { return try FileAccess.read(path) } catch { throw .unreadable("\(path) cannot be read: \(error.reason)") }
    }

    func list(_ relativePath: String) throws(EvidenceError) -> [String]? {
        let path = folder.hasSuffix("/") ? folder + relativePath : folder + "/" + relativePath
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
        guard let directory = opendir(path) else { throw .unreadable("\(path) cannot be listed: \(String(cString: strerror(errno)))") }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Why the folder cannot take new evidence: it exists and is not an empty directory.
    struct NotEmpty: ReportableError {
        let path: String
        let reason: String
        var code: String { "evidence-folder-not-empty" }
        var message: String { "--evidence \(path) \(reason): give a new or empty directory, so the folder holds this evidence and nothing else" }
    }

    /// A file of the evidence could not be written.
    struct WriteFailed: ReportableError {
        let path: String
        let reason: String
        var code: String { "output-failed" }
        var message: String { "could not write the evidence file \(path): \(reason); nothing was written to the ledger" }
    }

    /// Checks that the folder is a new or empty directory (before anything is read or written).
    func checkNewOrEmpty() throws {
        var st = stat()
        guard lstat(folder, &st) == 0 else { return }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { throw NotEmpty(path: folder, reason: "is not a directory") }
        guard let names = try list(""), names.isEmpty else { throw NotEmpty(path: folder, reason: "is not empty") }
    }

    /// Writes `files` (paths inside the folder, with at most one directory level) into the folder,
    /// creating it and its directories.
    func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        try makeDirectory(folder)
        for (relative, bytes) in files {
            let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            if let slash = relative.lastIndex(of: "/") {
                try makeDirectory(folder + "/" + relative[..<slash])
            }
            do { try FileAccess.writeAtomically(bytes, to: path) } catch { throw WriteFailed(path: path, reason: error.reason) }
        }
    }

    private func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw WriteFailed(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
