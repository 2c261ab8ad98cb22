import AsyncHTTPClient
public import Foundation
import NIOCore
import NIOHTTP1

/// Fetches pages and feeds over HTTP(S) with AsyncHTTPClient under a ``FetchPolicy``:
/// a user agent, timeouts, a size limit, bounded redirects, a pause between requests
/// to one host, and conditional requests (`If-None-Match`, `If-Modified-Since`).
///
/// Synchronous: each call blocks its (non-event-loop) thread until the answer is in,
/// as the command line reads one document after another. Call ``shutdown()`` when done.
public final class WebFetcher {
    /// What a fetch gave.
    public enum Outcome: Sendable, Hashable {
        /// The body, with what the server said about it.
        case fetched(FetchedResource)
        /// 304: unchanged since the validators sent.
        case notModified
    }

    /// The policy in force.
    public let policy: FetchPolicy
    private let client: HTTPClient
    /// When each host was last asked, for the pause between requests.
    private var lastRequest: [String: ContinuousClock.Instant] = [:]
    private var isShutDown = false

    /// A fetcher under `policy`.
    public init(policy: FetchPolicy = FetchPolicy()) {
        self.policy = policy
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: policy.maxRedirects, allowCycles: false),
            timeout: .init(connect: Self.amount(policy.connectTimeout), read: Self.amount(policy.readTimeout)))
        configuration.httpVersion = .http1Only
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    deinit {
        if !isShutDown { try? client.syncShutdown() }  // a client left open is only a leak at exit
    }

    /// Closes the connections.
    public func shutdown() throws {
        guard !isShutDown else { return }
        isShutDown = true
        try client.syncShutdown()
    }

    /// `url` if it is an absolute http or https URL with a host.
    public static func checkedURL(_ text: String) throws(SourceError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { throw .badURL(text) }
        return url
    }

    /// Whether `text` looks like a web address (`http://` or `https://`) rather than a path.
    public static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Fetches `address`, sending `validators` when given.
    ///
    /// - Throws: ``SourceError`` for a bad URL, an unreachable host, a timeout, an error
    ///   status, too many redirects or a body over the size limit.
    public func fetch(_ address: String, validators: FetchValidators? = nil) throws -> Outcome {
        let url = try Self.checkedURL(address)
        pause(forHost: url.host?.lowercased() ?? "")
        var headers = HTTPHeaders()
        headers.add(name: "User-Agent", value: policy.userAgent)
        headers.add(
            name: "Accept",
            value: "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
        if let etag = validators?.etag { headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = validators?.lastModified { headers.add(name: "If-Modified-Since", value: lastModified) }
        let request: HTTPClient.Request
        do {
            request = try HTTPClient.Request(url: url, method: .GET, headers: headers)
        } catch {
            throw SourceError.badURL(address)
        }
        let accumulator = ResponseAccumulator(request: request, maxBodySize: policy.maxBytes)
        let response: HTTPClient.Response
        do {
            response = try client.execute(
                request: request, delegate: accumulator,
                deadline: .now() + Self.amount(policy.deadline)
            ).wait()
        } catch {
            throw Self.sourceError(error, url: address, policy: policy)
        }
        if response.status == .notModified { return .notModified }
        guard (200..<300).contains(Int(response.status.code)) else {
            throw SourceError.httpStatus(url: address, status: Int(response.status.code))
        }
        let body = response.body.map { Array($0.readableBytesView) } ?? []
        return .fetched(
            FetchedResource(
                requestedURL: address, url: response.url?.absoluteString ?? address, bytes: body,
                contentType: response.headers.first(name: "Content-Type"),
                validators: FetchValidators(
                    etag: response.headers.first(name: "ETag"),
                    lastModified: response.headers.first(name: "Last-Modified"))))
    }

    /// Waits until `host` may be asked again under the policy's interval.
    private func pause(forHost host: String) {
        let clock = ContinuousClock()
        if let last = lastRequest[host] {
            let wait = last + policy.perHostInterval - clock.now
            if wait > .zero {
                let (seconds, attoseconds) = wait.components
                Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
            }
        }
        lastRequest[host] = clock.now
    }

    private static func amount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    private static func seconds(_ duration: Duration) -> Int { Int(duration.components.seconds) }

    /// AsyncHTTPClient's and SwiftNIO's errors in the user's words.
    static func sourceError(_ error: any Error, url: String, policy: FetchPolicy) -> SourceError {
        if let error = error as? SourceError { return error }
        if error is ResponseAccumulator.ResponseTooBigError { return .tooLarge(url: url, limit: policy.maxBytes) }
        if let error = error as? HTTPClientError {
            switch error {
            case .redirectLimitReached, .redirectCycleDetected: return .tooManyRedirects(url: url, limit: policy.maxRedirects)
            case .connectTimeout: return .unreachable(url: url, detail: "no connection within \(seconds(policy.connectTimeout)) s")
            case .readTimeout: return .unreachable(url: url, detail: "no data for \(seconds(policy.readTimeout)) s")
            case .deadlineExceeded: return .unreachable(url: url, detail: "no answer within \(seconds(policy.deadline)) s")
            case .remoteConnectionClosed: return .unreachable(url: url, detail: "the server closed the connection")
            default: break
            }
        }
        let detail = String(describing: error).split(separator: "\n").first.map { String($0.prefix(160)) } ?? "unknown error"
        if detail.localizedCaseInsensitiveContains("refused") { return .unreachable(url: url, detail: "connection refused") }
        if detail.localizedCaseInsensitiveContains("resolve") || detail.localizedCaseInsensitiveContains("lookup") {
            return .unreachable(url: url, detail: "the host name does not resolve")
        }
        return .unreachable(url: url, detail: detail)
    }
}

/// What the server sent for one URL.
public struct FetchedResource: Sendable, Hashable {
    /// The URL asked for.
    public var requestedURL: String
    /// The URL answered, after redirects.
    public var url: String
    /// The body.
    public var bytes: [UInt8]
    /// The `Content-Type` header.
    public var contentType: String?
    /// What to send back next time to ask whether it changed.
    public var validators: FetchValidators
}

/// What a server said about a URL when it was last fetched, sent back
/// (If-None-Match, If-Modified-Since) so that an unchanged one is not fetched again.
public struct FetchValidators: Sendable, Hashable {
    /// The `ETag` header's value.
    public var etag: String?
    /// The `Last-Modified` header's value, as the server wrote it.
    public var lastModified: String?

    /// Validators with these values.
    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    /// Whether there is anything to send back.
    public var isEmpty: Bool { etag == nil && lastModified == nil }
}
