/// A safeguarding concern and the steps taken on it (Care Act 2014 s42): the decision whether
/// the enquiry duty applies, the enquiry, the outcome.
public struct SafeguardingRecord: Hashable, Sendable {
    /// The concern as raised.
    public var raised: SafeguardingConcernRaised
    /// The decision whether the s42 duty applies, once made.
    public var decision: SafeguardingDutyDecided?
    /// The enquiry, once started.
    public var enquiry: SafeguardingEnquiryStarted?
    /// The outcome, once recorded.
    public var outcome: SafeguardingOutcomeRecorded?

    /// A concern just raised.
    public init(raised: SafeguardingConcernRaised) {
        self.raised = raised
    }

    /// True until its outcome is recorded.
    public var isOpen: Bool { outcome == nil }
}

/// A subject access request and the steps taken on it (UK GDPR Art 12, 15).
public struct SubjectAccessRecord: Hashable, Sendable {
    /// The request as received.
    public var received: SubjectAccessRequestReceived
    /// Each clarification sought, with the answer once it came, in the order recorded.
    public var clarifications: [SubjectAccessClarification] = []
    /// The extension, once made.
    public var extended: SubjectAccessRequestExtended?
    /// The answer, once sent.
    public var answer: SubjectAccessRequestAnswered?

    /// A request just received.
    public init(received: SubjectAccessRequestReceived) {
        self.received = received
    }

    /// True while a clarification sought has not come.
    public var awaitingClarification: Bool { clarifications.last.map { $0.received == nil } ?? false }
    /// True until answered.
    public var isOpen: Bool { answer == nil }
}

/// A clarification of a subject access request: when it was sought and, once it came, the reply.
public struct SubjectAccessClarification: Hashable, Sendable {
    /// The question put to the requester.
    public var sought: SubjectAccessClarificationSought
    /// The requester's reply, once it came.
    public var received: SubjectAccessRequestClarified?

    /// A clarification just sought.
    public init(sought: SubjectAccessClarificationSought) {
        self.sought = sought
    }
}
