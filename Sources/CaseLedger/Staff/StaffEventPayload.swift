/// The payload of one kind of staff register event, with its stored type name, schema version
/// and decision metadata.
public protocol StaffEventPayload: PayloadObject, Hashable {
    /// The stored event type, lower camel case, e.g. "signOffLimitGranted".
    static var typeName: String { get }
    /// The payload schema version (starts at 1).
    static var schemaVersion: Int { get }
    /// Who acted in which role, when it takes effect, why.
    var metadata: DecisionMetadata { get set }
}
