public import Foundation
import GRDB

extension TrackerDatabase {
    /// The validators (`ETag`, `Last-Modified`) remembered for `url`, if any.
    public func fetchValidators(url: String) throws -> (etag: String?, lastModified: String?)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT etag, last_modified FROM fetch_validator WHERE url = ?", arguments: [url])
                .map { (etag: $0["etag"], lastModified: $0["last_modified"]) }
        }
    }

    /// Remembers the validators a server sent for `url` (none: forgets them), so that the
    /// next request can ask whether it changed.
    public func setFetchValidators(etag: String?, lastModified: String?, url: String, now: Date = Date()) throws {
        try writeTransaction { db in
            if etag == nil, lastModified == nil {
                try db.execute(sql: "DELETE FROM fetch_validator WHERE url = ?", arguments: [url])
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO fetch_validator (url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                            fetched_at = excluded.fetched_at
                        """, arguments: [url, etag, lastModified, Timestamp.iso(now)])
            }
        }
    }
}
