extension OversightRebuild {
    // Keeps events/INVARIANTS.md rule 14: a checkpoint is never trusted.
    /// The projection from a saved checkpoint's bytes (`saved`; nil when none was saved): from the
    /// checkpoint and the events after it when it can be read and used, otherwise from scratch,
    /// with `discarded` saying why it was not used. A checkpoint is never trusted: see
    /// `from(checkpoint:progress:)`.
    public func projection(saved: [UInt8]?, progress: ProgressBar = .quiet) throws -> (projection: OversightProjection, discarded: String?) {
        guard let saved else { return (try fromScratch(progress: progress), nil) }
        let checkpoint: OversightProjection
        do {
            checkpoint = try OversightCheckpoint.decode(saved)
        } catch {
            return (try fromScratch(progress: progress), error.reason)
        }
        return try from(checkpoint: checkpoint, progress: progress)
    }
}
