/// What every page knows about the person viewing it.
struct Viewer: Sendable {
    /// The session's CSRF token, put in every form.
    var csrfToken: String
    /// The name changes are recorded under, once given.
    var author: String?
    /// The path of the page, to come back to after giving a name.
    var path: String
    /// Where links point: the server's routes, or a static site's files (no forms, no script).
    var links = PageLinks.server
}

/// The frame around every page: head (stylesheet and script from `/static/`
/// only; no inline script, which the Content-Security-Policy forbids anyway),
/// navigation, and the name form until a name is given.
enum PageFrame {
    static func render(title: String, viewer: Viewer, body: HTML) -> HTML {
        let who: HTML =
            if !viewer.links.isEditable {
                ""
            } else if let author = viewer.author {
                "<span class=\"who\">reviewing as <strong>\(author)</strong></span>"
            } else {
                """
                <form class="who" method="post" action="/author">
                <input type="hidden" name="csrf" value="\(viewer.csrfToken)">
                <input type="hidden" name="return" value="\(viewer.path)">
                <label>Your name, recorded with each change: <input name="author" required maxlength="80" autocomplete="name"></label>
                <button type="submit">Start reviewing</button>
                </form>
                """
            }
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="csrf-token" content="\(viewer.csrfToken)">
            <title>\(title) · tracker</title>
            <link rel="stylesheet" href="\(viewer.links.asset("workbench.css"))">
            \(viewer.links.isEditable ? HTML(stringLiteral: "<script src=\"/static/workbench.js\" defer></script>") : "")
            </head>
            <body>
            <header class="top">
            <nav><a href="\(viewer.links.documents)">Documents</a> <a href="\(viewer.links.status)">Status</a> <a href="\(viewer.links.topics)">Topics</a></nav>
            \(who)
            </header>
            <main>
            <h1>\(title)</h1>
            \(body)
            </main>
            </body>
            </html>

            """
    }
}
