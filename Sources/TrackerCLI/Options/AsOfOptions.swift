import ArgumentParser
import Foundation
import TrackerAnalysis
import TrackerStore

/// The day statuses are worked out for, the same for `commitments`,
/// `statements` and `report`: `--as-of DATE`, `--as-of today`, or by
/// default the latest document's date, so that one pledge shows one status
/// whichever command asks (today only when nothing stored has a date).
struct AsOfOptions: ParsableArguments {
    /// What the user gave.
    enum Day: ExpressibleByArgument, Equatable {
        case date(CalendarDate)
        case today

        init?(argument: String) {
            if argument == "today" {
                self = .today
            } else if let date = CalendarDate(argument: argument) {
                self = .date(date)
            } else {
                return nil
            }
        }
    }

    /// The day chosen, and why, as the output states it.
    struct Resolved {
        var day: CalendarDate
        /// Whether the day is the default (not given by the user).
        var isDefault: Bool
        /// "2026-08-14 (the latest document's date)", "2026-12-03 (today)", "2026-08-14".
        var stated: String
    }

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "As of this day: YYYY-MM-DD, or 'today' (default: the latest document's date).", valueName: "DATE"))
    var asOf: Day?

    func resolve(_ store: TrackerDatabase) throws -> Resolved {
        switch asOf {
        case let .date(day):
            return Resolved(day: day, isDefault: false, stated: day.iso)
        case .today:
            return Resolved(day: .today, isDefault: false, stated: "\(CalendarDate.today.iso) (today)")
        case nil:
            if let latest = try store.latestDocumentDate() {
                return Resolved(day: latest, isDefault: true, stated: "\(latest.iso) (the latest document's date)")
            }
            return Resolved(day: .today, isDefault: true, stated: "\(CalendarDate.today.iso) (today: no document has a date)")
        }
    }
}
