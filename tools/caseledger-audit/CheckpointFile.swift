import CaseAudit
import CLIKit

/// `--checkpoint FILE` of `caseload` and `compliance`: the oversight projection saved outside
/// the ledger (the audit tool never writes in the ledger), read back so a later run reads only
/// the events recorded since.
enum CheckpointFile {
    static let option = OptionSpec(
        "checkpoint", valueName: "FILE",
        help: "Read the projection saved in FILE (when it matches the ledger) and read only the events after it; then save it again. Not with --as-known-at.")

    /// The projection for `rebuild`, with a progress bar on standard error when it is a terminal:
    /// from the checkpoint at `path` when one is there and can be used (otherwise from scratch,
    /// saying on standard error why it was discarded), or from scratch when `path` is nil. With a
    /// path, the projection is saved there afterwards, atomically (a temporary file renamed over it).
    static func projection(_ rebuild: OversightRebuild, path: String?) throws -> OversightProjection {
        let progress = ProgressBar(label: "caseledger-audit: reading events")
        guard let path else { return try rebuild.fromScratch(progress: progress) }
        let saved = FileAccess.exists(path) ? try? FileAccess.read(path) : nil
        let (result, discarded) = try rebuild.projection(saved: saved, progress: progress)
        if let discarded { note("checkpoint \(path) discarded: \(discarded); rebuilt from scratch") }
        do {
            try FileAccess.writeAtomically(OversightCheckpoint.encode(result), to: path)
        } catch {
            throw OutputFileError(path: path, reason: error.reason)
        }
        return result
    }

    private static func note(_ line: String) {
        try? StandardStreams.error.writeLine("caseledger-audit: " + line)
    }
}
