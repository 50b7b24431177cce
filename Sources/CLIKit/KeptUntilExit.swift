import Synchronization

// issue 18: fast18b
/// Values an executable keeps until the process exits, instead of freeing them as they go out of
/// scope. `CommandRunner.main` flushes standard output, reports any failure and then calls `exit`,
/// which hands every page back to the system at once: freeing millions of small allocations one by
/// one first (a caseload's results over 80,000 cases) is work nobody waits for the benefit of.
/// Only for what a command holds until its end anyway: what is kept is never freed.
public enum KeptUntilExit {
    private final class Box: @unchecked Sendable {
        let value: Any
        init(_ value: Any) { self.value = value }
    }

    private static let kept = Mutex<[Box]>([])

    /// Keeps `value` (and all it refers to) alive until the process exits.
    public static func keep(_ value: Any) {
        let box = Box(value)
        kept.withLock { $0.append(box) }
    }
}
