import Foundation
import TrackerAnalysis

/// The one line and exit code for an error that ends a command: a
/// ``ReportableError``'s own (the tracker's errors, SQLite's put in words by
/// ``StoreError/userMessage``), and for Foundation's errors, which cannot conform,
/// a sentence a user understands: never "NSCocoaErrorDomain error 512".
enum ErrorMessage {
    /// The line and exit code for `error`, or nil when it is the argument parser's (help, usage) or unknown.
    static func failure(for error: any Error) -> (message: String, exitCode: Int32)? {
        if let error = error as? any ReportableError { return (error.userMessage, error.exitCode) }
        return describe(error).map { ($0, 1) }
    }

    /// The one line printed for `error`, or nil when it is neither a tracker error nor one of Foundation's.
    static func describe(_ error: any Error) -> String? {
        if let error = error as? any ReportableError { return error.userMessage }
        if error is DecodingError { return "the data is not valid JSON of the expected shape" }
        let bridged = error as NSError
        switch bridged.domain {
        case NSCocoaErrorDomain: return cocoa(bridged)
        case NSPOSIXErrorDomain: return posix(bridged)
        default: return nil
        }
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
