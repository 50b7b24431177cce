/// The five stages of the personalisation process (Cheshire East, Wiltshire), and closed.
public enum Stage: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<Stage>()

    /// 1. Contact: referral, information and advice.
    case contact
    /// 2. Assessment: needs, eligibility, finances, reablement.
    case assessment
    /// 3. Support planning: indicative budget, plan, personal budget, sign-off.
    case supportPlanning
    /// 4. Delivery: the plan in place.
    case delivery
    /// 5. Review: asked for or under way.
    case review
    // issue 15: voice
    /// Services withdrawn after a review found the needs no longer eligible: nothing is delivered,
    /// and the case awaits its written notice and closure (Wiltshire SDS policy 2014, 5. Review
    /// and re-assessments).
    case servicesWithdrawn
    /// Closed.
    case closed
}
