import Foundation
public import Hummingbird
import TrackerAnalysis
public import TrackerStore

/// The browser workbench: review and correct statements, follow each party's
/// commitments, read the status report. Server-rendered pages over the
/// store's public API (no SQL here); changes go through the same library
/// calls as `tracker correct`.
public struct Workbench: Sendable {
    /// The database pages are read from and corrections written to.
    public let store: TrackerDatabase
    /// Where it listens and who may use it.
    public let configuration: WorkbenchConfiguration
    let assets: StaticAssets

    /// A workbench over `store`; throws when its bundled static files cannot be read.
    public init(store: TrackerDatabase, configuration: WorkbenchConfiguration) throws {
        self.store = store
        self.configuration = configuration
        self.assets = try StaticAssets.bundled()
    }

    /// The HTTP application, ready to run (`runService()`) or to test.
    public func application(
        onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    )
        -> some ApplicationProtocol
    {
        Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "tracker"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) })
    }

    /// Serves until the process is told to stop (SIGINT, SIGTERM), then shuts down gracefully.
    public func run(onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }) async throws {
        try await application(onServerRunning: onServerRunning).runService()
    }

    func router() -> Router<WorkbenchContext> {
        let router = Router(context: WorkbenchContext.self)
        router.add(middleware: SecurityMiddleware(token: configuration.token, maximumBodySize: configuration.maximumBodySize))
        let pages = WorkbenchPages(store: store, unattributedShown: configuration.unattributedShown)
        let assets = self.assets
        router.get("/") { _, _ in Response(status: .seeOther, headers: [.location: "/documents"]) }
        router.get("/documents") { request, context in
            pages.respond {
                HTMLResponse.make(
                    try pages.documents(
                        search: request.uri.queryParameters["q"].map(String.init), viewer: context.viewer(path: "/documents")))
            }
        }
        router.get("/documents/:id") { request, context in
            pages.respond {
                guard let id = context.parameters.get("id", as: Int64.self) else { throw PageError.notFound("No such document.") }
                return HTMLResponse.make(try pages.document(id, viewer: context.viewer(path: request.uri.path)))
            }
        }
        router.get("/parties/:name") { request, context in
            pages.respond {
                let raw = context.parameters.get("name") ?? ""
                let name = raw.removingPercentEncoding ?? raw
                return HTMLResponse.make(
                    try pages.party(
                        name, asOf: try pages.asOf(request), viewer: context.viewer(path: request.uri.path),
                        all: request.uri.queryParameters["unattributed"] == "all"))
            }
        }
        router.get("/status") { request, context in
            pages.respond {
                HTMLResponse.make(
                    try pages.status(
                        asOf: try pages.asOf(request), since: try pages.since(request),
                        viewer: context.viewer(path: request.uri.path)))
            }
        }
        router.get("/topics") { request, context in
            pages.respond { HTMLResponse.make(try pages.topics(viewer: context.viewer(path: request.uri.path))) }
        }
        router.get("/topics/:key") { request, context in
            pages.respond {
                let raw = context.parameters.get("key") ?? ""
                return HTMLResponse.make(
                    try pages.topic(
                        raw.removingPercentEncoding ?? raw, asOf: try pages.asOf(request),
                        viewer: context.viewer(path: request.uri.path)))
            }
        }
        router.get("/actors/complete") { request, _ in
            pages.respond { try pages.completions(request.uri.queryParameters["q"].map(String.init) ?? "") }
        }
        router.get("/static/:name") { _, context in assets.response(for: context.parameters.get("name") ?? "") }
        router.post("/author") { _, context in
            guard let name = context.form["author"].flatMap(AuthorName.validated) else {
                return ErrorPage.response(.badRequest, "Give a name of 1 to \(AuthorName.maximumLength) characters.")
            }
            var response = Response(status: .seeOther, headers: [.location: Self.localPath(context.form["return"])])
            response.setCookie(
                Cookie(
                    name: SecurityMiddleware.authorCookie, value: PathComponent.encode(name), path: "/",
                    httpOnly: true, sameSite: .strict))
            return response
        }
        router.post("/statements/:id/correct") { _, context in
            pages.respond {
                guard let id = context.parameters.get("id", as: Int64.self) else { throw PageError.notFound("No such statement.") }
                return try pages.correct(id, form: context.form, author: context.author)
            }
        }
        router.post("/sentences/:id/statements") { _, context in
            pages.respond {
                guard let id = context.parameters.get("id", as: Int64.self) else { throw PageError.notFound("No such sentence.") }
                return try pages.addStatement(toSentence: id, form: context.form, author: context.author)
            }
        }
        router.post("/links") { _, context in
            pages.respond { try pages.link(form: context.form, author: context.author) }
        }
        return router
    }

    /// Where to go back to after giving a name: a path on this server only, never another site.
    static func localPath(_ path: String?) -> String {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
            !path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return "/documents" }
        return path
    }
}
