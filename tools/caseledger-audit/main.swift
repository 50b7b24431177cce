import CLIKit

CommandRunner.main(spec: AuditCommand.spec) { path, arguments in
    try AuditCommand.run(path: path, arguments: arguments)
}
