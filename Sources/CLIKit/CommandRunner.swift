#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs an executable's command line: parse, dispatch, report, exit.
public enum CommandRunner {
    /// A command's work: given the subcommand path below the program (such as
    /// `["staff", "add"]`) and its arguments. It writes its own output, preferably through
    /// `StandardStreams.output`, and throws to fail.
    public typealias Body = (_ path: [String], _ arguments: ParsedArguments) throws -> Void

    /// Parses `arguments` (without the program name) and calls `run` unless help was asked
    /// for or the command line is wrong. Never exits; returns what to print and the exit code:
    /// help is success, usage errors exit 64, anything `run` throws exits 3 (or as
    /// `RunOutcome.failure` says: 64 for a `UsageError`, 1 for findings, 2 for incomplete output). `spec.name` is the program name in messages.
    /// Help is wrapped to `helpWidth` columns.
    public static func outcome(
        spec: CommandSpec, arguments: [String], environment: [String: String],
        helpWidth: Int = HelpFormatter.width, run: Body
    ) -> RunOutcome {
        do {
            switch try CommandLineParser.parse(
                spec: spec, arguments: arguments, environment: environment, helpWidth: helpWidth
            ) {
            case .help(let text):
                return RunOutcome(output: text + "\n", exitCode: .success)
            case .command(let path, let parsed):
                try run(path, parsed)
                return RunOutcome(exitCode: .success)
            }
        } catch {
            return RunOutcome.failure(error, program: spec.name)
        }
    }

    /// The entry point for `main.swift`: computes `outcome` from `arguments` (the full argv;
    /// the program name is dropped), writes help to standard output, flushes
    /// `StandardStreams.output`, writes any diagnostic to standard error, and exits with the
    /// outcome's code. A failure to flush standard output turns success into exit 3. Without an
    /// `environment`, the variables the spec's options name are read from the process's.
    public static func main(
        spec: CommandSpec, arguments: [String] = CommandLine.arguments,
        environment: [String: String]? = nil, run: Body
    ) -> Never {
        let environment = environment ?? ProcessEnvironment.variables(named: spec.environmentVariables)
        var result = outcome(
            spec: spec, arguments: Array(arguments.dropFirst()), environment: environment,
            helpWidth: TerminalWidth.forHelp(), run: run)
        do {
            try StandardStreams.output.write(result.output)
            try StandardStreams.output.flush()
        } catch {
            if result.exitCode == .success { result = RunOutcome.failure(error, program: spec.name) }
        }
        try? StandardStreams.error.write(result.diagnostic)
        exit(result.exitCode.rawValue)
    }
}
