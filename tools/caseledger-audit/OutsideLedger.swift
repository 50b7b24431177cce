import CaseAudit
import CLIKit

#if canImport(Glibc)
    import Glibc
#endif

// Keeps events/INVARIANTS.md rule 12: the audit tool never writes in the ledger.
/// The audit tool never writes in the ledger: a file it would write (`-o`, `--checkpoint`, the
/// verification record) must not be inside the ledger directory, where it would sit among the
/// segments and, for a record, within reach of the ledger's writers.
enum OutsideLedger {
    /// A validation error when a file the command would write (`files`: each option's name and
    /// the path given, in the order to check) is inside the ledger directory.
    ///
    /// `directories` are folders the command writes into (a witness's state, an evidence folder):
    /// each is checked by where it is, and the files named in `files` by what they are too.
    static func check(
        ledger: String, writing files: KeyValuePairs<String, String?>, directories: KeyValuePairs<String, String?> = [:]
    ) throws(ValidationError) {
        for (name, directory) in directories {
            guard let directory, let ledgerDirectory = canonical(ledger), let at = canonical(directory) ?? canonical(OutputFile.directory(of: directory)) else { continue }
            if at == ledgerDirectory || at.hasPrefix(ledgerDirectory + "/") {
                throw ValidationError(
                    "--\(name) \(directory) is inside the ledger directory \(ledger): caseledger-audit never writes in the ledger; give a path outside it")
            }
        }
        for (name, file) in files {
            guard let file, file != "-" else { continue }
            // What the path is decides how it is written (`OutputFile`); a path it cannot write is refused now, before any work.
            let destination: OutputFile.Destination
            do { destination = try OutputFile.destination(of: file) } catch { throw ValidationError("--\(name) \(file) \(error.reason)") }
            guard let ledgerDirectory = canonical(ledger) else { continue }
            var written = [file]
            if case .regularFile(let target, _) = destination { written.append(target) }
            for path in written {
                guard let directory = canonical(OutputFile.directory(of: path)) else { continue }
                if directory == ledgerDirectory || directory.hasPrefix(ledgerDirectory + "/") {
                    throw ValidationError(
                        "--\(name) \(file) is inside the ledger directory \(ledger)\(path == file ? "" : " (it links to \(path))"): "
                            + "caseledger-audit never writes in the ledger; give a path outside it")
                }
            }
        }
    }

    // issue 18: the report and the checkpoint never share a file.
    /// A validation error when the report (`-o`) would be written over the checkpoint or its delta
    /// (`OversightCheckpoint.deltaPath(of:)`), by the same name, another name for it, or a link to
    /// it: the save and the report would replace each other, and the next run would find a report
    /// where its checkpoint was. Standard output (`-` or no `-o`) never collides.
    static func checkSeparate(output: String?, checkpoint: String?) throws(ValidationError) {
        guard let output, output != "-", let checkpoint else { return }
        let written = location(output)
        for (file, what) in [(checkpoint, "the checkpoint"), (OversightCheckpoint.deltaPath(of: checkpoint), "the checkpoint's delta")]
        where location(file) == written {
            throw ValidationError(
                "--output \(output) is \(what) \(file): the report would be written over the projection saved there; give the report another file")
        }
    }

    /// Where `path` is: the file it names with links resolved when it exists, otherwise its
    /// directory's resolved path and its own name.
    static func location(_ path: String) -> String {
        if let resolved = canonical(path) { return resolved }
        let directory = OutputFile.directory(of: path)
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        return (canonical(directory) ?? directory) + "/" + name
    }

    /// The absolute path with symbolic links resolved, or nil when it does not exist.
    static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
