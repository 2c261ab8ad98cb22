/// The tracker's SQLite schema: the SQL migration files of this folder, in order.
///
/// The `.sql` files are embedded in the binary at build time, so the tool never
/// looks for them on disk at run time.
public enum SchemaMigrations {
    /// One migration: its identifier (the file name without `.sql`) and its SQL.
    public struct Migration: Sendable, Hashable {
        /// The file name without `.sql`, e.g. `001_initial`; GRDB records it once applied.
        public let identifier: String
        /// The SQL the migration runs.
        public let sql: String
    }

    /// Every migration, in the order it must be applied. Append only.
    ///
    /// SwiftPM names an embedded file's bytes after the file, replacing a
    /// leading digit with `_`: `001_initial.sql` becomes `_01_initial_sql`.
    public static let all: [Migration] = [
        Migration(identifier: "001_initial", bytes: PackageResources._01_initial_sql),
        Migration(identifier: "002_performance", bytes: PackageResources._02_performance_sql),
        Migration(identifier: "003_statement_time_and_topics", bytes: PackageResources._03_statement_time_and_topics_sql),
        Migration(identifier: "004_stable_ids_and_import_record", bytes: PackageResources._04_stable_ids_and_import_record_sql),
        Migration(identifier: "005_search_stemming", bytes: PackageResources._05_search_stemming_sql),
        Migration(identifier: "006_document_country", bytes: PackageResources._06_document_country_sql),
        Migration(identifier: "008_document_pages_and_fetches", bytes: PackageResources._08_document_pages_and_fetches_sql),
        Migration(identifier: "012_outcome_links_human_only", bytes: PackageResources._12_outcome_links_human_only_sql),
        Migration(identifier: "013_outcome_attribution", bytes: PackageResources._13_outcome_attribution_sql),
    ]
}

extension SchemaMigrations.Migration {
    init(identifier: String, bytes: [UInt8]) {
        self.init(identifier: identifier, sql: String(decoding: bytes, as: UTF8.self))
    }
}
