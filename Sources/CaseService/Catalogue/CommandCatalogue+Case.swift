import CaseLedger

extension CommandCatalogue {
    /// Every case command, in the order of `CaseCommand.allNames`: name, event type, summary
    /// and fields. Checked against the domain's decoders by the tests.
    public static let caseCommands: [CommandDescription] = [
        CommandDescription(
            name: "receiveReferral", eventType: "referralReceived",
            summary: "Open the case from a contact or referral.",
            fields: CommandField.decisionMetadata + [
                CommandField("customerName", .text, "The customer's name."),
                CommandField("caseKind", .choice(CaseKind.self), "An adult with needs, or a carer."),
                CommandField("routeOfAccess", .choice(RouteOfAccess.self), "The route of access (Client Level Data list)."),
                CommandField("source", .choice(ReferralSource.self), "Who made the referral."),
                CommandField("referrerName", .text, required: false, "The referrer's name, when not the customer."),
                CommandField("presentingNeed", .text, "What the person asked for help with, in their words where possible."),
                CommandField("caredForPerson", .text, required: false, "For a carer, the person they care for."),
            ]),
        CommandDescription(
            name: "giveInformationAndAdvice", eventType: "informationAndAdviceGiven",
            summary: "Record information, advice or signposting given.",
            fields: CommandField.decisionMetadata + [
                CommandField("topics", .textList, "What the information and advice was about."),
                CommandField("signpostedTo", .textList, "Organisations and services the customer was signposted to."),
                CommandField("furtherActionNeeded", .boolean, "False when information and advice was all that was needed."),
            ]),
        CommandDescription(
            name: "allocateWorker", eventType: "workerAllocated",
            summary: "Name the allocated worker.",
            fields: CommandField.decisionMetadata + [
                CommandField("workerId", .text, "The allocated worker's staff id."),
                CommandField("team", .text, required: false, "Their team."),
            ]),
        CommandDescription(
            name: "assessNeeds", eventType: "needsAssessed",
            summary: "Record a needs assessment.",
            fields: CommandField.decisionMetadata + [
                CommandField("assessmentId", .text, "The assessment's id, e.g. \"A-1\"."),
                CommandField("needsArisingFromImpairment", .boolean, "Part (a): the needs arise from a physical or mental impairment or illness."),
                CommandField("impairmentOrIllness", .text, "The impairment or illness, in words."),
                CommandField("outcomes", .objectList("AdultOutcomeFinding"), "Part (b): one finding for each of the 10 outcomes."),
                CommandField("wellbeingImpact", .object("WellbeingImpact"), "Part (c): the impact on wellbeing."),
                CommandField("participants", .objectList("Participant"), "Who took part (the customer and, with consent, carers and others)."),
                CommandField("advocacy", .object("AdvocacyConsideration"), "Whether an advocate was considered and took part."),
            ]),
        CommandDescription(
            name: "assessCarer", eventType: "carersAssessed",
            summary: "Record a carer's assessment.",
            fields: CommandField.decisionMetadata + [
                CommandField("assessmentId", .text, "The assessment's id, e.g. \"CA-1\"."),
                CommandField("caredForPerson", .text, "The person the carer cares for."),
                CommandField("needsArisingFromCaring", .boolean, "The needs arise from providing necessary care."),
                CommandField("healthAtRisk", .boolean, "As a result the carer's physical or mental health is, or is at risk of, deteriorating."),
                CommandField("outcomes", .objectList("CarerOutcomeFinding"), "One finding for each carer outcome."),
                CommandField("wellbeingImpact", .object("WellbeingImpact"), "The impact on the carer's wellbeing."),
                CommandField("participants", .objectList("Participant"), "Who took part."),
                CommandField("advocacy", .object("AdvocacyConsideration"), "Whether an advocate was considered and took part."),
                CommandField("willingToContinueCaring", .boolean, "Whether the carer is able and willing to continue caring."),
            ]),
        CommandDescription(
            name: "determineEligibility", eventType: "eligibilityDetermined",
            summary: "Determine eligibility on an assessment.",
            fields: CommandField.decisionMetadata + [
                CommandField("assessmentId", .text, "The needs or carer's assessment."),
                CommandField("eligible", .boolean, "The result the worker determines."),
            ]),
        CommandDescription(
            name: "sendEligibilityNotice", eventType: "eligibilityNoticeSent",
            summary: "Record the written notice of the eligibility determination.",
            fields: CommandField.decisionMetadata + [
                CommandField("assessmentId", .text, "The assessment whose determination the notice records."),
                CommandField("format", .choice(NoticeFormat.self), "The accessible format used."),
                CommandField("sentTo", .text, "Who it was sent to."),
                CommandField("includesAdviceAndInformation", .boolean, "True when advice and information on meeting or preventing needs was included."),
            ]),
        CommandDescription(
            name: "completeFinancialAssessment", eventType: "financialAssessmentCompleted",
            summary: "Complete a financial assessment.",
            fields: CommandField.decisionMetadata + [
                CommandField("financialAssessmentId", .text, "The id to give the assessment, e.g. \"F-1\"."),
                CommandField("basis", .choice(FinancialAssessmentBasis.self), "Full assessment, declined to disclose, or exempt."),
                CommandField("exemptions", .choices(ContributionExemption.self), "Exemptions that apply."),
                CommandField("capital", .pence, "Capital in pence."),
                CommandField("weeklyIncome", .pence, "Weekly income in pence."),
                CommandField("incomeCategory", .text, required: false, "The Minimum Income Guarantee category (a key of the rate table)."),
                CommandField("weeklyDisabilityRelatedExpenditure", .pence, "Disability-related expenditure, weekly, in pence."),
                CommandField("weeklyHousingCosts", .pence, "Housing costs, weekly, in pence."),
            ]),
        CommandDescription(
            name: "startReablement", eventType: "reablementStarted",
            summary: "Start reablement.",
            fields: CommandField.decisionMetadata + [
                CommandField("reablementId", .text, "The id to give the period, e.g. \"R-1\"."),
                CommandField("provider", .text, "Who provides it."),
                CommandField("goals", .textList, "What it aims to restore."),
            ]),
        CommandDescription(
            name: "endReablement", eventType: "reablementEnded",
            summary: "End reablement.",
            fields: CommandField.decisionMetadata + [
                CommandField("reablementId", .text, "The period that ended."),
                CommandField("outcome", .choice(ReablementOutcome.self), "How it ended."),
            ]),
        CommandDescription(
            name: "calculateIndicativeBudget", eventType: "indicativeBudgetCalculated",
            summary: "Record the indicative budget from the RAS.",
            fields: CommandField.decisionMetadata + [
                CommandField("rasVersion", .text, "The RAS version used."),
                CommandField("inputs", .objectList("RASInput"), "The answers and scores fed to the RAS."),
                CommandField("weeklyAmount", .pence, "The indicative budget, weekly, in pence."),
            ]),
        CommandDescription(
            name: "draftSupportPlan", eventType: "supportPlanDrafted",
            summary: "Draft a support plan.",
            fields: CommandField.decisionMetadata + CommandField.supportPlanContent),
        CommandDescription(
            name: "reviseSupportPlan", eventType: "supportPlanRevised",
            summary: "Revise a support plan.",
            fields: CommandField.decisionMetadata + CommandField.supportPlanContent + [
                CommandField("changeSummary", .text, "What changed and why."),
            ]),
        CommandDescription(
            name: "setPersonalBudget", eventType: "personalBudgetSet",
            summary: "Set the personal budget.",
            fields: CommandField.decisionMetadata + [
                CommandField("planId", .text, required: false, "The plan the budget funds."),
                CommandField("weeklyTotal", .pence, "The weekly total in pence."),
                CommandField("weeklyCustomerContribution", .pence, "The customer's weekly contribution in pence."),
                CommandField("weeklyCouncilContribution", .pence, "The council's weekly contribution in pence."),
            ]),
        CommandDescription(
            name: "signOffPlan", eventType: "planSignedOff",
            summary: "Sign off a plan version.",
            fields: CommandField.decisionMetadata + [
                CommandField("planId", .text, "The plan."),
                CommandField("version", .integer, "The version."),
            ]),
        CommandDescription(
            name: "refuseSignOff", eventType: "planSignOffRefused",
            summary: "Refuse sign-off of a plan version, with reasons.",
            fields: CommandField.decisionMetadata + [
                CommandField("planId", .text, "The plan."),
                CommandField("version", .integer, "The version refused."),
            ]),
        CommandDescription(
            name: "arrangeDelivery", eventType: "deliveryArranged",
            summary: "Arrange delivery of the signed-off plan.",
            fields: CommandField.decisionMetadata + [
                CommandField("planId", .text, "The plan."),
                CommandField("arrangements", .objectList("DeliveryArrangement"), "The arrangements."),
            ]),
        CommandDescription(
            name: "requestReview", eventType: "reviewRequested",
            summary: "Ask for a review.",
            fields: CommandField.decisionMetadata + [
                CommandField("reviewId", .text, "The review's id, e.g. \"RV-1\"."),
                CommandField("requestedBy", .choice(ReviewRequester.self), "Who asked."),
                CommandField("requesterName", .text, required: false, "Their name."),
                CommandField("reason", .choice(ReviewReason.self), "Planned or unplanned, and why (Client Level Data list)."),
                CommandField("changeOfCircumstances", .text, "The change of circumstances, in words."),
            ]),
        CommandDescription(
            name: "completeReview", eventType: "reviewCompleted",
            summary: "Record a completed review.",
            fields: CommandField.decisionMetadata + [
                CommandField("reviewId", .text, "The review's id (the request's id when one was made)."),
                CommandField("outcome", .choice(ReviewOutcome.self), "No change, plan revised, reassessment, or withdrawal recommended."),
                CommandField("needsStillEligible", .boolean, "False when the allocated worker is satisfied the needs are no longer eligible."),
                CommandField("customerInvited", .boolean, "True when the customer was invited to take part."),
                CommandField("participants", .objectList("Participant"), "Who took part."),
                CommandField("findings", .text, "What the review found."),
            ]),
        CommandDescription(
            name: "decideWithdrawal", eventType: "withdrawalDecided",
            summary: "Withdraw services after a review found needs no longer eligible.",
            fields: CommandField.decisionMetadata + [
                CommandField("reviewId", .text, "The review that found the needs no longer eligible."),
            ]),
        CommandDescription(
            name: "sendWithdrawalNotice", eventType: "withdrawalNoticeSent",
            summary: "Record the written withdrawal notice.",
            fields: CommandField.decisionMetadata + [
                CommandField("format", .choice(NoticeFormat.self), "The accessible format used."),
                CommandField("sentTo", .text, "Who it was sent to."),
            ]),
        CommandDescription(
            name: "closeCase", eventType: "caseClosed",
            summary: "Close the case.",
            fields: CommandField.decisionMetadata + [
                CommandField("reason", .choice(ClosureReason.self), "Why."),
            ]),
        CommandDescription(
            name: "reopenCase", eventType: "caseReopened",
            summary: "Reopen a closed case.",
            fields: CommandField.decisionMetadata + [
                CommandField("routeOfAccess", .choice(RouteOfAccess.self), "How the new request reached the council."),
            ]),
        CommandDescription(
            name: "raiseChallenge", eventType: "challengeRaised",
            summary: "Raise a challenge.",
            fields: CommandField.decisionMetadata + [
                CommandField("challengeId", .text, "The challenge's id, e.g. \"CH-1\"."),
                CommandField("subject", .choice(ChallengeSubject.self), "What is challenged."),
                CommandField("raisedBy", .text, "Who raised it."),
                CommandField("details", .text, "The challenge in their words."),
                CommandField("challengedEventIds", .textList, "The recorded decisions challenged (event ids)."),
            ]),
        CommandDescription(
            name: "escalateChallenge", eventType: "challengeEscalated",
            summary: "Escalate a challenge.",
            fields: CommandField.decisionMetadata + [
                CommandField("challengeId", .text, "The challenge."),
                CommandField("toLevel", .choice(ChallengeLevel.self), "Where it goes."),
            ]),
        CommandDescription(
            name: "resolveChallenge", eventType: "challengeResolved",
            summary: "Resolve a challenge.",
            fields: CommandField.decisionMetadata + [
                CommandField("challengeId", .text, "The challenge."),
                CommandField("outcome", .choice(ChallengeOutcome.self), "The outcome."),
                CommandField("actions", .textList, "What will be done."),
            ]),
        CommandDescription(
            name: "recordPanelDecision", eventType: "riskEnablementPanelDecided",
            summary: "Record a Risk Enablement Panel decision.",
            fields: CommandField.decisionMetadata + [
                CommandField("panelDecisionId", .text, "The decision's id, e.g. \"REP-1\"."),
                CommandField("challengeId", .text, required: false, "The challenge referred to the panel, when there is one."),
                CommandField("attendees", .textList, "Who sat on the panel."),
                CommandField("risks", .objectList("RiskEntry"), "The risks considered."),
                CommandField("optionsConsidered", .textList, "The options considered."),
                CommandField("decision", .text, "The panel's decision."),
                CommandField("rationale", .text, "Why."),
                CommandField("actionOwner", .text, "The staff id who owns the action."),
                CommandField("reviewDate", .date, "When the decision will be reviewed."),
            ]),
        CommandDescription(
            name: "receiveComplaint", eventType: "complaintReceived",
            summary: "Record a complaint received.",
            fields: CommandField.decisionMetadata + [
                CommandField("complaintId", .text, "The id to give it, e.g. \"CO-1\"."),
                CommandField("complainant", .text, "Who complained."),
                CommandField("about", .text, "What about."),
                CommandField("challengeId", .text, required: false, "The challenge escalated to it, when there is one."),
                CommandField("matterDate", .date, "When the matter happened or the complainant became aware of it."),
            ]),
        CommandDescription(
            name: "acknowledgeComplaint", eventType: "complaintAcknowledged",
            summary: "Acknowledge a complaint.",
            fields: CommandField.decisionMetadata + [
                CommandField("complaintId", .text, "The complaint."),
                CommandField("agreedResponseDate", .date, required: false, "A response date agreed with the complainant, when agreed."),
            ]),
        CommandDescription(
            name: "respondToComplaint", eventType: "complaintResponded",
            summary: "Respond to a complaint.",
            fields: CommandField.decisionMetadata + [
                CommandField("complaintId", .text, "The complaint."),
                CommandField("finding", .choice(ComplaintFinding.self), "The finding."),
                CommandField("conclusions", .text, "The conclusions."),
                CommandField("remedialActions", .textList, "Remedial actions."),
                CommandField("ombudsmanRightsExplained", .boolean, "Whether the right to go to the Ombudsman is explained."),
                CommandField("signedBy", .text, "Who signs."),
            ]),
        CommandDescription(
            name: "makeBestInterestsDecision", eventType: "bestInterestsDecisionMade",
            summary: "Record a best-interests decision.",
            fields: CommandField.decisionMetadata + [
                CommandField("decisionId", .text, "The decision's id, e.g. \"BI-1\"."),
                CommandField("matter", .text, "The decision to be made, e.g. \"where to live\"."),
                CommandField("lacksCapacityForDecision", .boolean, "True when a capacity assessment found the person lacks capacity for this decision."),
                CommandField("capacityAssessment", .text, "How capacity was assessed and by whom."),
                CommandField("personsWishes", .text, "The person's wishes, feelings, beliefs and values."),
                CommandField("consulted", .objectList("Participant"), "Who was consulted."),
                CommandField("optionsConsidered", .textList, "The options considered."),
                CommandField("decision", .text, "The decision."),
                CommandField("leastRestrictiveOption", .boolean, "True when the decision is the least restrictive option that meets the need."),
            ]),
        CommandDescription(
            name: "correctEvent", eventType: "eventCorrected",
            summary: "Correct an earlier event (it stays in history; projections use the correction).",
            fields: CommandField.decisionMetadata + [
                CommandField("supersedes", .text, "The id of the event superseded."),
                CommandField("correctedType", .text, "The event type of the corrected event (the same as the superseded one)."),
                CommandField("correctedSchema", .integer, "The schema version of the corrected payload."),
                CommandField("corrected", .object("CaseEvent payload"), "The corrected event's full payload, of the same type as the one it supersedes."),
            ]),
        CommandDescription(
            name: "disputeOpinion", eventType: "opinionDisputed",
            summary: "Mark a recorded opinion as disputed.",
            fields: CommandField.decisionMetadata + [
                CommandField("targetEventId", .text, "The event holding the disputed opinion."),
                CommandField("disputedBy", .text, "Who disputes it."),
                CommandField("disputedStatement", .text, "The opinion disputed, quoted or named."),
                CommandField("customerAccount", .text, "The customer's own account."),
            ]),
    ]
}
