// issue 15: voice — reasons on every decision a person could challenge, in their one home.

/// Which decisions state their reasons: every decision a person could challenge (Wiltshire SDS
/// policy 2014: the accuracy of the assessment, the council's contribution, the person's own
/// contribution, the support in the plan, community or residential care) or take to the
/// Ombudsman, and every refusal, adverse determination, withdrawal, closure, correction and
/// escalation.
///
/// Source: Care Act 2014 s13(2) (a written record of the eligibility determination and its
/// reasons); Care and Support (Direct Payments) Regulations 2014 (refusals with written reasons);
/// Wiltshire SDS policy 2014, challenges ("a full and clear audit trail to explain why decisions
/// were made").
public enum ReasonsRules {
    /// The commands whose decisions state their reasons: eligibility either way, the financial
    /// assessment, the indicative and personal budgets, sign-off and its refusal, a review's
    /// outcome, withdrawal, closure and reopening, corrections, escalations and resolutions of
    /// challenges, Risk Enablement Panel and best-interests decisions.
    public static let commandNames: Set<String> = [
        "determineEligibility", "completeFinancialAssessment", "calculateIndicativeBudget", "setPersonalBudget",
        "signOffPlan", "refuseSignOff", "completeReview", "decideWithdrawal", "closeCase", "reopenCase",
        "correctEvent", "escalateChallenge", "resolveChallenge", "recordPanelDecision", "makeBestInterestsDecision",
        // issue 15: direct payments and capacity (Direct Payments Regulations 2014: written reasons)
        "assessCapacity", "decideDirectPaymentNecessity", "refuseDirectPayment", "terminateDirectPayment",
        // issue 15: safeguarding, advocacy and subject access (decisions a person could challenge;
        // an extension's reasons are told to the requester, UK GDPR Art 12(3))
        "decideSafeguardingDuty", "recordSafeguardingOutcome", "considerAdvocacy", "extendSubjectAccessRequest",
    ]

    /// True when `command` must state its reasons.
    public static func required(for command: CaseCommand) -> Bool {
        commandNames.contains(command.name)
    }

    /// True when events of `kind` record a decision that must state its reasons. An event of such
    /// a kind recorded before the rule (issue 15) may have none: the trail says so plainly.
    public static func required(for kind: CaseEvent.Kind) -> Bool {
        commandNames.contains(DecisionAuthority.commandName(of: kind))
    }
}
