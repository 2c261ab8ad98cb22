import ArgumentParser
import Foundation
import TrackerAnalysis
import TrackerStore
import TrackerSyntax

@main
struct Tracker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tracker",
        abstract: "Track claims, commitments, achievements and uncertainties in news text.",
        discussion: """
            Read articles (text, Markdown, HTML), tag what each party claims, commits to, \
            achieves and leaves uncertain, store it in SQLite, and track every commitment to \
            its outcome. The database is tracker.sqlite here, --db FILE, or $TRACKER_DB.

            Examples:
              tracker demo                                   # the bundled examples, Reports/status.md
              tracker annotate article.txt --date 2019-01-19
              tracker ingest articles/ --db work.sqlite
              tracker commitments "North Korea" --as-of 2019-06-30 --db work.sqlite
              tracker statements --kind commitment --polarity negated --db work.sqlite
              tracker report status --out status.md --db work.sqlite
            """,
        version: "0.1.0",
        subcommands: [
            SegmentCommand.self, AnnotateCommand.self, EvaluateCommand.self, IngestCommand.self, DocumentsCommand.self, ActorsCommand.self,
            CommitmentsCommand.self, StatementsCommand.self, ReportCommand.self, DemoCommand.self, LinkCommand.self, UnlinkCommand.self,
            CorrectCommand.self, AddStatementCommand.self, ReanalyzeCommand.self, ExportCommand.self, ImportCommand.self, SplitCommand.self,
            JoinCommand.self, ParseCommand.self, EvaluateSyntaxCommand.self, ServeCommand.self, SiteCommand.self,
        ]
    )

    /// Runs the command; the tracker's own errors print as one line
    /// (`error: FILE: what is wrong`) with exit code 1, no stack trace.
    static func main() {
        // A closed pipe or a file over the size limit makes write(2) fail with EPIPE or EFBIG, which
        // the output reports in one line; by default both signals end the process without a word.
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // One protocol (`ReportableError`) for the tracker's own errors; Foundation's put in words;
            // anything else (help, usage, a bug) is the argument parser's to show.
            guard let failure = ErrorMessage.failure(for: error) else { exit(withError: error) }
            fail(failure.message, exitCode: failure.exitCode)
        }
    }

    private static func fail(_ message: String, exitCode: Int32) -> Never {
        Diagnostics.error(message)
        Foundation.exit(exitCode)
    }
}
