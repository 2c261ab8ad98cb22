import Foundation

/// The rules for where a command may write its output, checked before
/// anything is written.
///
/// A file output must be a new name, or with `force` an existing regular
/// file (replaced whole, by rename). A folder output must be new or empty,
/// or with `force` an existing folder (files of the same name replaced,
/// nothing deleted). Never, even with `force`: the open database or its
/// `-wal`/`-shm`/`-journal` files (compared by device and inode, and by
/// resolved path), a folder where a file goes, a device, pipe or socket, or
/// a path that is itself a symbolic link.
public struct OutputDestination: Sendable {
    /// Whether existing files may be replaced and non-empty folders written into.
    public let force: Bool
    private let protectedIdentities: [FileIdentity]
    private let protectedPaths: [String]

    /// The database files are protected: `databasePaths` and their `-wal`, `-shm` and `-journal` files.
    public init(force: Bool, protecting databasePaths: [String]) {
        self.force = force
        var identities: [FileIdentity] = []
        var paths: [String] = []
        for path in databasePaths where path != ":memory:" {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                if let identity = FileIdentity(following: path + suffix) { identities.append(identity) }
                if let resolved = Self.resolved(path + suffix) { paths.append(resolved) }
            }
        }
        protectedIdentities = identities
        protectedPaths = paths
    }

    /// A writer for the file at `path`, after checking that it may be written.
    public func file(_ path: String) throws(OutputError) -> SafeFileWriter {
        try checkFile(path)
        return try SafeFileWriter(path: path, replacing: force)
    }

    /// The folder at `path`, created when absent, after checking that it may be written into.
    public func folder(_ path: String) throws(OutputError) -> OutputFolder {
        try folder(path, refreshing: [])
    }

    /// As ``folder(_:)``, and a folder that holds only files named in
    /// `ownFiles` (an earlier run's output) is written into without `force`.
    public func folder(_ path: String, refreshing ownFiles: Set<String>) throws(OutputError) -> OutputFolder {
        guard !path.isEmpty else { throw OutputError.cannotCreate(path: path, reason: "the path is empty") }
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT else { throw OutputError.cannotCreate(path: path, reason: OutputError.reason(errno)) }
            // Not there yet: still never a name of the database's own files (a folder named like its -wal would break it).
            if isProtected(path) { throw OutputError.database(path: path) }
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw OutputError.cannotCreate(path: path, reason: "the folder cannot be created")
            }
            return OutputFolder(path: path, destination: self, replacing: [], created: true)
        }
        if isProtected(path) { throw OutputError.database(path: path) }
        let type = info.st_mode & S_IFMT
        if type == S_IFLNK { throw OutputError.symbolicLink(path: path) }
        guard type == S_IFDIR else { throw OutputError.notAFolder(path: path) }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw OutputError.cannotCreate(path: path, reason: "the folder cannot be read")
        }
        if force { return OutputFolder(path: path, destination: self, replacing: nil, created: false) }
        guard entries.allSatisfy(ownFiles.contains) else { throw OutputError.nonEmptyFolder(path: path) }
        return OutputFolder(path: path, destination: self, replacing: Set(entries), created: false)
    }

    /// Throws unless `path` may be written as a file (see the type's rules).
    public func checkFile(_ path: String, replacing allowed: Bool? = nil) throws(OutputError) {
        guard !path.isEmpty else { throw OutputError.cannotCreate(path: path, reason: "the path is empty") }
        if path.hasSuffix("/") { throw OutputError.isFolder(path: path) }
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT else { throw OutputError.cannotCreate(path: path, reason: OutputError.reason(errno)) }
            // Not there yet: still never a name of the database's own files (a -wal not yet created).
            if isProtected(path) { throw OutputError.database(path: path) }
            let parent = PathParts(path).folder
            var folder = stat()
            if stat(parent, &folder) != 0 || folder.st_mode & S_IFMT != S_IFDIR {
                throw OutputError.cannotCreate(path: path, reason: "folder \(parent) does not exist")
            }
            return
        }
        if isProtected(path) { throw OutputError.database(path: path) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: throw OutputError.symbolicLink(path: path)
        case S_IFDIR: throw OutputError.isFolder(path: path)
        case S_IFCHR, S_IFBLK: throw OutputError.notRegularFile(path: path, kind: "device")
        case S_IFIFO: throw OutputError.notRegularFile(path: path, kind: "named pipe")
        case S_IFSOCK: throw OutputError.notRegularFile(path: path, kind: "socket")
        default: throw OutputError.notRegularFile(path: path, kind: "special file")
        }
        guard allowed ?? force else { throw OutputError.existingFile(path: path) }
    }

    func isProtected(_ path: String) -> Bool {
        if let identity = FileIdentity(following: path), protectedIdentities.contains(identity) { return true }
        if let resolved = Self.resolved(path), protectedPaths.contains(resolved) { return true }
        return false
    }

    /// The absolute path with symbolic links of its folder resolved (the file itself may not exist).
    static func resolved(_ path: String) -> String? {
        if let file = realpath(path, nil) {
            defer { free(file) }
            return String(cString: file)
        }
        let parts = PathParts(path)
        guard let folder = realpath(parts.folder, nil) else { return nil }
        defer { free(folder) }
        return PathParts.join(String(cString: folder), parts.name)
    }
}

/// A file's device and inode: the same file under any name or link.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the file `path` names (symbolic links followed), or nil if there is none.
    init?(following path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
