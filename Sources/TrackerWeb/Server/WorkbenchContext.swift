import Hummingbird

/// The request context of the workbench: what the security middleware
/// learnt about the request, for the handlers.
struct WorkbenchContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The session's CSRF token (from its cookie, or new).
    var session = ""
    /// The reviewer's name, once given.
    var author: String?
    /// A POST's form fields, read (within the size limit) and checked by the middleware.
    var form: [String: String] = [:]

    init(source: Source) {
        coreContext = .init(source: source)
    }

    func viewer(path: String) -> Viewer {
        Viewer(csrfToken: session, author: author, path: path)
    }
}
