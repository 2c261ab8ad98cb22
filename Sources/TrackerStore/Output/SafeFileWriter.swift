import Foundation

/// Writes one file so that it appears whole or not at all.
///
/// The text goes to a temporary file in the same folder (so that the rename
/// stays on one file system); ``commit()`` flushes it, `fsync`s it, and moves
/// it into place: with `link(2)`, which refuses an existing name, for a new
/// file, or with `rename(2)` to replace one. Any failure, and a writer
/// dropped before ``commit()``, removes the temporary file.
/// Obtain one from ``OutputDestination``, which checks the path first.
public final class SafeFileWriter {
    /// The path the file is written to.
    public let path: String
    private let temporary: String
    private let replacing: Bool
    private var writer: DescriptorWriter
    private var finished = false

    init(path: String, replacing: Bool) throws(OutputError) {
        self.path = path
        self.replacing = replacing
        let parts = PathParts(path)
        var template = Array(PathParts.join(parts.folder, ".\(parts.name).tracker-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw OutputError.cannotCreate(path: path, reason: OutputError.reason(errno)) }
        temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // mkstemp gives 0600; a report is as readable as any file the user creates (0666 less the umask).
        let mask = umask(0o022)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        writer = DescriptorWriter(descriptor: descriptor, name: path)
    }

    deinit {
        if !finished { discard() }
    }

    /// Queues `text`; failures are reported by ``commit()``.
    public func write(_ text: String) {
        writer.write(text)
    }

    /// Queues `bytes`; failures are reported by ``commit()``.
    public func write(bytes: some Sequence<UInt8>) {
        writer.write(bytes: bytes)
    }

    /// Writes what is left, `fsync`s, and moves the file into place; on any
    /// failure removes the temporary file and throws.
    public func commit() throws(OutputError) {
        guard !finished else { return }
        do {
            try writer.flush()
        } catch {
            discard()
            if case let .writeFailed(_, reason) = error { throw OutputError.fileNotWritten(path: path, reason: reason) }
            throw error
        }
        let synced = fsync(writer.descriptor) == 0 ? 0 : errno
        let closed = close(writer.descriptor) == 0 ? 0 : errno
        if synced != 0 || closed != 0 {
            discard(closing: false)
            throw OutputError.fileNotWritten(path: path, reason: OutputError.reason(synced != 0 ? synced : closed))
        }
        if replacing {
            guard rename(temporary, path) == 0 else { return try failPlacing(errno) }
        } else {
            // link(2) refuses a name that appeared since the check; rename would replace it.
            if link(temporary, path) != 0 {
                let code = errno
                if code == EEXIST { discard(closing: false); throw OutputError.existingFile(path: path) }
                // File systems without hard links: rename, after checking again that the name is free.
                var info = stat()
                guard lstat(path, &info) != 0, errno == ENOENT, rename(temporary, path) == 0 else { return try failPlacing(code) }
            } else {
                unlink(temporary)
            }
        }
        finished = true
        Self.syncFolder(of: path)
    }

    private func failPlacing(_ code: Int32) throws(OutputError) {
        discard(closing: false)
        throw OutputError.fileNotWritten(path: path, reason: OutputError.reason(code))
    }

    /// Drops the temporary file (the destination is never touched).
    private func discard(closing: Bool = true) {
        if closing { close(writer.descriptor) }
        unlink(temporary)
        finished = true
    }

    /// The rename lasts once the folder's entry is on disk too.
    private static func syncFolder(of path: String) {
        let descriptor = open(PathParts(path).folder, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
