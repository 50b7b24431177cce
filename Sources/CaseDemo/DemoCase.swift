/// One case of the demo ledger: its id and what it shows.
public struct DemoCase: Sendable, Hashable {
    /// The case id, e.g. `C-1001`.
    public let caseId: String
    /// Who it is about and what it shows, in one line.
    public let title: String
}
