/// A person who took part in an assessment, review or decision, and in what capacity.
public struct Participant: PayloadObject, Hashable {
    /// Their name.
    public var name: String
    /// The part they played.
    public var role: ParticipantRole

    /// A value with every field given.
    public init(name: String, role: ParticipantRole) {
        self.name = name
        self.role = role
    }

    /// Reads every field; an error names the field that is missing or mistyped.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        name = try r("name")
        role = try r("role")
    }

    /// Writes every field (an optional field only when it has a value).
    public func encode(to w: inout PayloadWriter) {
        w.set("name", name)
        w.set("role", role)
    }
}
