/// How many days the demo's dates are moved by while a story is built and its commands are made:
/// the synthetic caseload replays the demo's stories at many different times, each under its
/// own shift. Zero for the demo ledger itself.
enum DemoShift {
    /// The shift in days for the current task (0 unless set with `$days.withValue`).
    @TaskLocal static var days = 0
}
