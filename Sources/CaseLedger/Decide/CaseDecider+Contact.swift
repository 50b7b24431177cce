extension CaseDecider {
    /// A referral names the customer: the name every letter, notice and report is addressed to.
    func receiveReferral(_ p: ReferralReceived) throws(Rejection) -> [CaseEvent] {
        if p.customerName.isBlank {
            throw Rejection(.customerNameMissing,
                "a referral must give the customer's name (the name every notice and report is addressed to); \(p.customerName.isEmpty ? "none" : "only spaces") was given")
        }
        return [.referralReceived(p)]
    }

    /// The allocated worker must be on the staff register on the effective date.
    func allocateWorker(_ p: WorkerAllocated) throws(Rejection) -> [CaseEvent] {
        let date = p.metadata.effectiveDate
        if let lookAlike = StaffIdRules.lookAlike(p.workerId, as: "the allocated worker", in: context.staff) { throw lookAlike }
        guard context.staff.isOnRegister(p.workerId, on: date) else {
            throw Rejection(.allocatedWorkerUnknown,
                "\(p.workerId) cannot be the allocated worker on \(caseName) from \(date.words): not on the staff register on that date")
        }
        return [.workerAllocated(p)]
    }
}
