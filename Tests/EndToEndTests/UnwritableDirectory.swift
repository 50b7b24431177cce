import Foundation

/// Runs `caseledger append` on a ledger directory it cannot write in, by whichever means this
/// machine allows (root ignores file modes, so chmod alone does not do it for root).
enum UnwritableDirectory {
    enum Method { case readOnlyBindMount, runAsNobody, chmod }

    static let method: Method? = {
        if getuid() != 0 { return .chmod }
        if probe(["/usr/bin/env", "unshare", "--mount", "sh", "-c", "mount --bind /tmp /tmp && mount -o remount,bind,ro /tmp && ! touch /tmp"]) {
            return .readOnlyBindMount
        }
        if probe(["/usr/bin/env", "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Executable.caseledger.url.path, "--help"]) {
            return .runAsNobody
        }
        return nil
    }()

    /// Whether a command runs and exits 0.
    static func probe(_ command: [String]) -> Bool {
        guard let run = try? Executable(path: command[0]).run(Array(command.dropFirst())) else { return false }
        return run.exitCode == 0
    }

    static func runAppend(ledger dir: String, stdin: Data) throws -> Executable.Run {
        let caseledger = Executable.caseledger.url.path
        switch method {
        case .readOnlyBindMount:
            // The mount lives only in the child's private mount namespace.
            return try Executable(path: "/usr/bin/env").run(
                ["unshare", "--mount", "sh", "-c", #"mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && exec "$2" append --ledger "$1""#,
                 "sh", dir, caseledger], stdin: stdin)
        case .runAsNobody:
            return try Executable(path: "/usr/bin/env").run(
                ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", caseledger, "append", "--ledger", dir], stdin: stdin)
        case .chmod, nil:
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir) }
            return try Executable.caseledger.run(["append", "--ledger", dir], stdin: stdin)
        }
    }
}
