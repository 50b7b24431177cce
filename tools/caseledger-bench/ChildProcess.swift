#if canImport(Glibc)
import Glibc
#endif

/// Runs another program and waits for it with wait4, so the bench learns the child's own peak
/// resident memory (ru_maxrss) as well as its exit status and wall time.
struct ChildProcess {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// What one run of a child gave.
    struct Result {
        /// Standard output, whole.
        let output: String
        /// Wall time from spawn to exit, in seconds.
        let seconds: Double
        /// Peak resident set of the child, in bytes.
        let maxResidentBytes: Int
        /// CPU time the child used, user and system, on all its threads, in seconds.
        let cpuSeconds: Double
    }

    /// CPU seconds (user and system) in `usage`.
    static func cpuSeconds(_ usage: rusage) -> Double {
        Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// CPU seconds (user and system) this process has used so far, on all its threads.
    static func ownCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return cpuSeconds(usage)
    }

    /// Runs `arguments` (the first is looked up in PATH), standard output to `outputPath` and
    /// standard error to `outputPath.err`; throws unless it exits 0.
    static func run(_ arguments: [String], outputPath: String) throws -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, outputPath + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let start = Clock.now()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw Failure(description: "could not start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw Failure(description: "wait4 for \(arguments[0]) failed: \(String(cString: strerror(errno)))") }
        }
        let seconds = Clock.now() - start
        let output = (try? readFile(outputPath)) ?? ""
        // WIFEXITED and WEXITSTATUS are macros Swift cannot import.
        let exited = (status & 0x7F) == 0
        let code = (status >> 8) & 0xFF
        guard exited && code == 0 else {
            let err = (try? readFile(outputPath + ".err")) ?? ""
            let how = exited ? "exited with \(code)" : "was killed by signal \(status & 0x7F)"
            throw Failure(description: "\(arguments.joined(separator: " ")) \(how): \(err.suffix(2_000))")
        }
        return Result(output: output, seconds: seconds, maxResidentBytes: Int(usage.ru_maxrss) * 1024, cpuSeconds: cpuSeconds(usage))
    }

    /// The whole file at `path` as UTF-8 text.
    static func readFile(_ path: String) throws -> String {
        guard let f = fopen(path, "rb") else { throw Failure(description: "cannot read \(path)") }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&chunk, 1, chunk.count, f)
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A monotonic clock in seconds.
enum Clock {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
