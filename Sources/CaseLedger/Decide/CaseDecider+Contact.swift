extension CaseDecider {
    /// The allocated worker must be on the staff register on the effective date.
    func allocateWorker(_ p: WorkerAllocated) throws(Rejection) -> [CaseEvent] {
        let date = p.metadata.effectiveDate
        guard context.staff.isOnRegister(p.workerId, on: date) else {
            throw Rejection(.allocatedWorkerUnknown,
                "\(p.workerId) cannot be the allocated worker from \(date): not on the staff register on that date")
        }
        return [.workerAllocated(p)]
    }
}
