import Foundation
import Testing

// issue 18: scripts — every command in README is run by a test, exactly as written.
// Keeps events/INVARIANTS.md rule 50.
//
// Every fenced ```sh block of README.md is run, in order, by bash (-e -o pipefail: the first
// command that fails fails the block) in one temporary directory holding a copy of the
// repository's events/ and tools/, so relative paths such as events/demo and
// tools/demo-joe.sh mean what they mean at the repository's root. Variables a block exports are
// kept for the blocks after it, as in one terminal session.
//
// The build they need is the one running this test: `swift` on the PATH is a stand-in that
// answers `swift build` (nothing left to build) and `swift build --show-bin-path` (the built
// products' directory, .build/debug), runs `swift run [--] NAME ARGS` as the built NAME, and
// does not run `swift test` again inside itself. Nothing else of the build is on the PATH: a
// README command that calls `caseledger` or `caseledger-audit` by name works only because
// README put them there first, as a reader would.
//
// A block is not run when the line before its fence is `<!-- not run by the README test: WHY -->`:
// README's examples of a council's server (/srv/ledger, /var/lib/..., its published keys), a
// release build, or a run of minutes. Each is listed with its reason in this test's output.
@Suite struct ReadmeCommandsTests {
    /// One fenced shell block of README.md.
    struct Block {
        /// The line of its opening fence (1-based).
        let line: Int
        /// Its commands, as written.
        let text: String
        /// Why it is not run, when README says it is not.
        let notRun: String?
    }

    static let notRunMarker = "<!-- not run by the README test:"

    /// The ```sh (or bash, shell) blocks of `markdown`, in order.
    static func shellBlocks(in markdown: String) -> [Block] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blocks: [Block] = []
        var i = 0
        while i < lines.count {
            let fence = lines[i].trimmingCharacters(in: .whitespaces)
            let language = fence.hasPrefix("```") ? fence.dropFirst(3).split(separator: " ").first.map(String.init) ?? "" : nil
            guard let language else {
                i += 1
                continue
            }
            var end = i + 1
            while end < lines.count && !lines[end].trimmingCharacters(in: .whitespaces).hasPrefix("```") { end += 1 }
            if ["sh", "bash", "shell"].contains(language) {
                var reason: String?
                var before = i - 1
                while before >= 0 && lines[before].trimmingCharacters(in: .whitespaces).isEmpty { before -= 1 }
                if before >= 0, lines[before].hasPrefix(notRunMarker), lines[before].hasSuffix("-->") {
                    reason = String(lines[before].dropFirst(notRunMarker.count).dropLast(3)).trimmingCharacters(in: .whitespaces)
                }
                blocks.append(Block(line: i + 1, text: lines[(i + 1)..<end].joined(separator: "\n"), notRun: reason))
            }
            i = end + 1
        }
        return blocks
    }

    /// The stand-in for `swift`: the products of this build.
    static func swiftStandIn(products: String) -> String {
        """
        #!/bin/sh
        # swift, for the README test: the build running the test has built everything already.
        products='\(products)'
        command=$1
        [ $# -gt 0 ] && shift
        case "$command" in
        build)
            for a in "$@"; do
                [ "$a" = --show-bin-path ] && { echo "$products"; exit 0; }
                case "$a" in -c|--configuration|-c*release*) echo "swift build: a release build is not run by tests" >&2; exit 1 ;; esac
            done
            exit 0 ;;
        run)
            while [ $# -gt 0 ]; do
                case "$1" in
                -c|--configuration) echo "swift run: a release build is not run by tests" >&2; exit 1 ;;
                --) shift; break ;;
                -*) shift ;;
                *) break ;;
                esac
            done
            name=$1
            shift
            [ -x "$products/$name" ] || { echo "swift run: $name is not built (add it to the EndToEndTests target's dependencies)" >&2; exit 1; }
            exec "$products/$name" "$@" ;;
        test)
            echo "swift test: not run again inside itself (this is swift test)" >&2
            exit 0 ;;
        *)
            echo "swift $command: not known to the README test's stand-in" >&2
            exit 1 ;;
        esac
        """
    }

    @Test func theReaderFindsShellBlocksAndTheReasonsSomeAreNotRun() {
        let markdown = """
            text
            ```sh
            echo one
            ```
            <!-- not run by the README test: needs a server -->
            ```sh
            echo two
            ```
            ```json
            {}
            ```
            """
        let blocks = ReadmeCommandsTests.shellBlocks(in: markdown)
        #expect(blocks.map(\.text) == ["echo one", "echo two"])
        #expect(blocks.map(\.notRun) == [nil, "needs a server"])
        #expect(blocks.map(\.line) == [2, 6])
    }

    @Test func everyCommandInReadmeRunsAsWritten() throws {
        let readme = try String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)
        let blocks = ReadmeCommandsTests.shellBlocks(in: readme)
        #expect(blocks.count >= 10, "README's shell blocks were not found")
        let run = blocks.filter { $0.notRun == nil }
        #expect(run.count >= 8, "most of README's commands must be run, not marked")
        for block in blocks where block.notRun != nil {
            #expect(!(block.notRun ?? "").isEmpty, "README line \(block.line): a block not run must say why")
            print("README line \(block.line): not run: \(block.notRun ?? "")")
        }

        let temporary = TemporaryDirectory()
        let work = temporary.child("repository"), bin = temporary.child("bin"), state = temporary.child("environment.sh")
        let files = FileManager.default
        try files.createDirectory(atPath: work, withIntermediateDirectories: true)
        try files.createDirectory(atPath: bin, withIntermediateDirectories: true)
        for folder in ["events", "tools"] { try files.copyItem(atPath: repositoryRoot + "/" + folder, toPath: work + "/" + folder) }
        let swift = bin + "/swift"
        try ReadmeCommandsTests.swiftStandIn(products: Executable.productsDirectory.path).write(toFile: swift, atomically: false, encoding: .utf8)
        try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: swift)
        try "".write(toFile: state, atomically: false, encoding: .utf8)

        let environment: [String: String?] = [
            "PATH": bin + ":/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "CASELEDGER_LEDGER": nil, "CASELEDGER": nil, "COLUMNS": nil, "TMPDIR": temporary.path,
        ]
        for block in run {
            let script = ". '\(state)'\n" + block.text + "\nexport -p > '\(state)'\n"
            let result = try Executable(path: "/bin/bash").run(["-e", "-o", "pipefail", "-c", script], environment: environment, directory: work)
            #expect(
                result.exitCode == 0,
                "README line \(block.line) failed with exit \(result.exitCode):\n\(block.text)\n--- stderr:\n\(result.stderr.suffix(2000))")
            if result.exitCode != 0 { return }
        }
    }
}
