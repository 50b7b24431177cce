/// Something done with a case event's payload, whatever its type: `CaseEvent.accept(_:)` opens the
/// event once and hands its payload to `visit`, which the compiler specialises for each payload
/// type. Every property common to all payloads (`metadata`, `effectiveDate`, `typeName`, …) is a
/// visitor, so the one switch over the event's cases is `accept(_:)` (with `kind`): adding an
/// event type adds one line there, not one in every such property.
public protocol CaseEventPayloadVisitor {
    /// What the visit gives back.
    associatedtype Result
    /// Does the work on `payload`, of its own type.
    func visit<P: CaseEventPayload>(_ payload: P) -> Result
}

extension CaseEvent {
    /// The payload handed to `visitor` as its own type (no box, no copy of its fields).
    public func accept<V: CaseEventPayloadVisitor>(_ visitor: V) -> V.Result {
        switch self {
        case .referralReceived(let p): visitor.visit(p)
        case .informationAndAdviceGiven(let p): visitor.visit(p)
        case .workerAllocated(let p): visitor.visit(p)
        case .needsAssessed(let p): visitor.visit(p)
        case .carersAssessed(let p): visitor.visit(p)
        case .carerLinked(let p): visitor.visit(p)
        case .carersAssessmentOffered(let p): visitor.visit(p)
        case .eligibilityDetermined(let p): visitor.visit(p)
        case .eligibilityNoticeSent(let p): visitor.visit(p)
        case .financialAssessmentCompleted(let p): visitor.visit(p)
        case .reablementStarted(let p): visitor.visit(p)
        case .reablementEnded(let p): visitor.visit(p)
        case .reablementProgressRecorded(let p): visitor.visit(p)
        case .indicativeBudgetCalculated(let p): visitor.visit(p)
        case .supportPlanDrafted(let p): visitor.visit(p)
        case .supportPlanRevised(let p): visitor.visit(p)
        case .personalBudgetSet(let p): visitor.visit(p)
        case .planSignedOff(let p): visitor.visit(p)
        case .planSignOffRefused(let p): visitor.visit(p)
        case .deliveryArranged(let p): visitor.visit(p)
        case .directPaymentAgreed(let p): visitor.visit(p)
        case .directPaymentNecessityDecided(let p): visitor.visit(p)
        case .directPaymentRefused(let p): visitor.visit(p)
        case .directPaymentTerminated(let p): visitor.visit(p)
        case .reviewRequested(let p): visitor.visit(p)
        case .reviewCompleted(let p): visitor.visit(p)
        case .withdrawalDecided(let p): visitor.visit(p)
        case .withdrawalNoticeSent(let p): visitor.visit(p)
        case .noticeSent(let p): visitor.visit(p)
        case .caseClosed(let p): visitor.visit(p)
        case .caseReopened(let p): visitor.visit(p)
        case .challengeRaised(let p): visitor.visit(p)
        case .challengeEscalated(let p): visitor.visit(p)
        case .challengeResolved(let p): visitor.visit(p)
        case .riskEnablementPanelDecided(let p): visitor.visit(p)
        case .complaintReceived(let p): visitor.visit(p)
        case .complaintAcknowledged(let p): visitor.visit(p)
        case .complaintResponded(let p): visitor.visit(p)
        case .capacityAssessed(let p): visitor.visit(p)
        case .bestInterestsDecisionMade(let p): visitor.visit(p)
        case .safeguardingConcernRaised(let p): visitor.visit(p)
        case .safeguardingDutyDecided(let p): visitor.visit(p)
        case .safeguardingEnquiryStarted(let p): visitor.visit(p)
        case .safeguardingOutcomeRecorded(let p): visitor.visit(p)
        case .advocacyConsidered(let p): visitor.visit(p)
        case .subjectAccessRequestReceived(let p): visitor.visit(p)
        case .subjectAccessClarificationSought(let p): visitor.visit(p)
        case .subjectAccessRequestClarified(let p): visitor.visit(p)
        case .subjectAccessRequestExtended(let p): visitor.visit(p)
        case .subjectAccessRequestAnswered(let p): visitor.visit(p)
        case .opinionDisputed(let p): visitor.visit(p)
        case .eventCorrected(let p): visitor.visit(p)
        case .legalHoldPlaced(let p): visitor.visit(p)
        case .legalHoldLifted(let p): visitor.visit(p)
        case .erasureAuthorised(let p): visitor.visit(p)
        case .erased(let p): visitor.visit(p)
        }
    }

    /// The payload as its protocol, for access common to every kind of case event (boxed: a
    /// property read for every event is better a visitor, as `metadata` is).
    public var payloadValue: any CaseEventPayload { accept(Boxed()) }

    /// The stored event type name, e.g. "referralReceived".
    public var typeName: String {
        // issue 17: retention — an erased event keeps its own stored type.
        if case .erased(let e) = self { return e.originalType }
        return accept(TypeName())
    }

    /// The payload schema version.
    public var schemaVersion: Int {
        if case .erased(let e) = self { return e.originalSchema }
        return accept(SchemaVersion())
    }

    /// The decision metadata: acting role, effective date, reasons, references, notes. Read
    /// from the payload in place, not through `payloadValue` (which boxes the payload).
    public var metadata: DecisionMetadata { accept(Metadata()) }

    /// The date the decision takes effect: `metadata.effectiveDate`, read straight from the
    /// payload without copying its metadata (reasons, references, notes) first.
    public var effectiveDate: CalendarDate { accept(EffectiveDate()) }

    /// The role the decision was recorded under: `metadata.actingRole`, read straight from the
    /// payload without copying its metadata first (compliance asks it of every event).
    public var actingRole: StaffRole { accept(ActingRole()) }

    /// The payload as stored: a JSON object with integers only (money in pence).
    public var payload: JSONValue { accept(JSON()) }

    /// The same fact with different decision metadata (used to build corrections).
    public func replacingMetadata(_ metadata: DecisionMetadata) -> CaseEvent {
        accept(ReplacingMetadata(metadata: metadata))
    }

    /// Every stored type name of a case event, in lifecycle order (the order of `decoders`).
    public static let allTypeNames: [String] = decoders.names

    private struct Boxed: CaseEventPayloadVisitor {
        func visit<P: CaseEventPayload>(_ p: P) -> any CaseEventPayload { p }
    }
    private struct TypeName: CaseEventPayloadVisitor {
        func visit<P: CaseEventPayload>(_: P) -> String { P.typeName }
    }
    private struct SchemaVersion: CaseEventPayloadVisitor {
        func visit<P: CaseEventPayload>(_: P) -> Int { P.schemaVersion }
    }
    private struct Metadata: CaseEventPayloadVisitor {
        func visit<P: CaseEventPayload>(_ p: P) -> DecisionMetadata { p.metadata }
    }
    private struct EffectiveDate: CaseEventPayloadVisitor {
        func visit<P: CaseEventPayload>(_ p: P) -> CalendarDate { p.metadata.effectiveDate }
    }
    private struct ActingRole: CaseEventPayloadVisitor {
        func visit<P: CaseEventPayload>(_ p: P) -> StaffRole { p.metadata.actingRole }
    }
    private struct JSON: CaseEventPayloadVisitor {
        func visit<P: CaseEventPayload>(_ p: P) -> JSONValue { p.json }
    }
    private struct ReplacingMetadata: CaseEventPayloadVisitor {
        let metadata: DecisionMetadata
        func visit<P: CaseEventPayload>(_ p: P) -> CaseEvent {
            var changed = p
            changed.metadata = metadata
            // issue 17: retention — an erased event is not listed in `decoders`.
            if let erased = changed as? ErasedEvent { return .erased(erased) }
            return CaseEvent.wrapping(changed)
        }
    }
}
