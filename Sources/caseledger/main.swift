import CLIKit

CommandRunner.main(spec: CaseledgerCommand.spec) { path, arguments in
    try CaseledgerCommand.run(path: path, arguments: arguments)
}
