import Foundation
import GRDB
import GRDBSQLite

/// The current row of a statement being stepped (through a GRDB cursor), read
/// by column number straight from SQLite: for the thousands of rows linking
/// reads, GRDB's generic decoding of each value costs more than the reading.
/// Text that can only be one of a few values is compared as bytes and
/// returned as the known value, without making (and checking) a string.
struct ColumnReader {
    private let handle: OpaquePointer

    init(_ statement: Statement) {
        handle = statement.sqliteStatement
    }

    /// An integer column (0 for NULL).
    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    /// An integer column, or nil for NULL.
    func optionalInt64(_ column: Int32) -> Int64? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, column)
    }

    /// A text column's UTF-8 bytes, valid until the statement steps on; nil for NULL.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// A text column, or nil for NULL.
    func string(_ column: Int32) -> String? {
        bytes(column).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A text column that is one of `known` (returned as that string), else
    /// made into a string; nil for NULL.
    func string(_ column: Int32, among known: [String]) -> String? {
        guard let bytes = bytes(column) else { return nil }
        return known.first { Self.equal($0, bytes) } ?? String(decoding: bytes, as: UTF8.self)
    }

    /// The one of `cases` whose raw value a text column holds; nil for NULL or another text.
    func value<T: RawRepresentable>(_ column: Int32, among cases: [T]) -> T? where T.RawValue == String {
        guard let bytes = bytes(column) else { return nil }
        return cases.first { Self.equal($0.rawValue, bytes) }
    }

    /// Whether `text`'s UTF-8 is `bytes`.
    static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.count == bytes.count && (utf8.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress!, utf8.count) == 0)
        }
    }
}
