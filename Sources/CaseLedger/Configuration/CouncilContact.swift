// issue 18: panel
/// How a person reaches the council's adult social care service, as the council publishes it:
/// what the Easy Read summary tells a person to use when they have a question, want a decision
/// looked at again, or want to complain. A council's own details: the shipped configuration
/// carries examples marked for the council to confirm (`confirmed` false).
public struct CouncilContact: Hashable, Sendable {
    /// The service as people know it, e.g. "Example Council Adult Social Care".
    public var name: String
    /// The telephone number.
    public var telephone: String?
    /// A textphone or text-relay number, for people who are deaf or speech impaired.
    public var textphone: String?
    /// The email address.
    public var email: String?
    /// The postal address, one line.
    public var address: String?
    /// When the telephone is answered, e.g. "Monday to Friday, 9am to 5pm".
    public var openingHours: String?
    /// Where complaints go, when not the same as the rest (e.g. the complaints team's email).
    public var complaints: String?
    /// False while the details are examples the council has yet to confirm.
    public var confirmed: Bool

    /// A contact; only the name is required.
    public init(
        name: String, telephone: String? = nil, textphone: String? = nil, email: String? = nil, address: String? = nil,
        openingHours: String? = nil, complaints: String? = nil, confirmed: Bool = false
    ) {
        self.name = name
        self.telephone = telephone
        self.textphone = textphone
        self.email = email
        self.address = address
        self.openingHours = openingHours
        self.complaints = complaints
        self.confirmed = confirmed
    }
}

extension CouncilContact: PayloadObject {
    /// The field names: `name` and `confirmed` required, the rest optional.
    public static let fieldNames = ["name", "telephone", "textphone", "email", "address", "openingHours", "complaints", "confirmed"]

    /// Reads the contact; an unknown field, an empty name or an empty detail is an error.
    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {
        try r.requireOnly(Self.fieldNames)
        let name: String = try r("name")
        if name.allSatisfy(\.isWhitespace) {
            throw PayloadDecodingError(field: r.pathOf("name"), problem: "is empty: give the service's name as people know it")
        }
        self.init(name: name, confirmed: try r("confirmed"))
        telephone = try r.optional("telephone")
        textphone = try r.optional("textphone")
        email = try r.optional("email")
        address = try r.optional("address")
        openingHours = try r.optional("openingHours")
        complaints = try r.optional("complaints")
        for (field, value) in [("telephone", telephone), ("textphone", textphone), ("email", email), ("address", address),
                               ("openingHours", openingHours), ("complaints", complaints)] {
            if let value, value.allSatisfy(\.isWhitespace) {
                throw PayloadDecodingError(field: r.pathOf(field), problem: "is empty: leave it out when there is none")
            }
        }
    }

    /// Writes the contact; absent details are left out.
    public func encode(to w: inout PayloadWriter) {
        w.set("name", name)
        w.optional("telephone", telephone)
        w.optional("textphone", textphone)
        w.optional("email", email)
        w.optional("address", address)
        w.optional("openingHours", openingHours)
        w.optional("complaints", complaints)
        w.set("confirmed", confirmed)
    }
}
