/// The Risk Enablement Panel advised on a case: the risks, the options considered, its decision and
/// rationale, who owns the action, and when it will be reviewed. The panel is advisory; the
/// allocated worker keeps responsibility.
///
/// Stored as event type `riskEnablementPanelDecided`, schema 1.
public struct RiskEnablementPanelDecided: CaseEventPayload {
    /// The stored event type name.
    public static let typeName = "riskEnablementPanelDecided"
    /// The payload schema version.
    public static let schemaVersion = 1

    /// Who acted in which role, when it takes effect, why, and what is restricted.
    public var metadata: DecisionMetadata
    /// The decision's id, e.g. "REP-1".
    public var panelDecisionId: String
    /// The challenge referred to the panel, when there is one.
    public var challengeId: String?
    /// Who sat on the panel.
    public var attendees: [String]
    /// The risks considered.
    public var risks: [RiskEntry]
    /// The options considered.
    public var optionsConsidered: [String]
    /// The panel's decision.
    public var decision: String
    /// Why.
    public var rationale: String
    /// The staff id who owns the action.
    public var actionOwner: String
    /// When the decision will be reviewed.
    public var reviewDate: CalendarDate

    /// A value with every field given.
    public init(
        metadata: DecisionMetadata,
        panelDecisionId: String,
        challengeId: String? = nil,
        attendees: [String] = [],
        risks: [RiskEntry] = [],
        optionsConsidered: [String] = [],
        decision: String,
        rationale: String,
        actionOwner: String,
        reviewDate: CalendarDate
    ) {
        self.metadata = metadata
        self.panelDecisionId = panelDecisionId
        self.challengeId = challengeId
        self.attendees = attendees
        self.risks = risks
        self.optionsConsidered = optionsConsidered
        self.decision = decision
        self.rationale = rationale
        self.actionOwner = actionOwner
        self.reviewDate = reviewDate
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        metadata = try DecisionMetadata(from: r)
        panelDecisionId = try r("panelDecisionId")
        challengeId = try r.optional("challengeId")
        attendees = try r("attendees")
        risks = try r("risks")
        optionsConsidered = try r("optionsConsidered")
        decision = try r("decision")
        rationale = try r("rationale")
        actionOwner = try r("actionOwner")
        reviewDate = try r("reviewDate")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        metadata.encode(to: &w)
        w.set("panelDecisionId", panelDecisionId)
        w.optional("challengeId", challengeId)
        w.set("attendees", attendees)
        w.set("risks", risks)
        w.set("optionsConsidered", optionsConsidered)
        w.set("decision", decision)
        w.set("rationale", rationale)
        w.set("actionOwner", actionOwner)
        w.set("reviewDate", reviewDate)
    }
}
