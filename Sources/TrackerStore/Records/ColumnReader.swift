import GRDB
import GRDBSQLite

/// The current row of a statement being stepped (through a GRDB cursor), read
/// by column number straight from SQLite: for the thousands of rows linking
/// reads, GRDB's generic decoding of each value costs more than the reading.
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

    /// A text column, or nil for NULL.
    func string(_ column: Int32) -> String? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }
}
