/// A type of abuse or neglect a safeguarding concern is about, as the Care and Support statutory
/// guidance lists them (para 14.17).
public enum AbuseType: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<AbuseType>()

    /// Physical abuse.
    case physical
    /// Domestic abuse.
    case domestic
    /// Sexual abuse.
    case sexual
    /// Psychological abuse.
    case psychological
    /// Financial or material abuse (theft, fraud, misuse of money or property).
    case financialOrMaterial
    /// Modern slavery.
    case modernSlavery
    /// Discriminatory abuse.
    case discriminatory
    /// Organisational abuse.
    case organisational
    /// Neglect and acts of omission.
    case neglect
    /// Self-neglect.
    case selfNeglect
}
