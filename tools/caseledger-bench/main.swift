import CLIKit

CommandRunner.main(spec: BenchCommand.spec) { _, arguments in
    try BenchCommand.run(arguments)
}
