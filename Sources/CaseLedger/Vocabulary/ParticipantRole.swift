/// The part a person played in an assessment, review or best-interests decision.
public enum ParticipantRole: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ParticipantRole>()

    /// The customer.
    case customer
    /// A carer.
    case carer
    /// A family member.
    case family
    /// A friend.
    case friend
    /// An independent advocate.
    case advocate
    /// A representative acting for the person.
    case representative
    /// A professional (GP, nurse, therapist...).
    case professional
    /// A service provider.
    case provider
}
