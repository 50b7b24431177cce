import CLIKit
import CaseService

extension ServiceError: ReportableError {}

/// How the commands built on `CaseService` report failures: a problem with the command line is
/// a usage error (exit 64); anything else is one line naming the subcommand, the problem and
/// its code (exit 3), and nothing was written.
enum ServiceFailures {
    /// Runs `body`, turning its errors into a `UsageError` of the command typed (`usage`, program
    /// name first) or a `CommandFailure` reported under `command` (e.g. `["caseledger", "record"]`).
    static func reporting<T>(as command: [String], usage: [String], _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ServiceError {
            if case .invalidInput(let input) = error, input.isAboutCommandLine {
                throw UsageError(command: usage, message: input.message)
            }
            throw CommandFailure(command: command, error)
        } catch let error as CommandInputError where error.isAboutCommandLine {
            throw UsageError(command: usage, message: error.message)
        } catch let error as UsageError {
            throw error
        } catch let error as any ReportableError {
            throw CommandFailure(command: command, error)
        }
    }
}
