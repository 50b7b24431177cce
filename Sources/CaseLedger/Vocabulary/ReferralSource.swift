/// Who made the referral (Wiltshire, Contact: GP, family, NHS professional, or self).
public enum ReferralSource: String, PayloadEnum {
    case selfReferral
    case gp
    case family
    case hospital
    case nhsProfessional
    case carer
    case otherPerson
}
