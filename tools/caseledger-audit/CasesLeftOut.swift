import CLIKit

// issue 14: readers that cannot be poisoned
/// A council-wide report was written without the cases an event of which cannot be read (it lists
/// them): exit 2, so a script can tell it from a report that could not be made (3).
struct CasesLeftOut: IncompleteOutput {
    /// What was written, e.g. "the caseload".
    let report: String
    /// The cases left out, by case reference.
    let cases: [String]
    var code: String { "cases-unreadable" }
    var message: String {
        let n = cases.count
        return "\(report) was written without case\(n == 1 ? "" : "s") \(cases.joined(separator: ", ")): "
            + "an event of \(n == 1 ? "it" : "each") cannot be read (the output names the event); every other case is in it"
    }
}
