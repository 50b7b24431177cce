/// A review: its request (when one was made) and its completion.
public struct ReviewRecord: Hashable, Sendable {
    /// The review's id.
    public var reviewId: String
    /// The request, when the review was asked for.
    public var requested: ReviewRequested?
    /// The completion.
    public var completed: ReviewCompleted?

    /// A review record.
    public init(reviewId: String, requested: ReviewRequested? = nil, completed: ReviewCompleted? = nil) {
        self.reviewId = reviewId
        self.requested = requested
        self.completed = completed
    }

    /// True when asked for and not yet completed.
    public var isOpen: Bool { requested != nil && completed == nil }
}
