#if canImport(Glibc)
import Glibc
#endif

/// A progress bar on standard error, shown only when standard error is a terminal (quiet when it
/// is a file or a pipe, so logs and scripts never see it). Redrawn in place with a carriage
/// return at most once per percent; `finish()` clears the line.
public final class ProgressBar {
    /// True when the bar is drawn.
    public let isShown: Bool
    private let label: String
    private let write: (String) -> Void
    private var total: Int64 = 0
    private var lastPercent = -1

    /// A bar titled `label`, drawn through `write` (standard error by default) when `isShown`
    /// (by default: when standard error is a terminal).
    public init(label: String, isShown: Bool = isatty(2) == 1, write: ((String) -> Void)? = nil) {
        self.label = label
        self.isShown = isShown
        self.write = write ?? { text in
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
        }
    }

    /// A bar that is never drawn.
    public static var quiet: ProgressBar { ProgressBar(label: "", isShown: false) }

    /// Starts counting up to `total`.
    public func start(total: Int64) {
        self.total = max(total, 1)
        lastPercent = -1
        update(0)
    }

    /// Shows `done` of the total.
    public func update(_ done: Int64) {
        guard isShown else { return }
        let percent = Int(min(done, total) * 100 / total)
        guard percent != lastPercent else { return }
        lastPercent = percent
        let width = 30, filled = percent * width / 100
        write("\r\(label) [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(percent)% (\(done) of \(total) events)")
    }

    /// Clears the bar's line.
    public func finish() {
        guard isShown else { return }
        write("\r\u{1B}[K")
    }
}
