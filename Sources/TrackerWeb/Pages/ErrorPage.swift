import Hummingbird

/// A short HTML page for a refused or failed request: the status and one
/// line saying why (escaped: it may quote what the person typed).
enum ErrorPage {
    static func response(_ status: HTTPResponse.Status, _ message: String, extra: HTML = "") -> Response {
        let page: HTML = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>\(status.code) \(status.reasonPhrase) · tracker</title>
            <link rel="stylesheet" href="/static/workbench.css"></head>
            <body><main><h1>\(status.code) \(status.reasonPhrase)</h1><p class="error">\(message)</p>\(extra)
            <p><a href="/documents">Documents</a></p></main></body></html>

            """
        return HTMLResponse.make(page, status: status)
    }
}

/// A rendered page as a response.
enum HTMLResponse {
    static func make(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page.markup)))
    }
}
