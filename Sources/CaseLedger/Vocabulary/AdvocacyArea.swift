/// One of the four areas in which a person may have substantial difficulty being involved in
/// their assessment, planning or review (Care Act 2014 s67(4)(a)-(d)).
public enum AdvocacyArea: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<AdvocacyArea>()

    /// s67(4)(a): understanding relevant information.
    case understanding
    /// s67(4)(b): retaining that information.
    case retaining
    /// s67(4)(c): using or weighing that information as part of being involved.
    case usingOrWeighing
    /// s67(4)(d): communicating their views, wishes or feelings.
    case communicating

    /// The area in words: "understanding relevant information".
    public var words: String {
        switch self {
        case .understanding: "understanding relevant information"
        case .retaining: "retaining that information"
        case .usingOrWeighing: "using or weighing that information"
        case .communicating: "communicating their views, wishes or feelings"
        }
    }
}
