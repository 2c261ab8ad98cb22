import Foundation

/// A folder checked by ``OutputDestination/folder(_:)``: new, empty, holding
/// only an earlier run's files, or allowed by `--force`. Each file is written
/// whole through a ``SafeFileWriter``; nothing in the folder is ever deleted
/// except by ``abandon()``, which takes back only what this run added.
public final class OutputFolder {
    /// The folder's path as the user gave it.
    public let path: String
    let destination: OutputDestination
    /// Names that may be replaced without `--force` (nil: any, with `--force`).
    let replacing: Set<String>?
    /// Whether this run created the folder.
    let created: Bool
    private var added: [String] = []

    init(path: String, destination: OutputDestination, replacing: Set<String>?, created: Bool) {
        self.path = path
        self.destination = destination
        self.replacing = replacing
        self.created = created
    }

    /// Writes `text` as the file `name` in the folder, whole or not at all.
    public func write(_ text: String, named name: String) throws(OutputError) {
        let full = PathParts.join(path, name)
        let allowed = replacing.map { $0.contains(name) } ?? true
        try destination.checkFile(full, replacing: allowed)
        var info = stat()
        let existed = lstat(full, &info) == 0
        let writer = try SafeFileWriter(path: full, replacing: allowed)
        writer.write(text)
        try writer.commit()
        if !existed { added.append(full) }
    }

    /// After a failure: removes the files this run added (never one it
    /// replaced), and the folder if this run created it and it is empty again.
    public func abandon() {
        for file in added { unlink(file) }
        added.removeAll()
        if created { rmdir(path) }
    }
}
