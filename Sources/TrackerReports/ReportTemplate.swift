import Foundation
import Mustache
import TrackerAnalysis

/// The kinds of report `tracker report` writes.
public enum ReportKind: String, Sendable, CaseIterable {
    case status, actor, topic, document
}

/// A report layout: a Mustache template (the bundled one for each kind, or
/// the user's own with `--template FILE`). Templates start with
/// `{{% CONTENT_TYPE: MARKDOWN}}` so that values are escaped for Markdown
/// (``MarkdownEscaping``: no HTML, links or code spans from the data, line
/// breaks folded, `|` escaped for tables); `{{{triple}}}` leaves a value as it
/// is, and the bundled templates use it only for the Mermaid block, whose
/// labels are ``MermaidLabel``s. The partials `evidence`, `commitments` and
/// `changes` are available to every template.
public struct ReportTemplate: Sendable {
    let template: MustacheTemplate

    /// The bundled layout of `kind`.
    public static func bundled(_ kind: ReportKind) -> ReportTemplate {
        registerContentType
        let text: [UInt8]
        switch kind {
        case .status: text = PackageResources.status_mustache
        case .actor: text = PackageResources.actor_mustache
        case .topic: text = PackageResources.topic_mustache
        case .document: text = PackageResources.document_mustache
        }
        do {
            return ReportTemplate(template: try MustacheTemplate(string: String(decoding: text, as: UTF8.self)))
        } catch {
            preconditionFailure("the bundled \(kind.rawValue) template does not parse: \(error)")
        }
    }

    /// A user's layout, read from `path`.
    public init(contentsOf path: String) throws(ReportError) {
        Self.registerContentType
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportError("\(path): cannot read the template")
        }
        // swift-mustache 2.1.1 parses in time that grows with the square of the tags (10,000 tags: 11 s in a
        // debug build, 20,000: 45 s), so a layout is bounded: the bundled ones are under 2 KiB.
        guard data.count <= TemplateNesting.maximumBytes else {
            throw ReportError(
                "\(path): the template is \(data.count / 1024) KiB; a layout may be at most \(TemplateNesting.maximumBytes / 1024) KiB")
        }
        let text = String(decoding: data, as: UTF8.self)
        if let depth = TemplateNesting.depthExceeding(TemplateNesting.maximumDepth, in: text) {
            throw ReportError("\(path): sections nested \(depth) deep or more; a template may nest at most \(TemplateNesting.maximumDepth)")
        }
        do {
            template = try MustacheTemplate(string: text)
        } catch {
            throw ReportError("\(path): not a valid Mustache template (\(error))")
        }
    }

    init(template: MustacheTemplate) {
        self.template = template
    }

    /// Renders `context` (dictionaries, arrays, strings, numbers, booleans).
    func render(_ context: [String: Any]) -> String {
        template.render(context, library: Self.partials)
    }

    static let partials: MustacheLibrary = {
        registerContentType
        var library = MustacheLibrary()
        let bundled: [(String, [UInt8])] = [
            ("evidence", PackageResources.evidence_mustache), ("commitments", PackageResources.commitments_mustache),
            ("changes", PackageResources.changes_mustache),
        ]
        for (name, text) in bundled {
            do {
                try library.register(String(decoding: text, as: UTF8.self), named: name)
            } catch {
                preconditionFailure("the bundled partial \(name) does not parse: \(error)")
            }
        }
        return library
    }()

    /// `MARKDOWN`: values inert and on one line (``MarkdownEscaping``), `|` escaped so that table cells hold.
    static let registerContentType: Void = MustacheContentTypes.register(MarkdownContent(), named: "MARKDOWN")

    struct MarkdownContent: MustacheContentType {
        func escapeText(_ text: String) -> String {
            MarkdownEscaping.escaped(text)
        }
    }
}

/// A report that cannot be written: a bad template, an unknown actor or topic.
public struct ReportError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, in one line.
    public let description: String
    /// An error that says `description`.
    public init(_ description: String) { self.description = description }
}
