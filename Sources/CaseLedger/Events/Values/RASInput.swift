/// One answer fed to the Resource Allocation System and the points it scored.
public struct RASInput: PayloadObject, Hashable {
    /// The RAS question or domain.
    public var question: String
    /// The points scored.
    public var score: Int

    /// A value with every field given.
    public init(question: String, score: Int) {
        self.question = question
        self.score = score
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        question = try r("question")
        score = try r("score")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        w.set("question", question)
        w.set("score", score)
    }
}
