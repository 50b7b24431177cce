import CaseLedger

extension CaseView {
    /// The stable JSON form of `caseledger case show --format json` (documented in README.md).
    /// Every key is always present; absent values are `null`; money in pence; dates
    /// `YYYY-MM-DD`; times RFC 3339 UTC.
    public var json: JSONValue {
        let s = summary
        let referral = state.referral
        return [
            "caseId": .string(caseId),
            "customerName": referral.map { .string($0.customerName) } ?? nil,
            "caseKind": referral.map { .string($0.caseKind.rawValue) } ?? nil,
            "asKnownAt": asKnownAt.map { .string($0.rfc3339) } ?? nil,
            "events": .integer(Int64(eventCount)),
            "lastRecordedAt": state.lastRecordedAt.map { .string($0.rfc3339) } ?? nil,
            "stage": .string(s.stage.rawValue),
            "allocatedWorker": s.allocatedWorker.map { .string($0) } ?? nil,
            "eligibility": s.eligibility.map { d in
                entry(d, d.value.map { v in
                    [
                        "eligible": .bool(v.eligible), "assessmentId": v.assessmentId.map { .string($0) } ?? nil,
                        "reviewId": v.reviewId.map { .string($0) } ?? nil, "eligibleNeeds": v.eligibleNeeds.json,
                    ]
                })
            } ?? nil,
            "contribution": s.contribution.map { d in
                entry(d, d.value.map { v in
                    [
                        "financialAssessmentId": .string(v.financialAssessmentId), "basis": .string(v.basis.rawValue),
                        "weeklyContribution": v.weeklyContribution.json, "paysFullCost": .bool(v.paysFullCost),
                        "rateTableId": v.rateTableId.map { .string($0) } ?? nil,
                        "exemptions": .array(v.exemptions.map { .string($0.rawValue) }),
                    ]
                })
            } ?? nil,
            "personalBudget": s.personalBudget.map { d in
                entry(d, d.value.map { v in
                    [
                        "weeklyTotal": v.weeklyTotal.json, "weeklyCustomerContribution": v.weeklyCustomerContribution.json,
                        "weeklyCouncilContribution": v.weeklyCouncilContribution.json,
                        "planId": v.planId.map { .string($0) } ?? nil, "aboveIndicative": .bool(v.aboveIndicative),
                    ]
                })
            } ?? nil,
            "plan": planJSON,
            "delivery": s.delivery.map { d in
                entry(d, d.value.map { v in
                    [
                        "planId": .string(v.planId), "planVersion": .integer(Int64(v.planVersion)),
                        "arrangements": .array(v.arrangements.map(\.json)),
                    ]
                })
            } ?? nil,
            "nextReviewDue": s.nextReviewDue.map {
                [
                    "date": .string($0.date.iso), "reason": .string($0.reason.rawValue),
                    "overdueDays": .integer(Int64(max(0, $0.date.days(until: today)))),
                ]
            } ?? nil,
            "openChallenges": .array(s.openChallenges.map { c in
                [
                    "challengeId": .string(c.raised.challengeId), "subject": .string(c.raised.subject.rawValue),
                    "level": .string(c.level.rawValue), "raisedBy": .string(c.raised.raisedBy),
                    "raisedOn": .string(c.raised.metadata.effectiveDate.iso),
                ]
            }),
            "openComplaints": .array(s.openComplaints.map { c in
                [
                    "complaintId": .string(c.received.complaintId), "complainant": .string(c.received.complainant),
                    "receivedOn": .string(c.received.metadata.effectiveDate.iso),
                    "acknowledged": .bool(c.acknowledged != nil), "respondBy": .string(c.respondBy.iso),
                ]
            }),
            "inForce": inForceJSON,
            "configurationSeq": configuration.map { .integer($0.seq) } ?? nil,
        ]
    }

    /// `{"since", "eventId", "ended", …value's members}` for a dated entry.
    private func entry<V>(_ d: Dated<V>, _ members: JSONObject?) -> JSONValue {
        var out: JSONObject = [
            "since": .string(d.effectiveDate.iso), "eventId": .string(d.eventId), "recordedBy": .string(d.actor),
            "ended": .bool(members == nil),
        ]
        for (k, v) in members ?? [:] { out[k] = v }
        return .object(out)
    }

    private var planJSON: JSONValue {
        guard let id = summary.currentPlanId, let version = summary.currentPlanVersion else { return nil }
        let weeklyCost = state.plans[id]?.current.weeklyCost
        let signOff: JSONValue = summary.currentPlanSignOff.map { r in
            [
                "signedBy": .string(r.signer), "effectiveDate": .string(r.signedOff.metadata.effectiveDate.iso),
                "eventId": .string(r.eventId), "weeklyCost": r.signedOff.weeklyCost.json,
                "signerWeeklyLimit": r.signedOff.signerWeeklyLimit.json,
            ]
        } ?? nil
        return [
            "planId": .string(id), "version": .integer(Int64(version)),
            "weeklyCost": weeklyCost.map(\.json) ?? nil, "signOff": signOff,
        ]
    }

    private var inForceJSON: JSONValue {
        guard let f = inForce else { return nil }
        return [
            "date": .string(f.date.iso),
            "eligible": f.eligibility?.value.map { .bool($0.eligible) } ?? nil,
            "weeklyContribution": f.weeklyContribution.json,
            "personalBudgetWeeklyTotal": f.personalBudget?.value.map { $0.weeklyTotal.json } ?? nil,
            "signedOffPlan": f.signedOffPlan?.value.map { ["planId": .string($0.planId), "version": .integer(Int64($0.version))] } ?? nil,
            "deliveryMechanisms": .array((f.delivery?.value?.arrangements ?? []).map { .string($0.mechanism.rawValue) }),
            "allocatedWorker": f.allocatedWorker?.value.map { .string($0.workerId) } ?? nil,
            "inFreeReablement": .bool(f.inFreeReablement),
        ]
    }
}
