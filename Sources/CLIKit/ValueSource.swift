/// Where an option's value came from; used to explain a bad value.
enum ValueSource: Equatable, Sendable {
    case commandLine
    case environment(String)
    case defaultValue

    /// Text appended to a message about a bad value: empty, or ` (from NAME)`.
    var suffix: String {
        if case .environment(let variable) = self { return " (from \(variable))" }
        return ""
    }
}
