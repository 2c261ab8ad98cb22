import GRDB
import GRDBSQLite

/// An INSERT run with its values bound through SQLite's C API.
///
/// A document makes a few hundred small rows (sentences, statements, cues,
/// roles, topics, times); for rows that small, building GRDB's argument
/// arrays cost about as much as SQLite's insert itself. The statement is
/// still prepared by GRDB (so it is finalised with the connection), and the
/// store registers no transaction observers that raw execution would bypass.
struct PreparedInsert {
    private let statement: Statement
    private let handle: OpaquePointer

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
    }

    /// The statement from the connection's cache, prepared on first use.
    init(cached db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
    }

    /// Binds the values `bind` adds, in order, and runs the statement once.
    func run(_ bind: (inout Values) -> Void) throws {
        var values = Values(handle: handle)
        bind(&values)
        let code = sqlite3_step(handle)
        if code != SQLITE_DONE {
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(handle)
    }

    /// The values of one row, bound left to right.
    struct Values {
        let handle: OpaquePointer
        private var index: Int32 = 1

        init(handle: OpaquePointer) {
            self.handle = handle
        }

        mutating func add(_ value: Int64) {
            sqlite3_bind_int64(handle, index, value)
            index += 1
        }

        mutating func add(_ value: Int) {
            add(Int64(value))
        }

        mutating func add(_ value: Double) {
            sqlite3_bind_double(handle, index, value)
            index += 1
        }

        mutating func add(_ value: Int64?) {
            if let value { add(value) } else { addNull() }
        }

        mutating func add(_ value: String?) {
            guard var value else { return addNull() }
            let position = index
            let handle = handle
            value.withUTF8 { bytes in
                // An empty string is text, not NULL: bind it from a real (empty) C string.
                if bytes.isEmpty {
                    _ = "".withCString { sqlite3_bind_text(handle, position, $0, 0, Self.transient) }
                } else {
                    _ = bytes.withMemoryRebound(to: CChar.self) {
                        sqlite3_bind_text(handle, position, $0.baseAddress, Int32(bytes.count), Self.transient)
                    }
                }
            }
            index += 1
        }

        /// Text bound without a copy (`SQLITE_STATIC`): `bytes` must stay
        /// valid until the statement has run (a very large document's text).
        mutating func addInPlace(_ bytes: UnsafeBufferPointer<UInt8>) {
            let base = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            // An empty string is text, not NULL.
            _ = "".withCString { empty in
                sqlite3_bind_text64(
                    handle, index, base ?? empty, sqlite3_uint64(bytes.count), base == nil ? Self.transient : nil,
                    UInt8(SQLITE_UTF8))
            }
            index += 1
        }

        mutating func addNull() {
            sqlite3_bind_null(handle, index)
            index += 1
        }

        /// SQLite copies the bytes before the call returns (`SQLITE_TRANSIENT`).
        private static var transient: sqlite3_destructor_type {
            unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        }
    }
}
