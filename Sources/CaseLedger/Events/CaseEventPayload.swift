/// The payload of one kind of case event: a past-tense fact with its stored type name, schema
/// version and the decision metadata every event carries.
public protocol CaseEventPayload: PayloadObject, Hashable {
    /// The stored event type, lower camel case, e.g. "planSignedOff".
    static var typeName: String { get }
    /// The payload schema version (starts at 1).
    static var schemaVersion: Int { get }
    /// Who acted in which role, when it takes effect, why, and what is restricted.
    var metadata: DecisionMetadata { get set }
    // issue 17: retention
    /// The members that remain when the event's personal content is erased (every other member is
    /// personal content and is erased): declared once per type, by `erasure keeps` in
    /// `events/declarations/case-events.decl` (a type without it is refused by the generator).
    static var keptWhenErased: [String] { get }
}
