import Foundation
import Testing

@Suite struct DemoScriptTests {
    @Test func theDemoScriptInTheReadmeRecordsJoesCaseAndVerifiesTheLedger() throws {
        let dir = TemporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["tools/demo-joe.sh", dir.child("ledger")]
        process.currentDirectoryURL = CommandLineStory.root
        var environment = ProcessInfo.processInfo.environment
        environment["CASELEDGER"] = Executable.caseledger.url.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("Stage: delivery\n"))
        #expect(text.contains("intact: 21 events"))
    }
}
