import Foundation
import GRDB
import TrackerAnalysis

/// Reading a typed value from a text column: a value this tracker does not
/// know (written by a newer one, or by hand) is an error naming it, never a
/// guess such as `.claim`.
enum StoredValue {
    /// The case whose raw value `text` is; `StoreError.unknownValue` naming
    /// the column and the text otherwise.
    static func decode<T: RawRepresentable>(_ text: String, column: String) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: text) else { throw StoreError.unknownValue(column: column, value: text) }
        return value
    }

    /// The case the row's `column` holds; nil for NULL.
    static func decode<T: RawRepresentable>(_ row: Row, _ column: String) throws -> T? where T.RawValue == String {
        guard let text = row[column] as String? else { return nil }
        return try decode(text, column: column) as T
    }

    /// The case the row's `column` holds, which must not be NULL.
    static func required<T: RawRepresentable>(_ row: Row, _ column: String) throws -> T where T.RawValue == String {
        guard let text = row[column] as String? else { throw StoreError.unknownValue(column: column, value: "NULL") }
        return try decode(text, column: column) as T
    }

    /// The day a `YYYY-MM-DD` column holds; nil for NULL, an error for other text.
    static func day(_ row: Row, _ column: String) throws -> CalendarDate? {
        guard let text = row[column] as String? else { return nil }
        return try day(text, column: column)
    }

    /// The moment a timestamp column holds (``Timestamp``'s form); an error naming the column for NULL or other text.
    static func timestamp(_ row: Row, _ column: String) throws -> Date {
        guard let text = row[column] as String? else { throw StoreError.unknownValue(column: column, value: "NULL") }
        guard let date = Timestamp.date(text) else { throw StoreError.unknownValue(column: column, value: text) }
        return date
    }

    /// The partial date the row's `column` holds; nil for NULL, an error naming the column for other text.
    static func partialDate(_ row: Row, _ column: String) throws -> PartialDate? {
        guard let text = row[column] as String? else { return nil }
        return try partialDate(text, column: column)
    }

    /// The partial date `text` names (`2025`, `2025-06`, `2025-06-30`, `2025-Q3`); an error naming the column for other text.
    static func partialDate(_ text: String, column: String) throws -> PartialDate {
        do {
            return try PartialDate(iso: text)
        } catch {
            throw StoreError.unknownValue(column: column, value: text)
        }
    }

    /// The day `text` (`YYYY-MM-DD`) names; an error naming the column for other text.
    static func day(_ text: String, column: String) throws -> CalendarDate {
        guard let day = CalendarDate(iso: text) else { throw StoreError.unknownValue(column: column, value: text) }
        return day
    }
}
