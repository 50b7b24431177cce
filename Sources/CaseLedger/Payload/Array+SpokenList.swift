extension Array where Element == String {
    /// The items as a sentence lists them: "", "a", "a and b", "a, b and c". The one home of
    /// this joining, for the domain's refusals and the reports' phrasing (`Words.list`).
    public var spokenList: String {
        switch count {
        case 0: ""
        case 1: self[0]
        default: dropLast().joined(separator: ", ") + " and " + self[count - 1]
        }
    }
}
