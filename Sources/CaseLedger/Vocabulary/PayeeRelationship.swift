/// How someone a direct payment pays is related to the person (Care and Support (Direct Payments)
/// Regulations 2014 reg 3: a spouse, civil partner, partner or close family member living in the
/// same household is paid only where the council decided it is necessary).
public enum PayeeRelationship: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<PayeeRelationship>()

    /// Husband or wife.
    case spouse
    /// Civil partner.
    case civilPartner
    /// Someone living with the person as if a spouse or civil partner.
    case partner
    /// Mother or father.
    case parent
    /// Mother-in-law or father-in-law.
    case parentInLaw
    /// Son or daughter.
    case child
    /// Son-in-law or daughter-in-law.
    case childInLaw
    /// Stepson or stepdaughter.
    case stepchild
    /// Brother or sister.
    case sibling
    /// Aunt or uncle.
    case auntOrUncle
    /// Grandparent.
    case grandparent
    /// Another relative (e.g. a cousin, a niece or nephew): not close family under reg 3.
    case otherRelative
    /// A friend.
    case friend
    /// No relation (an agency worker, a personal assistant recruited for the job).
    case unrelated
}
