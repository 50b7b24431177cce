import CLIKit

CommandRunner.main(spec: StressCommand.spec) { path, arguments in
    try StressCommand.run(path: path, arguments: arguments)
}
