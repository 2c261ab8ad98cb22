import Foundation
public import TrackerAnalysis

/// Reads a PDF's text layer with poppler's `pdftotext -bbox-layout` (run as a
/// subprocess; its XHTML keeps pages, blocks, lines and their boxes) into a
/// ``PDFArticle``: page numbers kept, running headers, footers and page numbers dropped.
public struct PDFSource: Sendable {
    /// The `pdftotext` program: a path, or a name looked up in `PATH`.
    public var tool: String

    /// A source running `tool` (`$TRACKER_PDFTOTEXT`, else `pdftotext` from `PATH`).
    public init(tool: String? = nil) {
        self.tool = tool ?? ProcessInfo.processInfo.environment["TRACKER_PDFTOTEXT"].flatMap { $0.isEmpty ? nil : $0 } ?? "pdftotext"
    }

    /// Whether `path` names a PDF by its extension.
    public static func isPDF(path: String) -> Bool {
        path.lowercased().hasSuffix(".pdf")
    }

    /// The PDF at `path` as a document and its pages.
    ///
    /// - Throws: ``SourceError/missingTool(tool:package:)``, ``SourceError/unreadablePDF(path:detail:)``,
    ///   ``DocumentError/noTextLayer(path:reason:)`` (scanned or password-locked), ``DocumentError/empty(path:)``.
    public func read(
        path: String, metadata: DocumentMetadata = DocumentMetadata()
    ) throws -> (document: CleanedDocument, article: PDFArticle) {
        let layout = try layout(path: path)
        return try PDFArticle.document(layout: layout, path: path, metadata: metadata)
    }

    /// The text layer's layout as poppler gives it.
    public func layout(path: String) throws -> PDFLayout {
        guard let executable = Self.locate(tool) else { throw SourceError.missingTool(tool: tool, package: "poppler-utils") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }  // a leftover temporary folder is no data loss
        let output = scratch.appendingPathComponent("layout.html")
        let errors = scratch.appendingPathComponent("stderr.txt")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil) else {
            throw SourceError.unreadablePDF(path: path, detail: "cannot write a temporary file in \(scratch.path)")
        }
        // Output and messages go to files, not pipes: a broken PDF can make poppler write
        // more than a pipe holds (64 KiB) before it exits, which would block both sides.
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-bbox-layout", "-enc", "UTF-8", path, output.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        do {
            try process.run()
        } catch {
            throw SourceError.missingTool(tool: tool, package: "poppler-utils")
        }
        process.waitUntilExit()
        let messages = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""  // only for the error line
        guard process.terminationStatus == 0 else {
            // pdftotext's exit codes: 1 the PDF cannot be opened (a password among the reasons), 3 copying is not permitted.
            if messages.localizedCaseInsensitiveContains("password") {
                throw DocumentError.noTextLayer(path: path, reason: "encrypted: it opens only with a password")
            }
            if process.terminationStatus == 3 {
                throw DocumentError.noTextLayer(path: path, reason: "encrypted: its permissions forbid copying text")
            }
            throw SourceError.unreadablePDF(
                path: path, detail: Self.lastLine(of: messages) ?? "pdftotext exit code \(process.terminationStatus)")
        }
        let bytes = try Data(contentsOf: output)
        return PDFLayout(xhtml: [UInt8](bytes))
    }

    /// The last non-empty line poppler printed, for an error message.
    static func lastLine(of messages: String) -> String? {
        messages.split(separator: "\n").last.map { String($0.prefix(200)) }
    }

    /// `tool` as an executable: a path as given, else the first match in `PATH`.
    static func locate(_ tool: String) -> URL? {
        let manager = FileManager.default
        if tool.contains("/") {
            return manager.isExecutableFile(atPath: tool) ? URL(fileURLWithPath: tool) : nil
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(tool)"
            if manager.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
        }
        return nil
    }
}
