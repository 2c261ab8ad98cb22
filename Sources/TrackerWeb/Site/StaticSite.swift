import Foundation
public import TrackerAnalysis
import TrackerReports
public import TrackerStore

/// The workbench's pages as a static site, read-only (no forms, no script):
/// `index.html` (the documents), `status.html`, `document-ID.html` per
/// document, `party-NAME.html` per actor (any holder a page names has its page),
/// `topics.html` and `topic-KEY.html` per topic with statements by the day, and the
/// stylesheet, all in one folder, so every link is a relative file name that
/// resolves wherever the folder is published. The pages come from the same
/// page types and store queries as the server's.
public struct StaticSite: Sendable {
    /// The database the pages are read from.
    public let store: TrackerDatabase
    /// The day statuses are worked out for.
    public var asOf: CalendarDate

    /// A site of `store`'s documents and parties as of `asOf`.
    public init(store: TrackerDatabase, asOf: CalendarDate) {
        self.store = store
        self.asOf = asOf
    }

    /// Every file of the site: its name and content, pages first in link order.
    ///
    /// - Throws: ``WorkbenchError`` when two parties' names give the same file name, or the store's errors.
    public func files() throws -> [(name: String, content: [UInt8])] {
        let pages = WorkbenchPages(store: store)
        let viewer = Viewer(csrfToken: "", author: nil, path: "", links: .site)
        var files: [(name: String, content: [UInt8])] = []
        func add(_ name: String, _ html: HTML) { files.append((name, Array(html.markup.utf8))) }
        add(PageLinks.site.documents, try pages.documents(search: nil, viewer: viewer))
        add(PageLinks.site.status, try pages.status(asOf: asOf, since: nil, viewer: viewer))
        for document in try store.documents() {
            add(PageLinks.site.document(document.id), try pages.document(document.id, viewer: viewer))
        }
        var owners: [String: String] = [:]
        for party in try store.actors().map(\.actor.name) {
            let name = PageLinks.site.party(party)
            if let other = owners.updateValue(party, forKey: name) {
                throw WorkbenchError("the parties “\(other)” and “\(party)” would share the file \(name); rename one (tracker actors)")
            }
            add(name, try pages.party(party, asOf: asOf, viewer: viewer))
        }
        // A topic whose statements are all dated after `asOf` has no page, and is not listed.
        var topics: [(key: String, label: String)] = []
        var topicFiles: [String: String] = [:]
        for key in try store.topicKeys() {
            let content: TopicContent
            do {
                content = try TopicContent(topic: key, asOf: asOf, store: store)
            } catch is ReportError {
                continue
            }
            let name = PageLinks.site.topic(key)
            if let other = topicFiles.updateValue(key, forKey: name) {
                throw WorkbenchError("the topics “\(other)” and “\(key)” would share the file \(name); rename one in the topic list")
            }
            topics.append((key, content.label))
            add(name, TopicPage(content: content).render(viewer: viewer))
        }
        add(PageLinks.site.topics, TopicsPage(topics: topics).render(viewer: viewer))
        let assets = try StaticAssets.bundled()
        guard let stylesheet = assets.bytes(of: "workbench.css") else {
            throw WorkbenchError("the workbench's stylesheet is missing from its bundle; reinstall tracker")
        }
        files.append(("workbench.css", stylesheet))
        return files
    }

    /// Writes `files` (from ``files()``) into `folder` (checked by ``OutputDestination``);
    /// after a failure, takes back the files this run added, so no half site is left.
    public static func write(_ files: [(name: String, content: [UInt8])], to folder: OutputFolder) throws(OutputError) {
        do throws(OutputError) {
            for file in files {
                try folder.write(String(decoding: file.content, as: UTF8.self), named: file.name)
            }
        } catch {
            folder.abandon()
            throw error
        }
    }
}
