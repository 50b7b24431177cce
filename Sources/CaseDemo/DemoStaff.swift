import CaseLedger
import CaseService

/// The demo council's staff register, all added on 3 March 2025 by the register administrator:
/// allocated workers, two team managers with different weekly sign-off limits, a financial
/// assessment officer, the Risk Enablement Panel's chair, the complaints manager and a community
/// psychiatric nurse.
enum DemoStaff {
    static let administrator = "S-9"
    static let socialWorker = "S-1"
    static let teamManager = "S-2"
    static let headOfService = "S-3"
    static let financeOfficer = "S-4"
    static let panelChair = "S-5"
    static let complaintsManager = "S-6"
    static let nurse = "S-7"
    static let secondWorker = "S-8"

    /// The day the register was set up.
    static let setUpOn = "2025-03-03"

    /// The commands that set up the register, as one batch.
    static var commands: [StaffCommand] {
        let m = meta(.registerAdministrator, setUpOn, reasons: ["the adult social care staff register is set up for the new case ledger"])
        let team = "Adult Social Care North"
        return StaffChanges.add(administrator, name: "Adaeze Okafor", team: "Business Support", roles: [.registerAdministrator], weeklyLimit: nil, metadata: m)
            + StaffChanges.add(socialWorker, name: "Sam Patel", team: team, roles: [.socialWorker], weeklyLimit: nil, metadata: m)
            + StaffChanges.add(secondWorker, name: "Grace Whitfield", team: team, roles: [.socialWorker], weeklyLimit: nil, metadata: m)
            + StaffChanges.add(teamManager, name: "Tess Morgan", team: team, roles: [.teamManager], weeklyLimit: pounds(250), metadata: m)
            + StaffChanges.add(headOfService, name: "Harun Begum", team: "Adult Social Care", roles: [.teamManager], weeklyLimit: pounds(1_000), metadata: m)
            + StaffChanges.add(financeOfficer, name: "Fran Lee", team: "Financial Assessment", roles: [.financialAssessmentOfficer], weeklyLimit: nil, metadata: m)
            + StaffChanges.add(panelChair, name: "Pat Okonjo", team: "Risk Enablement Panel", roles: [.panelChair, .teamManager], weeklyLimit: nil, metadata: m)
            + StaffChanges.add(complaintsManager, name: "Cara Jones", team: "Customer Relations", roles: [.complaintsManager], weeklyLimit: nil, metadata: m)
            + StaffChanges.add(nurse, name: "Nia Evans", team: "Community Mental Health Team", roles: [.communityPsychiatricNurse, .socialWorker], weeklyLimit: nil, metadata: m)
    }
}
