import CLIKit

CommandRunner.main(spec: GenCommand.spec) { _, arguments in
    try GenCommand.run(arguments)
}
