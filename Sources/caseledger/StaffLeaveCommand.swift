import CLIKit
import CaseService

/// `caseledger staff leave STAFF-ID`.
enum StaffLeaveCommand {
    static let spec = CommandSpec(
        name: "leave", abstract: "Record that a member of staff left; from that date they hold no role or limit.",
        arguments: [StaffGroup.staffId], options: StaffGroup.changeOptions)

    static func run(_ arguments: ParsedArguments) throws {
        try StaffGroup.record(arguments, command: "leave") { metadata in
            StaffChanges.leave(arguments.positional("staff-id")!, metadata: metadata)
        }
    }
}
