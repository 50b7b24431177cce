extension String {
    /// True when empty or only spaces, tabs and line breaks.
    var isBlank: Bool { allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" } }
}
