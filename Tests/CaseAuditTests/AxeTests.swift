import Foundation
import Testing

// issue 18: panel — axe-core in a test
/// axe-core (every rule it runs by default: WCAG 2.0–2.2 A and AA, and best practice) on the pages
/// a person meets: the customer's and the staff copy of a trail, the Easy Read page, the panel
/// pack before the panel and afterwards, and the caseload, all as golden files. Runs
/// tools/check-axe.py in headless Chromium; skipped, saying why, when Chromium or axe-core
/// ($CASELEDGER_AXE: axe.min.js or the wheel that ships it, which .ci/run downloads) is absent.
@Suite("Pages: axe-core finds no violation")
struct AxeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// axe-core's source, when given and present.
    static let axe: String? = ProcessInfo.processInfo.environment["CASELEDGER_AXE"].flatMap {
        FileManager.default.fileExists(atPath: $0) ? $0 : nil
    }

    @Test(
        .enabled(if: Browser.chromium != nil, "Chromium is not installed: axe-core was not run on the pages"),
        .enabled(if: axe != nil, "axe-core was not found (set CASELEDGER_AXE to axe.min.js or to the axe-playwright-python wheel; .ci/run does): axe-core was not run on the pages"))
    func axeCoreFindsNoViolationOnAnyPage() throws {
        let golden = Self.root.appendingPathComponent("Tests/CaseAuditTests/Golden")
        let pages = ["demo/C-1006-trail-customer.html", "demo/C-1001-trail-staff.html", "demo/C-1006-easy-read.html",
                     "demo/C-1006-panel-pack-before-panel.html", "demo/C-1006-panel-pack-latest.html", "caseload.html"]
            .map { golden.appendingPathComponent($0).path }
        let (status, text) = try Browser.python([Self.root.appendingPathComponent("tools/check-axe.py").path, "--axe", Self.axe!] + pages)
        #expect(status == 0, "\(text)")
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("ok ") && $0.contains("no violations") }.count == pages.count, "\(text)")
    }
}
