/// Who receives a direct payment (Care Act 2014 s31-32).
public enum DirectPaymentRecipient: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<DirectPaymentRecipient>()

    /// The person themselves, who has capacity to request it (s31).
    case person
    /// Someone the person, who has capacity, nominated to receive it for them (s31(1)(b)).
    case nominatedPerson
    /// An authorised person, where the person lacks capacity to request it (s32).
    case authorisedPerson
}
