import Foundation
import Testing

/// Golden files: the expected output of each format, kept under Tests/CaseAuditTests/Golden and
/// reviewed as diffs. Run with CASELEDGER_UPDATE_GOLDEN=1 to rewrite them deliberately.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// True when the run should rewrite the golden files.
    static var updating: Bool { ProcessInfo.processInfo.environment["CASELEDGER_UPDATE_GOLDEN"] == "1" }

    /// Checks `actual` against the golden file `name`, a path under Golden (or rewrites it when
    /// updating).
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if updating {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(name): run the tests with CASELEDGER_UPDATE_GOLDEN=1 and review the new file", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
        let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let want = line < e.count ? e[line] : "(end)", got = line < a.count ? a[line] : "(end)"
        let message = "\(name) differs from its golden file at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n"
            + "If the change is intended, rerun with CASELEDGER_UPDATE_GOLDEN=1 and review the diff."
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
