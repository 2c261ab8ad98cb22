import Foundation
import TrackerStore

/// Errors from Foundation and SQLite as sentences a user understands:
/// never "NSCocoaErrorDomain error 512" or a CHECK constraint's SQL.
enum ErrorMessage {
    /// The one line printed for `error`, or nil when it is not one of Foundation's or the store's.
    static func describe(_ error: any Error) -> String? {
        if let error = error as? StoreError { return store(error) }
        if error is DecodingError { return "the data is not valid JSON of the expected shape" }
        let bridged = error as NSError
        switch bridged.domain {
        case NSCocoaErrorDomain: return cocoa(bridged)
        case NSPOSIXErrorDomain: return posix(bridged)
        default: return nil
        }
    }

    /// A store error; SQLite's constraint messages put in words.
    static func store(_ error: StoreError) -> String {
        guard case let .sqlite(path, message) = error else { return error.description }
        let rules: [(prefix: String, meaning: String)] = [
            ("CHECK constraint failed", "a value is not one the database accepts"),
            ("NOT NULL constraint failed", "a required value is missing"),
            ("UNIQUE constraint failed", "it is already stored under that name or key"),
            ("FOREIGN KEY constraint failed", "it refers to something that is not stored"),
        ]
        for rule in rules where message.contains(rule.prefix) {
            let detail = message.components(separatedBy: rule.prefix + ":").dropFirst().first?.trimmingCharacters(in: .whitespaces)
            return "\(path): \(rule.meaning)" + (detail.map { $0.isEmpty ? "" : " (\(Self.column($0)))" } ?? "")
        }
        return error.description
    }

    /// `kind IN ('claim', ...)` or `actor.key` shortened to the column it is about.
    private static func column(_ detail: String) -> String {
        let name = detail.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "\"" }
        return name.isEmpty ? "rule not met" : "in \(name.replacingOccurrences(of: "\"", with: ""))"
    }

    private static func cocoa(_ error: NSError) -> String {
        let path = (error.userInfo[NSFilePathErrorKey] as? String) ?? (error.userInfo[NSURLErrorKey] as? URL)?.path
        let what: String
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: what = "no such file or folder"
        case .fileReadNoPermission, .fileWriteNoPermission: what = "permission denied"
        case .fileWriteOutOfSpace: what = "the disk is full"
        case .fileWriteVolumeReadOnly: what = "the file system is read-only"
        case .fileWriteFileExists: what = "a file is already there"
        case .fileWriteInvalidFileName: what = "not a valid file name"
        case .fileReadCorruptFile, .propertyListReadCorrupt, .coderReadCorrupt: what = "the data is damaged or not in the expected format"
        case .fileReadInapplicableStringEncoding, .fileWriteInapplicableStringEncoding: what = "the text is not in a readable encoding"
        case .fileWriteUnknown: what = "the file could not be written"
        case .fileReadUnknown: what = "the file could not be read"
        default: what = "the file operation failed"
        }
        return path.map { "\($0): \(what)" } ?? what
    }

    private static func posix(_ error: NSError) -> String {
        String(cString: strerror(Int32(error.code)))
    }
}
