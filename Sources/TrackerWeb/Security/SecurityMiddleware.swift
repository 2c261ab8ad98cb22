import HTTPTypes
import Hummingbird

/// What every request goes through before a handler sees it:
/// the shared secret (401 without it), the session (a random token in an
/// HttpOnly, SameSite=Strict cookie, doubling as the CSRF token), a POST's
/// body read within the size limit (413 beyond) and its CSRF token checked
/// (403 without it); and, on every response, the security headers.
struct SecurityMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext

    static let sessionCookie = "tracker_session"
    static let authorCookie = "tracker_author"
    static let tokenCookie = "tracker_token"
    /// The header the script sends the CSRF token in, for requests without a form.
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    /// No script but the workbench's own file, no inline script or style, no
    /// plugins, no framing, forms posting only here.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    var token: String?
    var maximumBodySize: Int

    func handle(
        _ request: Request, context: WorkbenchContext,
        next: (Request, WorkbenchContext) async throws -> Response
    ) async throws -> Response {
        var response = try await checked(request, context: context, next: next)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return response
    }

    private func checked(
        _ request: Request, context: WorkbenchContext,
        next: (Request, WorkbenchContext) async throws -> Response
    ) async throws -> Response {
        var request = request
        var context = context
        let cookies = request.cookies
        var newCookies: [Cookie] = []
        if let token {
            let given =
                request.headers[.authorization].map { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : $0 }
                ?? request.uri.queryParameters["token"].map(String.init)
                ?? cookies[Self.tokenCookie]?.value
            guard let given, SessionToken.same(given, token) else {
                return ErrorPage.response(.unauthorized, "This workbench needs its access token: open it with ?token=SECRET once.")
            }
            if cookies[Self.tokenCookie]?.value != given {
                newCookies.append(Cookie(name: Self.tokenCookie, value: given, path: "/", httpOnly: true, sameSite: .strict))
            }
        }
        if let session = cookies[Self.sessionCookie]?.value, SessionToken.isWellFormed(session) {
            context.session = session
        } else {
            context.session = SessionToken.make()
            newCookies.append(Cookie(name: Self.sessionCookie, value: context.session, path: "/", httpOnly: true, sameSite: .strict))
        }
        context.author = cookies[Self.authorCookie]?.value.removingPercentEncoding.flatMap(AuthorName.validated)
        if request.method == .post {
            let body = try await request.collectBody(upTo: maximumBodySize)
            guard let form = FormFields.parse(String(decoding: body.readableBytesView, as: UTF8.self)) else {
                return ErrorPage.response(.badRequest, "The form could not be read (malformed encoding).")
            }
            let sent = form["csrf"] ?? request.headers[Self.csrfHeader]
            // A new session has no token the page could have carried: refused too.
            guard let sent, newCookies.allSatisfy({ $0.name != Self.sessionCookie }), SessionToken.same(sent, context.session) else {
                var refused = ErrorPage.response(
                    .forbidden,
                    "This form is stale or did not come from the workbench (CSRF token missing or wrong). Reload the page and try again.")
                for cookie in newCookies { refused.setCookie(cookie) }
                return refused
            }
            context.form = form
        }
        var response = try await next(request, context)
        for cookie in newCookies { response.setCookie(cookie) }
        return response
    }
}
