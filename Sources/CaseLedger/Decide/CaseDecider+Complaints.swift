extension CaseDecider {
    /// A complaint gets a new id; the dates to acknowledge (working days) and respond by, and
    /// whether it was made in time, come from the configuration.
    func receiveComplaint(_ p: ReceiveComplaint) throws(Rejection) -> [CaseEvent] {
        try checkUnused(p.complaintId, in: state.complaints.keys, "complaint")
        if let id = p.challengeId, state.challenges[id] == nil {
            throw Rejection(.challengeUnknown, "\(caseName) has no challenge \(id)")
        }
        let received = p.metadata.effectiveDate
        return [.complaintReceived(ComplaintReceived(
            metadata: p.metadata, complaintId: p.complaintId, complainant: p.complainant,
            about: p.about, challengeId: p.challengeId, matterDate: p.matterDate,
            withinTimeLimit: config.complaintMadeInTime(matterOn: p.matterDate, receivedOn: received),
            acknowledgeBy: config.complaintAcknowledgementDue(receivedOn: received),
            respondBy: config.complaintResponseDue(receivedOn: received, agreed: nil)))]
    }

    /// Acknowledged once; a response date may be agreed.
    func acknowledgeComplaint(_ p: AcknowledgeComplaint) throws(Rejection) -> [CaseEvent] {
        let c = try complaint(p.complaintId)
        if c.acknowledged != nil {
            throw Rejection(.complaintAlreadyAcknowledged, "complaint \(p.complaintId) is already acknowledged")
        }
        return [.complaintAcknowledged(ComplaintAcknowledged(
            metadata: p.metadata, complaintId: p.complaintId,
            withinTimeLimit: p.metadata.effectiveDate <= c.received.acknowledgeBy,
            respondBy: p.agreedResponseDate ?? c.received.respondBy))]
    }

    /// Answered once, after acknowledgement, signed, with conclusions and the right to go to
    /// the Ombudsman.
    func respondToComplaint(_ p: RespondToComplaint) throws(Rejection) -> [CaseEvent] {
        let c = try complaint(p.complaintId)
        if c.response != nil {
            throw Rejection(.complaintAlreadyResponded, "complaint \(p.complaintId) was already answered")
        }
        guard c.acknowledged != nil else {
            throw Rejection(.complaintNotAcknowledged,
                "complaint \(p.complaintId) must be acknowledged before it is answered")
        }
        var gaps: [String] = []
        if p.signedBy.isBlank { gaps.append("it is not signed") }
        if p.conclusions.isBlank { gaps.append("it states no conclusions") }
        if !p.ombudsmanRightsExplained { gaps.append("it does not explain the right to go to the Ombudsman") }
        if !gaps.isEmpty {
            throw Rejection(.complaintResponseIncomplete,
                "the response to complaint \(p.complaintId) is incomplete: \(gaps.joined(separator: "; "))")
        }
        return [.complaintResponded(ComplaintResponded(
            metadata: p.metadata, complaintId: p.complaintId, finding: p.finding,
            conclusions: p.conclusions, remedialActions: p.remedialActions,
            ombudsmanRightsExplained: p.ombudsmanRightsExplained, signedBy: p.signedBy,
            withinTimeLimit: p.metadata.effectiveDate <= c.respondBy))]
    }

    /// The complaint, or `complaint-unknown`.
    func complaint(_ id: String) throws(Rejection) -> ComplaintRecord {
        guard let c = state.complaints[id] else {
            throw Rejection(.complaintUnknown, "\(caseName) has no complaint \(id)")
        }
        return c
    }
}
