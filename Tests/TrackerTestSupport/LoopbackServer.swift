import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A small HTTP/1.1 server on 127.0.0.1 (a port the system picks) for the tests of
/// fetching: fixed routes, redirects, ETag / Last-Modified answered with 304, a route
/// that never answers, and a log of every request. Nothing leaves the machine.
public final class LoopbackServer: @unchecked Sendable {
    /// What the server answers on one path.
    public struct Route: Sendable {
        /// The status code.
        public var status: Int
        /// Headers besides Content-Length.
        public var headers: [(String, String)]
        /// The body.
        public var body: [UInt8]
        /// Never answer (to test read timeouts).
        public var hangs: Bool

        /// A route answering `status` with `body` and `headers`.
        public init(status: Int = 200, headers: [(String, String)] = [], body: String = "", hangs: Bool = false) {
            self.status = status
            self.headers = headers
            self.body = Array(body.utf8)
            self.hangs = hangs
        }

        /// A 302 to `location`.
        public static func redirect(to location: String) -> Route {
            Route(status: 302, headers: [("Location", location)])
        }
    }

    /// One request the server saw.
    public struct Request: Sendable {
        /// Its path.
        public var path: String
        /// Its headers, names in lower case.
        public var headers: [String: String]
        /// When it arrived.
        public var time: ContinuousClock.Instant
        /// The status answered.
        public var status: Int
    }

    private let lock = NSLock()
    private var routes: [String: Route]
    private var log: [Request] = []
    private let group: MultiThreadedEventLoopGroup
    private var channel: (any Channel)?

    /// The port it listens on.
    public private(set) var port = 0

    /// Starts a server with `routes` (by path).
    public init(routes: [String: Route]) throws {
        self.routes = routes
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(server: self))
                }
            }
        let bound = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        channel = bound
        port = bound.localAddress?.port ?? 0
    }

    /// `http://127.0.0.1:PORT` + `path`.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Replaces or adds a route.
    public func setRoute(_ path: String, _ route: Route) {
        lock.withLock { routes[path] = route }
    }

    /// Every request so far, in order.
    public var requests: [Request] { lock.withLock { log } }

    /// Stops listening and ends its thread.
    public func stop() throws {
        try channel?.close().wait()
        channel = nil
        try group.syncShutdownGracefully()
    }

    /// The answer to `head`, logged; `nil` for a route that hangs.
    fileprivate func answer(_ head: HTTPRequestHead) -> Route? {
        lock.withLock {
            let path = String(head.uri.split(separator: "?", maxSplits: 1).first ?? "")
            var headers: [String: String] = [:]
            for (name, value) in head.headers { headers[name.lowercased()] = value }
            var route = routes[path] ?? Route(status: 404, body: "not found")
            if route.hangs {
                log.append(Request(path: path, headers: headers, time: .now, status: 0))
                return nil
            }
            let etag = route.headers.first { $0.0.lowercased() == "etag" }?.1
            let modified = route.headers.first { $0.0.lowercased() == "last-modified" }?.1
            if (etag != nil && headers["if-none-match"] == etag) || (modified != nil && headers["if-modified-since"] == modified) {
                route = Route(status: 304, headers: route.headers)
            }
            log.append(Request(path: path, headers: headers, time: .now, status: route.status))
            return route
        }
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let server: LoopbackServer
        var head: HTTPRequestHead?

        init(server: LoopbackServer) { self.server = server }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case let .head(request): head = request
            case .body: break
            case .end:
                guard let request = head, let route = server.answer(request) else { return }
                var headers = HTTPHeaders(route.headers)
                let body = route.status == 304 ? [] : route.body
                headers.replaceOrAdd(name: "Content-Length", value: String(body.count))
                context.write(
                    wrapOutboundOut(
                        .head(
                            HTTPResponseHead(
                                version: request.version,
                                status: HTTPResponseStatus(statusCode: route.status),
                                headers: headers))), promise: nil)
                if !body.isEmpty {
                    context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
                }
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }
    }
}
