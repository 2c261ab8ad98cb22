import Foundation
public import TrackerAnalysis

/// Why output was refused or could not be written; each case reads as one
/// line for a user, naming the path.
public enum OutputError: ReportableError, Sendable, Equatable {
    /// A file is already there and `--force` was not given.
    case existingFile(path: String)
    /// A folder that holds files was given for a folder output without `--force`.
    case nonEmptyFolder(path: String)
    /// A folder was given where a file is written.
    case isFolder(path: String)
    /// Something other than a folder was given where a folder is written.
    case notAFolder(path: String)
    /// The path is the open database or one of its `-wal`, `-shm`, `-journal` files.
    case database(path: String)
    /// A device, pipe or socket: output goes to regular files only.
    case notRegularFile(path: String, kind: String)
    /// The path itself is a symbolic link.
    case symbolicLink(path: String)
    /// The file or folder cannot be created.
    case cannotCreate(path: String, reason: String)
    /// A write to standard output (or another open stream) failed: full disk, closed pipe, quota.
    case writeFailed(path: String, reason: String)
    /// A file could not be written whole; nothing was left in its place.
    case fileNotWritten(path: String, reason: String)

    public var description: String {
        switch self {
        case let .existingFile(path):
            return "\(path): a file is already there; give a new name, or --force to replace it"
        case let .nonEmptyFolder(path):
            return "\(path): the folder is not empty; give a new or empty folder, or --force to write into it (nothing in it is deleted)"
        case let .isFolder(path):
            return "\(path): is a folder; give a file name"
        case let .notAFolder(path):
            return "\(path): is a file, not a folder; give a new or empty folder"
        case let .database(path):
            return "\(path): is the database itself; write the output somewhere else"
        case let .notRegularFile(path, kind):
            return "\(path): is a \(kind); output is written to regular files only (use standard output to write elsewhere)"
        case let .symbolicLink(path):
            return "\(path): is a symbolic link; give the path it points to"
        case let .cannotCreate(path, reason):
            return "\(path): cannot write here (\(reason))"
        case let .writeFailed(path, reason):
            return "\(path): write failed (\(reason))"
        case let .fileNotWritten(path, reason):
            return "\(path): not written (\(reason)); nothing was left there"
        }
    }

    /// A system error number as words a user can act on.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is used up"
        case EFBIG: return "the file is larger than allowed"
        case EPIPE: return "the reader closed the pipe"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the file system is read-only"
        case ENOENT: return "the folder does not exist"
        case EIO: return "input/output error on the device"
        default: return String(cString: strerror(code))
        }
    }
}
