/// Who made the referral (Wiltshire, Contact: GP, family, NHS professional, or self).
public enum ReferralSource: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<ReferralSource>()

    /// The person referred themselves.
    case selfReferral
    /// Their GP.
    case gp
    /// A family member.
    case family
    /// A hospital.
    case hospital
    /// Another NHS professional.
    case nhsProfessional
    /// Their carer.
    case carer
    /// Someone else acting on their behalf.
    case otherPerson
}
