import CLIKit

/// A nested command tree shaped like caseledger's, used throughout the tests.
enum Sample {
    static let ledger = OptionSpec(
        "ledger", short: "l", valueName: "DIR", help: "The ledger directory.",
        environment: "CASELEDGER_LEDGER", isRequired: true)

    static let format = OptionSpec(
        "format", short: "f", valueName: "FORMAT", help: "How to print the result.",
        environment: "CASELEDGER_FORMAT", allowedValues: ["text", "md", "html", "json", "csv"],
        defaultValue: "text")

    static let append = CommandSpec(
        name: "append", abstract: "Append one record to a ledger.",
        discussion: """
            The record is read from standard input as one JSON object. It is checked, given \
            the next sequence number and written durably before the command returns.

            Nothing is written if any check fails.
            """,
        arguments: [
            ArgumentSpec("case-id", help: "The case the record belongs to."),
            ArgumentSpec(
                "files", help: "Attachments to store with the record.", isRequired: false,
                isVariadic: true),
        ],
        options: [
            ledger, format,
            OptionSpec(
                "tag", valueName: "TAG", help: "A label to attach to the record.",
                isRepeatable: true),
            OptionSpec("limit", valueName: "N", help: "Refuse records larger than N bytes."),
        ],
        flags: [
            FlagSpec("dry-run", short: "n", help: "Check the record without writing it."),
            FlagSpec("verbose", help: "Say what is being done."),
        ])

    static let initialize = CommandSpec(
        name: "init", abstract: "Create an empty ledger.",
        arguments: [ArgumentSpec("directory", help: "Where to create it.", isRequired: false)])

    static let stream = CommandSpec(
        name: "stream", abstract: "Print every record as one JSON line.", options: [ledger])

    static let staffAdd = CommandSpec(
        name: "add", abstract: "Register a member of staff.",
        arguments: [ArgumentSpec("name", help: "Their full name.")],
        options: [
            ledger,
            OptionSpec(
                "role", valueName: "ROLE", help: "What they may do.",
                allowedValues: ["worker", "manager"], isRequired: true),
        ])

    static let staff = CommandSpec(
        name: "staff", abstract: "Manage who may record decisions.",
        subcommands: [staffAdd, CommandSpec(name: "list", abstract: "List staff.")])

    static let caseShow = CommandSpec(
        name: "show", abstract: "Show one case.",
        arguments: [ArgumentSpec("case-id", help: "The case to show.")])

    static let root = CommandSpec(
        name: "caseledger", abstract: "Record and verify social care decisions.",
        subcommands: [
            initialize, append, stream, staff,
            CommandSpec(name: "case", abstract: "Look at cases.", subcommands: [caseShow]),
        ])
}
