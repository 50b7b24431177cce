import CaseDemo
import CLIKit

extension DemoError: ReportableError {
    /// `demo-step-refused`.
    public var code: String { "demo-step-refused" }
    /// The step and why it was refused.
    public var message: String { description }
}

/// `caseledger demo DIR`: creates a ledger and records the demo cases in it.
enum DemoCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "demo", abstract: "Create a ledger holding the demo council's staff, configuration and six cases.",
        discussion: """
            Records, through the same rules as every decision, the staff register, the England configuration for 2025-26 and \
            2026-27, and six cases built from the seed stories, with a fixed clock and fixed event ids: the ledger is the same, \
            byte for byte, on every run (events/demo is a copy). Then try \
            'caseledger-audit trail C-1001 --ledger DIR'.
            """,
        arguments: [ArgumentSpec("dir", help: "Where to create the ledger (a new or empty directory).")])

    static func run(_ o: DirectoryOptions) throws {
        let dir = o.dir
        let events = try DemoLedger.write(to: dir)
        var out = "wrote the demo ledger to \(dir): \(events) events\n"
        for c in DemoLedger.cases {
            out += "  \(c.caseId)  \(c.title)\n"
        }
        out += "try: caseledger-audit trail C-1001 --ledger \(dir)"
        try StandardStreams.output.writeLine(out)
    }
}
