/// Decides a commitment's status as of a date from what is linked to it
/// (ANNOTATION.md): a pure rule, in the order its cases are checked.
public struct StatusRule: Sendable {
    /// The day the status is for.
    public var asOf: CalendarDate

    /// A rule deciding statuses as of `asOf`.
    public init(asOf: CalendarDate) {
        self.asOf = asOf
    }

    /// Fulfilled and contradicted (or reported failed): disputed; contradicted
    /// or reversed: broken; fulfilled: kept; reported failed: partly kept
    /// when part was done, broken when nothing was; progress: partly kept
    /// once the deadline has passed, in progress before; nothing: overdue
    /// once the deadline has passed, pending before.
    public func status(deadline: String?, outcomes: [TrackedCommitment.Outcome], reversed: Bool) -> CommitmentStatus {
        let fulfils = outcomes.contains { $0.relation == .fulfils }
        let failed = outcomes.contains { $0.turn == .fails }
        let contradicts = outcomes.contains { $0.relation == .contradicts && $0.turn != .fails }
        let progresses = outcomes.contains { $0.relation == .progresses }
        let passed = deadline.map { CalendarDate.lastDay(of: $0) < asOf.iso } ?? false
        if fulfils && (contradicts || failed) { return .disputed }
        if contradicts || reversed { return .broken }
        if fulfils { return .kept }
        if failed { return progresses ? .partlyKept : .broken }
        if progresses { return passed ? .partlyKept : .inProgress }
        return passed ? .overdue : .pending
    }
}
