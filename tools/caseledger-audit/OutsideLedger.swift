import CLIKit

#if canImport(Glibc)
    import Glibc
#endif

/// The audit tool never writes in the ledger: a file it would write (`-o`, `--checkpoint`, the
/// verification record) must not be inside the ledger directory, where it would sit among the
/// segments and, for a record, within reach of the ledger's writers.
enum OutsideLedger {
    /// The options naming files a command writes (`--verification-record` is written by `verify`
    /// only; the case reports read it).
    static func writtenFiles(of command: String?) -> [String] {
        ["output", "checkpoint"] + (command == "verify" ? ["verification-record"] : [])
    }

    /// A usage error when a file the command would write is inside the ledger directory.
    static func check(_ a: ParsedArguments, command: String?) throws {
        guard let ledger = a.option("ledger"), let ledgerDirectory = canonical(ledger) else { return }
        for name in writtenFiles(of: command) where a.declares(option: name) {
            guard let file = a.option(name), let directory = canonical(parent(of: file)) else { continue }
            if directory == ledgerDirectory || directory.hasPrefix(ledgerDirectory + "/") {
                throw a.usageError(
                    "--\(name) \(file) is inside the ledger directory \(ledger): caseledger-audit never writes in the ledger; give a path outside it")
            }
        }
    }

    /// The directory part of `path` ("." when there is none).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The absolute path with symbolic links resolved, or nil when it does not exist.
    static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
