/// A correction beside the original it supersedes: every field that differs, with both values.
public struct CorrectionComparison: Hashable, Sendable {
    /// One field that differs.
    public struct Row: Hashable, Sendable {
        /// The field, in words.
        public var field: String
        /// The original value.
        public var original: String
        /// The corrected value.
        public var corrected: String

        /// A row.
        public init(field: String, original: String, corrected: String) {
            self.field = field
            self.original = original
            self.corrected = corrected
        }
    }

    /// The seq of the original.
    public var originalSeq: Int64
    /// When the original was recorded, in words.
    public var originalRecorded: String
    /// The original's headline.
    public var originalTitle: String
    /// The correction's headline.
    public var correctedTitle: String
    /// The fields that differ.
    public var rows: [Row]

    /// A comparison.
    public init(originalSeq: Int64, originalRecorded: String, originalTitle: String, correctedTitle: String, rows: [Row]) {
        self.originalSeq = originalSeq
        self.originalRecorded = originalRecorded
        self.originalTitle = originalTitle
        self.correctedTitle = correctedTitle
        self.rows = rows
    }
}
