/// The process's standard output and standard error as `BufferedOutput`s.
public enum StandardStreams {
    /// Standard output, buffered in 64 KiB; `CommandRunner.main` flushes it before exiting.
    public static let output = BufferedOutput(descriptor: 1, name: "standard output")
    /// Standard error, unbuffered: each write reaches the descriptor before returning.
    public static let error = BufferedOutput(descriptor: 2, name: "standard error", capacity: 0)
}
