import GRDB

/// Many rows per INSERT statement: `INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ...`.
///
/// Per statement, SQLite opens a cursor on the table and each of its indexes,
/// and builds a temporary b-tree for every CHECK with an IN list of three or
/// more values (`kind IN ('claim', 'commitment', ...)`); per statement that
/// fires the full-text trigger, FTS5 writes a new index segment. One statement
/// for up to `rowsPerInsert` rows pays each of these once instead of once a
/// row. The statement for a full chunk is prepared once and kept in the
/// connection's cache; a last, shorter chunk gets its own.
struct MultiRowInsert {
    /// `INSERT INTO table (columns) VALUES `
    let prefix: String
    /// `(?, ?, ...)`: one row's placeholders (constants allowed).
    let row: String
    let rowsPerInsert: Int

    init(_ prefix: String, row: String, parameters: Int) {
        self.prefix = prefix
        self.row = row
        // Up to about 2,000 variables a statement, far under SQLite's limit.
        rowsPerInsert = max(1, 2_000 / max(1, parameters))
    }

    func sql(rows: Int) -> String {
        prefix + Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// Inserts `rows`, in order; `bind` adds one row's values.
    func insert<Row>(_ rows: [Row], into db: Database, bind: (inout PreparedInsert.Values, Row) -> Void) throws {
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + rowsPerInsert)
            let statement =
                end - start == rowsPerInsert
                ? try PreparedInsert(cached: db, sql: sql(rows: rowsPerInsert))
                : try PreparedInsert(db, sql: sql(rows: end - start))
            try statement.run { values in
                for index in start..<end { bind(&values, rows[index]) }
            }
            start = end
        }
    }
}
