import CLIKit
import CaseService

/// `caseledger staff leave STAFF-ID`.
enum StaffLeaveCommand: OptionsCommand {
    static let spec = CommandSpec(
        name: "leave", abstract: "Record that a member of staff left; from that date they hold no role or limit.",
        arguments: [StaffGroup.staffId], options: StaffGroup.changeOptions)

    /// The options of `staff leave`: those every change takes.
    struct Options: CommandOptions {
        /// The options every change takes.
        var change: StaffGroup.ChangeOptions

        /// Reads the options.
        init(_ a: ParsedArguments) throws(UsageError) { change = try StaffGroup.ChangeOptions(a) }
    }

    static func run(_ o: Options) throws {
        try StaffGroup.record(o.change, command: "leave") { metadata in
            StaffChanges.leave(o.change.staffId, metadata: metadata)
        }
    }
}
