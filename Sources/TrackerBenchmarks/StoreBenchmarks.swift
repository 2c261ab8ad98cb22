import Foundation
import TrackerAnalysis
import TrackerReports
import TrackerStore

/// Latency of the store's queries, status recomputation and the status
/// report, on a cached generated database (see ``BenchmarkDatabase``). Each
/// measures the library call a command makes, without process start-up or
/// printing.
struct StoreBenchmarks {
    let store: TrackerDatabase
    let label: String
    let runs: Int
    let budget: Double

    init(path: String, runs: Int, budget: Double) throws {
        store = try TrackerDatabase(path: path)
        let counts = try store.counts()
        label = "\(Measure.rate(Double(counts.statements))) statements (\(Measure.rate(Double(counts.documents))) documents)"
        self.runs = runs
        self.budget = budget
    }

    /// The day statuses are computed for: the latest document's date, as `report status` defaults to.
    func asOf() throws -> CalendarDate {
        try store.latestDocumentDate() ?? CalendarDate(dayNumber: 20_000)
    }

    /// `statements --actor`, `commitments` and `statements --search`, for a
    /// typical party (the median state among those holding commitments) and
    /// the busiest one.
    func queries(search: [String]) throws {
        let day = try asOf()
        let states = try store.actors().map(\.actor).filter { $0.kind == .state && ($0.heldByKind[.commitment] ?? 0) > 0 }
            .sorted { ($0.heldByKind[.commitment] ?? 0, $0.name) < ($1.heldByKind[.commitment] ?? 0, $1.name) }
        guard let busiest = states.last else { throw BenchmarkError("no state holds a commitment in this database") }
        let typical = states[states.count / 2]
        for (which, actor) in [("typical", typical), ("busiest", busiest)] {
            let roles = actor.statementsByRole.values.reduce(0, +)
            let describe = "\(label); \(which) party \(actor.name): \(Measure.rate(Double(roles))) statement roles"
            var query = StatementQuery()
            query.actor = actor.name
            query.limit = 100  // the command's default
            var found = 0
            let statements = try Measure.latencies(runs: runs, budget: budget) { found = try store.statements(query).count }
            Measure.report("`statements --actor` (limit 100)", describe + ", \(found) listed", "–", statements.summary)
            // The table (the command's default) quotes a report per commitment;
            // JSON carries the sentence of every report and outcome.
            for (command, quotedOnly) in [("`commitments` (table)", true), ("`commitments --format json`", false)] {
                var result: (commitments: [TrackedCommitment], nonCommitments: [TrackedCommitment]) = ([], [])
                // The first call works out the wordings' facts; later calls on the same open store (a workbench's
                // pages, the runs below) reuse them (``LinkerMemory``): a one-off `tracker commitments` is the first.
                let first = try Measure.time { result = try store.commitments(of: actor.name, asOf: day, quotedOnly: quotedOnly) }
                let commitments = try Measure.latencies(runs: runs, budget: budget) {
                    result = try store.commitments(of: actor.name, asOf: day, quotedOnly: quotedOnly)
                }
                // Counted after the runs, not in them.
                let listed = (result.commitments.count, result.nonCommitments.count)
                let quotes = (result.commitments + result.nonCommitments).reduce(0) { total, item in
                    total + (item.reports + item.outcomes.map(\.evidence)).count { !$0.sentence.isEmpty }
                }
                Measure.report(
                    command, describe + ", \(listed.0) commitments and \(listed.1) non-commitments, \(quotes) quotes read",
                    "–", "first call \(Measure.duration(first)); then " + commitments.summary)
            }
        }
        for text in search {
            var query = StatementQuery()
            query.search = text
            query.limit = 100
            var found = 0
            let latency = try Measure.latencies(runs: runs, budget: budget) { found = try store.statements(query).count }
            Measure.report("`statements --search` (limit 100)", "\(label); \"\(text)\", \(found) listed", "–", latency.summary)
        }
    }

    /// Every commitment's status (each holder's commitments linked to its
    /// outcomes), without reading the evidence's sentences.
    func status() throws {
        let day = try asOf()
        var result = (tracked: 0, statements: 0)
        let (seconds, cpu) = try Measure.medians(runs: 3) { _ in
            let all = try store.allCommitments(asOf: day, evidence: false)
            result = (all.count, all.reduce(0) { $0 + $1.reports.count })
        }
        Measure.report(
            "status of every commitment",
            "\(label); \(Measure.rate(Double(result.statements))) commitment statements "
                + "with a holder, \(Measure.rate(Double(result.tracked))) tracked commitments",
            Measure.duration(seconds) + " (median of 3; CPU \(Measure.duration(cpu)))",
            "\(Measure.rate(Double(result.statements) / seconds)) commitment statements/s")
    }

    /// `report status`: the whole Markdown report.
    func report() throws {
        let day = try asOf()
        var bytes = 0
        let (seconds, cpu) = try Measure.medians(runs: 3) { _ in bytes = try StatusReport(asOf: day).render(store).utf8.count }
        Measure.report(
            "`report status`", "\(label); as of \(day.iso)",
            Measure.duration(seconds) + " (median of 3; CPU \(Measure.duration(cpu)))",
            String(format: "%.1f MB of Markdown", Double(bytes) / 1e6))
    }
}
